// A workbook plan written as .xlsx (src/xlsx) and recalculated by LibreOffice: every sheet as
// CSV and the fills as HTML. Shared by the LibreOffice tests of tests/xlsx.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { sheetsAsCsv, sheetsAsHtml, type HtmlCell } from "./libreoffice";

const dir = mkdtempSync(join(tmpdir(), "sanaq-xlsx-"));

/** A path for `name` (e.g. "edited.xlsx") in this run's scratch folder. */
export function scratchFile(name: string): string {
  return join(dir, name);
}

/** Writes the plan to scratchFile(`${name}.xlsx`) and returns that path. */
export async function xlsxFile(plan: WorkbookPlan, name: string): Promise<string> {
  const file = scratchFile(`${name}.xlsx`);
  await writeXlsx(plan, file);
  return file;
}

export interface Recalculated {
  csv: Record<string, string[][]>;
  html: Record<string, HtmlCell[]>;
}

/** The file as LibreOffice recalculates it (cached results ignored): values and fills. */
export function recalculated(file: string): Recalculated {
  return { csv: sheetsAsCsv(file), html: sheetsAsHtml(file) };
}
