// The pane's edits of single Figures rows: accept the source value, record why a planner keeps
// theirs, snip a number from a source to the selected row. Text from sources lands as text.
import type { Capabilities } from "./capabilities";
import { columnOf, figureRows, type FiguresTableRef } from "./select-cells";
import { needsTextFormat, textFormat } from "./text-cells";
import { waitForCellEdit } from "./run-options";

export interface FigureSnip {
  value: number;
  quote: string;
  source: string;
}

async function rowOf(
  context: Excel.RequestContext,
  ref: FiguresTableRef,
  id: string,
): Promise<number> {
  const row = (await figureRows(context, ref, [id])).get(id);
  if (row === undefined)
    throw new Error(`figure ${id} is not in table ${ref.name} (was its row deleted?)`);
  return row;
}

function cell(
  context: Excel.RequestContext,
  ref: FiguresTableRef,
  key: string,
  row: number,
): Excel.Range {
  return context.workbook.tables
    .getItem(ref.name)
    .columns.getItem(columnOf(ref, key))
    .getDataBodyRange()
    .getCell(row, 0);
}

function writeText(range: Excel.Range, text: string): void {
  if (needsTextFormat(text)) range.numberFormat = [[textFormat]];
  range.values = [[text]];
}

export async function setFigureValue(
  ref: FiguresTableRef,
  id: string,
  value: number,
): Promise<void> {
  await Excel.run(waitForCellEdit, async (context) => {
    const row = await rowOf(context, ref, id);
    cell(context, ref, "value", row).values = [[value]];
    await context.sync();
  });
}

/**
 * Records why the planner keeps their value in the plan's Reason column (ExcelApi 1.9, so it
 * survives refreshes and reaches the .xlsx); on ExcelApi 1.18 also as a note on the Value cell,
 * where a planner sees it on hover. A plan without that column falls back to the note alone.
 */
export async function noteReason(
  ref: FiguresTableRef,
  id: string,
  reason: string,
  caps: Capabilities,
): Promise<void> {
  const hasColumn = ref.columns.reason !== undefined;
  if (!hasColumn && !caps.notes) {
    throw new Error(
      `table ${ref.name} has no reason column and this Excel has no notes (ExcelApi 1.18)`,
    );
  }
  await Excel.run(waitForCellEdit, async (context) => {
    const row = await rowOf(context, ref, id);
    if (hasColumn) writeText(cell(context, ref, "reason", row), reason);
    if (caps.notes) {
      const target = cell(context, ref, "value", row).load("address");
      await context.sync();
      const existing = context.workbook.notes
        .getItemOrNullObject(target.address)
        .load("isNullObject");
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      context.workbook.notes.add(target, reason);
    }
    await context.sync();
  });
}

/**
 * Writes a number picked in a source to the Figures row holding the selection: value, source
 * value, quote and source. Resolves to the row's figure id, or null when the selection is not
 * in the table's body.
 */
export async function snipToSelectedRow(
  ref: FiguresTableRef,
  snip: FigureSnip,
): Promise<string | null> {
  return Excel.run(waitForCellEdit, async (context) => {
    const table = context.workbook.tables.getItem(ref.name);
    const body = table.getDataBodyRange().load("rowIndex,rowCount,columnIndex,columnCount");
    const selected = context.workbook.getSelectedRange().load("rowIndex,columnIndex");
    const sheet = table.worksheet.load("id");
    const selectedSheet = context.workbook.worksheets.getActiveWorksheet().load("id");
    await context.sync();
    const row = selected.rowIndex - body.rowIndex;
    const inside =
      sheet.id === selectedSheet.id &&
      row >= 0 &&
      row < body.rowCount &&
      selected.columnIndex >= body.columnIndex &&
      selected.columnIndex < body.columnIndex + body.columnCount;
    if (!inside) return null;
    const id = cell(context, ref, ref.keyColumn, row).load("values");
    cell(context, ref, "value", row).values = [[snip.value]];
    if (ref.columns.sourceValue !== undefined)
      cell(context, ref, "sourceValue", row).values = [[snip.value]];
    writeText(cell(context, ref, "quote", row), snip.quote);
    writeText(cell(context, ref, "source", row), snip.source);
    await context.sync();
    return String(id.values[0]?.[0] ?? "");
  });
}
