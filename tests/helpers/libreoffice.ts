// LibreOffice (soffice --headless) for tests: recalculates a .xlsx with a throwaway profile that
// ignores cached results (OOXMLRecalcMode=0, always recalc), then exports every sheet to CSV,
// the workbook to HTML (conditional fills show as bgcolor) or to PDF.
// Tests that need it must fail under CI=true when soffice is missing; see `sofficeOrSkip`.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * True when LibreOffice is there. Outside CI a missing soffice returns false (skip); under
 * CI=true it throws, so a missing program fails the run instead of passing it silently.
 */
export function sofficeOrSkip(): boolean {
  if (sofficeAvailable()) return true;
  if (process.env.CI === "true")
    throw new Error("LibreOffice (soffice) is required under CI=true but was not found on PATH");
  return false;
}

// OOXMLRecalcMode / ODFRecalcMode: 0 always recalculate, 1 never (trust cached results).
const profileXcu = (mode: 0 | 1): string => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice user profile that always (or, for timing the rest, never) recalculates on load. */
export function recalcProfile(recalc = true): string {
  const dir = mkdtempSync(join(tmpdir(), "sanaq-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), profileXcu(recalc ? 0 : 1));
  return dir;
}

export const csvAllSheets =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Runs soffice --convert-to; returns the output directory. */
export function convert(file: string, to: string, profile = recalcProfile()): string {
  const outDir = mkdtempSync(join(tmpdir(), "sanaq-lo-out-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 300_000 },
  );
  return outDir;
}

/** Every sheet as rows of strings, recalculated by LibreOffice, by sheet name. */
export function sheetsAsCsv(file: string): Record<string, string[][]> {
  const outDir = convert(file, csvAllSheets);
  const stem = basename(file).replace(/\.xlsx$/i, "");
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith(".csv")) continue;
    const sheet = name.slice(stem.length + 1, -".csv".length);
    const parsed = Papa.parse<string[]>(readFileSync(join(outDir, name), "utf8"), {
      skipEmptyLines: false,
    });
    sheets[sheet] = parsed.data.filter((r) => !(r.length === 1 && r[0] === ""));
  }
  return sheets;
}

export interface HtmlCell {
  row: number;
  column: number;
  text: string;
  /** "#RRGGBB" background, uppercase, or "" when none. */
  fill: string;
}

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** Every cell of every sheet (0-based row/column) with its background as LibreOffice renders it. */
export function sheetsAsHtml(file: string): Record<string, HtmlCell[]> {
  const outDir = convert(file, "html");
  const html = readFileSync(join(outDir, basename(file).replace(/\.xlsx$/i, ".html")), "utf8");
  const sheets: Record<string, HtmlCell[]> = {};
  const parts = html.split(/<h1>Sheet \d+: <em>/).slice(1);
  for (const part of parts) {
    const name = decode(part.slice(0, part.indexOf("</em>")));
    const cells: HtmlCell[] = [];
    const rows = part.split(/<tr[^>]*>/).slice(1);
    rows.forEach((tr, row) => {
      let column = 0;
      for (const m of tr.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)) {
        const attrs = m[1] ?? "";
        const fill = /bgcolor="(#[0-9A-Fa-f]{6})"/.exec(attrs)?.[1]?.toUpperCase() ?? "";
        cells.push({ row, column, text: decode(m[2] ?? ""), fill });
        column += Number(/colspan="?(\d+)/.exec(attrs)?.[1] ?? "1");
      }
    });
    sheets[name] = cells;
  }
  return sheets;
}

const errorValue = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** Every cell showing an Excel or LibreOffice error value, as "Sheet!R1C1=#VALUE!". */
export function errorCells(sheets: Record<string, string[][]>): string[] {
  return Object.entries(sheets).flatMap(([sheet, rows]) =>
    rows.flatMap((r, i) =>
      r.flatMap((v, j) => (errorValue.test(v) ? [`${sheet}!R${i + 1}C${j + 1}=${v}`] : [])),
    ),
  );
}
