#!/usr/bin/env node
// The README's pictures of the workbook (`npm run pictures`): compiles the CLI, writes the seed
// workbook in each language with `sanaq workbook` (a fixed load time, so the same seeds give the
// same files), and LibreOffice prints chosen sheets to PDF as a reader would print them;
// pdftoppm turns each sheet's first page into docs/pictures/LANG-SHEET.png (72 dpi). A sheet is
// printed alone by hiding the others in a copy (hidden sheets still calculate, and do not print).
// Needs soffice and pdftoppm. Usage: node scripts/readme-pictures.mjs [ru kk en ...]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const languages = process.argv.length > 2 ? process.argv.slice(2) : ["ru", "kk"];
/** Sheets pictured, by position (sheet names differ by language): Figures, Coverage, About. */
const pictured = [
  { index: 1, key: "figures" },
  { index: 2, key: "coverage" },
  { index: 6, key: "about" },
];
const outDir = join(root, "docs", "pictures");
const work = mkdtempSync(join(tmpdir(), "sanaq-pictures-"));

function run(command, args) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
  } catch (error) {
    const detail =
      error.code === "ENOENT"
        ? `${command} is not installed`
        : String(error.stderr || error.message);
    process.stderr.write(`readme-pictures: ${command} failed: ${detail}\n`);
    process.exit(1);
  }
}

// A throwaway LibreOffice profile that recalculates on load instead of trusting cached results.
const profile = join(work, "profile");
mkdirSync(join(profile, "user"), { recursive: true });
writeFileSync(
  join(profile, "user", "registrymodifications.xcu"),
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
);

run(process.execPath, [
  join(root, "node_modules", "typescript", "bin", "tsc"),
  "-p",
  "tsconfig.cli.json",
]);
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const language of languages) {
  const xlsx = join(work, `sanaq-${language}.xlsx`);
  run(process.execPath, [
    join(root, "bin", "sanaq.cjs"),
    "workbook",
    "--lang",
    language,
    "--loaded-at",
    "2026-11-22T00:00:00Z",
    "--out",
    xlsx,
  ]);
  for (const { index, key } of pictured) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    wb.worksheets.forEach((ws, i) => (ws.state = i === index ? "visible" : "hidden"));
    wb.views = [{ activeTab: index, firstSheet: index }];
    const stem = `${language}-${key}`;
    const one = join(work, `${stem}.xlsx`);
    await wb.xlsx.writeFile(one);
    run("soffice", [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      one,
    ]);
    run("pdftoppm", [
      "-png",
      "-r",
      "72",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(work, `${stem}.pdf`),
      join(work, stem),
    ]);
    renameSync(join(work, `${stem}.png`), join(outDir, `${stem}.png`));
    written += 1;
  }
}
rmSync(work, { recursive: true, force: true });
process.stdout.write(`readme-pictures: ${written} pictures written to ${outDir}\n`);
