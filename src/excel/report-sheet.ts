// The conflict report as a sheet of the open workbook: it reaches the planner in every Excel
// (Excel for Mac's WKWebView does not download Blob URLs, and a task pane's downloads are not
// dependable in other hosts either). All cells are text: quotes from texts never become formulas.
// A planner's sheet of the same name is never written over: the report goes to the first free
// "Name (2)", "Name (3)", ...; a sheet holding an earlier report (same header row) is replaced.
import { rectAddress } from "./a1";
import { waitForCellEdit } from "./run-options";
import { textFormat } from "./text-cells";

/** Excel's sheet names: 31 characters at most. */
const MAX_SHEET_NAME = 31;
const CANDIDATES = 20;

export function reportSheetNames(base: string): string[] {
  return Array.from({ length: CANDIDATES }, (_, i) => {
    if (i === 0) return base.slice(0, MAX_SHEET_NAME);
    const suffix = ` (${i + 1})`;
    return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  });
}

/** Writes the rows (header first) to the report sheet; resolves to the sheet's name. */
export async function writeReportSheet(base: string, rows: string[][]): Promise<string> {
  const header = rows[0] ?? [];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""));
  const headerAddress = rectAddress({ top: 0, left: 0, bottom: 0, right: width - 1 });
  return Excel.run(waitForCellEdit, async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    const names = reportSheetNames(base);
    const heads = new Map(
      names.flatMap((n) => {
        const s = existing.get(n.toLowerCase());
        return s ? [[n, s.getRange(headerAddress).load("values")] as const] : [];
      }),
    );
    if (heads.size > 0) await context.sync();
    const ours = (n: string): boolean =>
      (heads.get(n)?.values[0] ?? []).every((v, j) => String(v) === (header[j] ?? ""));
    const name = names.find((n) => !heads.has(n) || ours(n));
    if (!name) throw new Error(`no free sheet name for the report: ${names.join(", ")} are taken`);
    const ws = heads.has(name)
      ? context.workbook.worksheets.getItem(name)
      : context.workbook.worksheets.add(name);
    if (heads.has(name)) ws.getRange().clear();
    const range = ws.getRange(
      rectAddress({ top: 0, left: 0, bottom: grid.length - 1, right: width - 1 }),
    );
    range.numberFormat = grid.map((r) => r.map(() => textFormat));
    range.values = grid;
    ws.getRange(headerAddress).format.font.bold = true;
    ws.activate();
    await context.sync();
    return name;
  });
}
