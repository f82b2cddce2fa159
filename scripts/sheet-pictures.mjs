#!/usr/bin/env node
// Pictures of the seed workbook: `sanaq workbook` writes out/pictures/sanaq-LANG.xlsx,
// LibreOffice (recalculating every formula) prints it to PDF, pdftoppm turns each page into
// a PNG in out/pictures/. Needs the compiled CLI (`npm run prepare`), soffice and pdftoppm.
// Usage: node scripts/sheet-pictures.mjs [en|ru|kk]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const language = process.argv[2] ?? "en";
const outDir = join(root, "out", "pictures");
const xlsx = join(outDir, `sanaq-${language}.xlsx`);

function run(command, args) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
  } catch (error) {
    const detail =
      error.code === "ENOENT"
        ? `${command} is not installed`
        : String(error.stderr || error.message);
    process.stderr.write(`sheet-pictures: ${command} failed: ${detail}\n`);
    process.exit(1);
  }
}

if (!existsSync(join(root, "lib", "cli", "main.js"))) {
  process.stderr.write("sheet-pictures: the CLI is not compiled; run `npm run prepare` first\n");
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
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

// A throwaway LibreOffice profile that recalculates on load instead of trusting cached results.
const profile = mkdtempSync(join(tmpdir(), "sanaq-pictures-profile-"));
mkdirSync(join(profile, "user"), { recursive: true });
writeFileSync(
  join(profile, "user", "registrymodifications.xcu"),
  `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
);
run("soffice", [
  `-env:UserInstallation=${pathToFileURL(profile).href}`,
  "--headless",
  "--norestore",
  "--convert-to",
  "pdf",
  "--outdir",
  outDir,
  xlsx,
]);
const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
run("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, `sanaq-${language}`)]);
const pngs = readdirSync(outDir).filter(
  (f) => f.startsWith(`sanaq-${language}`) && f.endsWith(".png"),
);
process.stdout.write(`${pngs.length} pages written to ${outDir} (${pdf})\n`);
