// Row heights and print setup of a sheet, computed from its plan: every row tall enough for its
// wrapped cells (text-fit.ts), and a page a reader can hold: A4, the header row on every page,
// fit to one page wide only where the scale stays legible.
import { columnLetter, parseAddress } from "./a1";
import type { CellPlan, ColumnPlan, MarginsPlan, PrintPlan, TablePlan } from "./plan-types";
import { printPointsPerUnit, rowPoints, textMargin, textUnits, wrappedLines } from "./text-fit";

export const printMargins: MarginsPlan = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
  header: 0.25,
  footer: 0.25,
};

/** Below this percentage a printed 11 pt cell gets too small to read (8 pt). */
export const minPrintScale = 75;

/** A4 in points: 210 x 297 mm. */
const a4 = { short: 595.3, long: 841.9 };

export function printableWidth(orientation: PrintPlan["orientation"]): number {
  const page = orientation === "landscape" ? a4.long : a4.short;
  return page - (printMargins.left + printMargins.right) * 72;
}

/**
 * Points columns of these widths take on paper at 100 % where they are widest: LibreOffice
 * with DejaVu Sans for Calibri (Excel's are narrower, so a page fitting here fits there).
 */
export function printedPoints(widths: number[]): number {
  return widths.reduce((s, w) => s + w * printPointsPerUnit + 4, 0);
}

/** The scale (percent, at most 100) that puts columns of these widths on one page's width. */
export function fitScale(widths: number[], orientation: PrintPlan["orientation"]): number {
  return Math.min(100, Math.floor((printableWidth(orientation) / printedPoints(widths)) * 100));
}

/** Print setup of a sheet whose printed columns are `widths` (character units, hidden left out). */
export function printPlan(
  widths: number[],
  area: string,
  titleRows: number,
  orientation: PrintPlan["orientation"] = "landscape",
): PrintPlan {
  return {
    orientation,
    paper: "A4",
    titleRows,
    fitToWidth: fitScale(widths, orientation) >= minPrintScale,
    scale: Math.max(minPrintScale, fitScale(widths, orientation)),
    area,
    margins: printMargins,
  };
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Lines of the tallest wrapped cell of each row of a table, header included (headers wrap). */
export function tableRowHeights(table: TablePlan): Record<string, number> {
  const origin = parseAddress(table.topLeft);
  const heights: Record<string, number> = {};
  const set = (row: number, lines: number): void => {
    if (lines > 1) heights[String(row)] = rowPoints(lines);
  };
  const visible = table.columns.filter((c) => !c.hidden);
  set(origin.row, Math.max(1, ...visible.map((c) => wrappedLines(c.name, c.width ?? 8.43))));
  for (let r = 0; r < table.rows.length; r += 1) {
    const row = table.rows[r] ?? [];
    const lines = table.columns.map((c, i) =>
      c.wrap && !c.hidden ? wrappedLines(textOf(row[i]), c.width ?? 8.43) : 1,
    );
    set(origin.row + 1 + r, Math.max(1, ...lines));
  }
  return heights;
}

/** Heights of the rows of free cells that wrap, each in its own column's width. */
export function cellRowHeights(
  cells: CellPlan[],
  columnWidths: Record<string, number>,
): Record<string, number> {
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (!cell.wrap) continue;
    const { row, column } = parseAddress(cell.address);
    const width = columnWidths[columnLetter(column)] ?? 8.43;
    const n = wrappedLines(textOf(cell.value), width);
    lines.set(row, Math.max(lines.get(row) ?? 1, n));
  }
  const heights: Record<string, number> = {};
  for (const [row, n] of lines) if (n > 1) heights[String(row)] = rowPoints(n);
  return heights;
}

/** What valueWidths reads of a column. */
type ColumnFit = Pick<
  ColumnPlan,
  "kind" | "wrap" | "hidden" | "unprinted" | "numberFormat" | "width"
>;

/**
 * Columns widened so that the longest word of their header fits on a line (a header wraps
 * between words, never inside one), in this language's header names.
 */
export function headerWidths<T extends { name: string; width?: number; hidden?: boolean }>(
  columns: T[],
): T[] {
  return columns.map((c) => {
    if (c.hidden) return c;
    const longest = Math.max(...c.name.split(/\s+/).map(textUnits));
    const need = Math.ceil((longest + 0.6) * 2) / 2;
    return need > (c.width ?? 8.43) ? { ...c, width: need } : c;
  });
}

/** The width (in half units) in which the longest of `lines` fits on one line. */
export function fitWidth(lines: readonly string[]): number {
  return Math.ceil((Math.max(0, ...lines.map(textUnits)) + textMargin) * 2) / 2;
}

/**
 * Text columns that do not wrap widened so that their longest value fits: an unwrapped text is
 * cut at the edge of its cell when the next cell is filled («казахски» of «казахский» on
 * Sources), and how long it is depends on the language.
 */
export function valueWidths<T extends ColumnFit>(columns: T[], rows: readonly unknown[][]): T[] {
  return columns.map((c, i) => {
    if (c.kind !== "value" || c.wrap || c.hidden || c.unprinted || c.numberFormat) return c;
    const texts = rows.map((r) => r[i]).filter((v): v is string => typeof v === "string");
    if (texts.length === 0) return c;
    const need = fitWidth(texts);
    return need > (c.width ?? 8.43) ? { ...c, width: need } : c;
  });
}
