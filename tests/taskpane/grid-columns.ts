// Where a column is in a table grid read back from the fake, by the plan's column key: the
// workbook's column order is the plan's to choose (src/workbook/sheets/*.ts), so a pane test
// finds a column by its header in the workbook's language, never by a fixed index or letter.
import { columnLetter } from "../../src/workbook/a1";
import { columnName, labelsFor } from "../../src/workbook/labels";
import type { PlanLanguage } from "../../src/workbook/plan-types";
import { headerIndex } from "../helpers/plan-columns";

/** The header of a plan column, by key, in the workbook's language. */
export function headerOf(language: PlanLanguage, key: string): string {
  return columnName(labelsFor(language), key);
}

/** The 0-based index of a plan column in a grid's header row, by key. */
export function columnAt(header: readonly unknown[], language: PlanLanguage, key: string): number {
  return headerIndex(header, headerOf(language, key), key);
}

/** The sheet column letter of a plan column of a table whose left edge is column `left` (0-based). */
export function letterAt(
  header: readonly unknown[],
  language: PlanLanguage,
  key: string,
  left = 0,
): string {
  return columnLetter(left + columnAt(header, language, key) + 1);
}

/** The index in the grid (the header is 0) of the body row whose Id cell holds `id`. */
export function gridRowOf(grid: readonly unknown[][], language: PlanLanguage, id: string): number {
  const at = columnAt(grid[0] ?? [], language, "id");
  const i = grid.findIndex((r, n) => n > 0 && r[at] === id);
  if (i < 0) throw new Error(`test: no row with id "${id}" in the grid`);
  return i;
}
