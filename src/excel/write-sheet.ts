// Sheet-level parts of a plan: free cells (About text, legend swatches), column widths, row
// heights, freeze panes, tab colour and print setup.
import type { CellPlan, PrintPlan, SheetPlan } from "../workbook/plan-types";
import { columnLetter, parseAddress } from "../workbook/a1";
import { bodyRowCount } from "../workbook/table";
import { rectAddress } from "./a1";
import type { Batcher } from "./batch";
import type { Capabilities } from "./capabilities";
import { jsonBytes } from "./payload";
import { cellOut, needsTextFormat, textFormat } from "./text-cells";

/** Excel character units (as in .xlsx) to points, for the default 11 pt Calibri: 8.43 -> 48 pt. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const rowHeightSlice = 500;
/** What one rowHeight request weighs in a batch's JSON (address, property, value, ids). */
const rowHeightBytes = 160;

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
  await batcher.add(64, () => {
    for (const { address, header } of tableAreas(plan)) {
      // Top-aligned, so a number sits level with the first line of a tall row's quote; headers
      // wrap in narrow columns (rowHeights makes room for them).
      sheet().getRange(address).format.verticalAlignment = "Top";
      sheet().getRange(header).format.wrapText = true;
    }
  });
  // Excel does not fit a row to wrapped text it did not type itself: the plan's heights, in
  // slices that a batch can split (one request per row).
  const heights = Object.entries(plan.rowHeights);
  for (let i = 0; i < heights.length; i += rowHeightSlice) {
    const slice = heights.slice(i, i + rowHeightSlice);
    await batcher.add(slice.length * rowHeightBytes, () => {
      for (const [row, points] of slice) sheet().getRange(`A${row}`).format.rowHeight = points;
    });
  }
  await batcher.add(jsonBytes(plan.print), () => writePrint(sheet().pageLayout, plan.print));
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

/** The whole range and the header row of each table of a sheet. */
function tableAreas(plan: SheetPlan): { address: string; header: string }[] {
  return plan.tables.map((t) => {
    const { row, column } = parseAddress(t.topLeft);
    const right = columnLetter(column + t.columns.length - 1);
    return {
      address: `${t.topLeft}:${right}${row + bodyRowCount(t)}`,
      header: `${t.topLeft}:${right}${row}`,
    };
  });
}

/** The plan's print setup (Worksheet.pageLayout, ExcelApi 1.9, within the core set). */
export function writePrint(layout: Excel.PageLayout, print: PrintPlan): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // Fit to one page wide only, as many pages tall as the rows need (verticalFitToPages unset).
  layout.zoom = print.fitToWidth ? { horizontalFitToPages: 1 } : { scale: print.scale };
  layout.setPrintArea(print.area);
  if (print.titleRows > 0) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
  layout.setPrintMargins("Inches", print.margins);
}

/** Column letters of a table's hidden columns. */
export function hiddenLetters(topLeft: string, hidden: boolean[]): string[] {
  const { column } = parseAddress(topLeft);
  return hidden.flatMap((h, j) => (h ? [columnLetter(column + j)] : []));
}
