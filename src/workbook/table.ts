// Helpers shared by the sheet builders: column lookup by key, A1 ranges of table columns,
// and a one-table sheet.
import { columnLetter, parseAddress } from "./a1";
import { tableStyle } from "./names";
import { headerWidths, printPlan, tableRowHeights, valueWidths } from "./page-layout";
import type { ColumnPlan, SheetPlan, TablePlan } from "./plan-types";

export function columnPosition(table: TablePlan, key: string): number {
  const i = table.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`workbook: table ${table.name} has no column "${key}"`);
  return i;
}

export function columnOf(table: TablePlan, key: string): ColumnPlan {
  const column = table.columns[columnPosition(table, key)];
  if (!column) throw new Error(`workbook: table ${table.name} has no column "${key}"`);
  return column;
}

function letterOf(table: TablePlan, key: string): string {
  return columnLetter(parseAddress(table.topLeft).column + columnPosition(table, key));
}

/** Rows of a table's body as written: an empty table still has one (Excel keeps a blank row). */
export function bodyRowCount(table: TablePlan): number {
  return Math.max(table.rows.length, 1);
}

/** A1 range of a column's body (bodyRowCount rows). */
export function bodyRange(table: TablePlan, key: string): string {
  const top = parseAddress(table.topLeft).row + 1;
  const bottom = top + bodyRowCount(table) - 1;
  const letter = letterOf(table, key);
  return `${letter}${top}:${letter}${bottom}`;
}

/** "$D2": the column fixed, the row relative, for conditional format formulas. */
export function firstBodyCell(table: TablePlan, key: string): string {
  return `$${letterOf(table, key)}${parseAddress(table.topLeft).row + 1}`;
}

/**
 * A sheet holding one table; widths come from the table's columns, row heights from its wrapped
 * cells, and it prints its columns but the unprinted ones, header row on every page.
 */
export function tableSheet(
  key: string,
  name: string,
  table: TablePlan,
  tabColor?: string,
): SheetPlan {
  const origin = parseAddress(table.topLeft);
  const columnWidths: Record<string, number> = {};
  table.columns.forEach((c, i) => {
    if (c.width !== undefined) columnWidths[columnLetter(origin.column + i)] = c.width;
  });
  const printed = table.columns.findIndex((c) => c.unprinted);
  const last = printed < 0 ? table.columns.length : printed;
  const area = `${table.topLeft}:${columnLetter(origin.column + last - 1)}${origin.row + bodyRowCount(table)}`;
  const widths = table.columns
    .slice(0, last)
    .filter((c) => !c.hidden)
    .map((c) => c.width ?? 8.43);
  return {
    key,
    name,
    tables: [table],
    cells: [],
    columnWidths,
    freeze: { rows: origin.row, columns: origin.column },
    rowHeights: tableRowHeights(table),
    print: printPlan(widths, area, origin.row),
    ...(tabColor === undefined ? {} : { tabColor }),
  };
}

/**
 * A table at A1 keyed by "id" in the house style, each column wide enough for its header's
 * longest word and, unless it wraps, its longest text; conditional formats are added after.
 */
export function newTable(parts: Pick<TablePlan, "name" | "sheet" | "columns" | "rows">): TablePlan {
  return {
    ...parts,
    columns: headerWidths(valueWidths(parts.columns, parts.rows)),
    topLeft: "A1",
    keyColumn: "id",
    style: tableStyle,
    conditionalFormats: [],
  };
}
