// Sheet-level parts of a plan: free cells (About text, legend swatches), column widths, freeze
// panes and tab colour.
import type { CellPlan, SheetPlan } from "../workbook/plan-types";
import { columnLetter, parseAddress } from "../workbook/a1";
import { rectAddress } from "./a1";
import type { Batcher } from "./batch";
import type { Capabilities } from "./capabilities";
import { jsonBytes } from "./payload";
import { cellOut, needsTextFormat, textFormat } from "./text-cells";

/** Excel character units (as in .xlsx) to points, for the default 11 pt Calibri: 8.43 -> 48 pt. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function writeCells(
  sheet: () => Excel.Worksheet,
  cells: CellPlan[],
  batcher: Batcher,
): Promise<void> {
  for (const cell of cells) {
    await batcher.add(jsonBytes(cell), () => {
      const range = sheet().getRange(cell.address);
      if (needsTextFormat(cell.value)) range.numberFormat = [[textFormat]];
      range.values = [[cellOut(cell.value)]];
      if (cell.bold !== undefined) range.format.font.bold = cell.bold;
      if (cell.fontColor !== undefined) range.format.font.color = cell.fontColor;
      if (cell.fill !== undefined) range.format.fill.color = cell.fill;
      if (cell.wrap) range.format.wrapText = true;
      if (cell.merge !== undefined) sheet().getRange(cell.merge).merge(false);
    });
  }
}

export async function writeLayout(
  sheet: () => Excel.Worksheet,
  plan: SheetPlan,
  batcher: Batcher,
  caps: Capabilities,
  hiddenColumns: string[],
): Promise<void> {
  await batcher.add(jsonBytes(plan.columnWidths), () => {
    for (const [letters, width] of Object.entries(plan.columnWidths)) {
      sheet().getRange(`${letters}1`).format.columnWidth = widthToPoints(width);
    }
    for (const letters of hiddenColumns) sheet().getRange(`${letters}1`).columnHidden = true;
  });
  if (!caps.freezePanes) return;
  await batcher.add(32, () => {
    const { rows, columns } = plan.freeze;
    const panes = sheet().freezePanes;
    if (rows > 0 && columns > 0) {
      panes.freezeAt(
        sheet().getRange(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })),
      );
    } else if (rows > 0) panes.freezeRows(rows);
    else if (columns > 0) panes.freezeColumns(columns);
    if (plan.tabColor !== undefined) sheet().tabColor = plan.tabColor;
  });
}

/** Column letters of a table's hidden columns. */
export function hiddenLetters(topLeft: string, hidden: boolean[]): string[] {
  const { column } = parseAddress(topLeft);
  return hidden.flatMap((h, j) => (h ? [columnLetter(column + j)] : []));
}
