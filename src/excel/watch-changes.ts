// Follows a planner's edits in the Figures table: registers the table's onChanged handler and
// reads the Value column back. Telling the add-in's own writes apart is the caller's job
// (src/taskpane/services/write-gate.ts).
import { columnOf, type FiguresTableRef } from "./select-cells";
import { waitForCellEdit } from "./run-options";

/** Calls onChange on every change of the table; resolves to a function that stops watching. */
export async function watchTable(
  tableName: string,
  onChange: () => void,
): Promise<() => Promise<void>> {
  return Excel.run(waitForCellEdit, async (context) => {
    const handler = context.workbook.tables
      .getItem(tableName)
      .onChanged.add(async () => onChange());
    await context.sync();
    return async () => {
      await Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
    };
  });
}

/** The Value column by figure id, as the grid has it now (non-numbers left out). */
export async function readFigureValues(ref: FiguresTableRef): Promise<Record<string, number>> {
  return Excel.run(waitForCellEdit, async (context) => {
    const columns = context.workbook.tables.getItem(ref.name).columns;
    const ids = columns.getItem(columnOf(ref, ref.keyColumn)).getDataBodyRange().load("values");
    const values = columns.getItem(columnOf(ref, "value")).getDataBodyRange().load("values");
    await context.sync();
    const out: Record<string, number> = {};
    ids.values.forEach((row, i) => {
      const value = values.values[i]?.[0];
      if (typeof value === "number") out[String(row[0])] = value;
    });
    return out;
  });
}
