// Where a plan's columns are, by key, for tests that read or type cells: the order of the
// columns is the plan's to choose (src/workbook/sheets/*.ts), so no test hard-codes a letter or
// an index that a reorder would silently move.
import { columnLetter, parseAddress } from "../../src/workbook/a1";
import type { TablePlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { columnOf, columnPosition } from "../../src/workbook/table";

/** The table of a plan's sheet, by sheet key ("figures", "sources"…). */
export function planTable(plan: WorkbookPlan, sheetKey: string): TablePlan {
  const table = plan.sheets.find((s) => s.key === sheetKey)?.tables[0];
  if (!table) throw new Error(`test: the plan has no table on sheet "${sheetKey}"`);
  return table;
}

/**
 * The sheet column letter of a plan column, by key, as the writer puts it; `insertedBefore`
 * sheet columns (0-based) where a planner inserted one move the columns at or after it right.
 */
export function letterOf(table: TablePlan, key: string, insertedBefore?: number): string {
  const at = parseAddress(table.topLeft).column - 1 + columnPosition(table, key); // 0-based
  const moved = insertedBefore !== undefined && at >= insertedBefore ? at + 1 : at;
  return columnLetter(moved + 1);
}

/** The A1 address of a plan column's cell in sheet row `row` (1-based; the header is row 1). */
export function cellOf(table: TablePlan, key: string, row: number): string {
  return `${letterOf(table, key)}${row}`;
}

/** The 0-based index of the column headed `name` (plan column `key`) in a header row read back. */
export function headerIndex(header: readonly unknown[], name: string, key: string): number {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`test: no column "${name}" (${key}) in the header ${String(header)}`);
  return i;
}

/** The index of a plan column in a grid read back (header row first), by its header name. */
export function gridColumn(grid: unknown[][], table: TablePlan, key: string): number {
  return headerIndex(grid[0] ?? [], columnOf(table, key).name, key);
}

/** The sheet row (1-based) where the writer puts the plan row whose key column holds `id`. */
export function rowOf(table: TablePlan, id: string): number {
  const key = columnPosition(table, table.keyColumn);
  const i = table.rows.findIndex((r) => r[key] === id);
  if (i < 0) throw new Error(`test: table ${table.name} has no row "${id}"`);
  return parseAddress(table.topLeft).row + 1 + i;
}
