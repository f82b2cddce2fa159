// Finds Figures table rows by figure id and selects them, so a planner clicking a conflict in
// the pane sees its cells. Table and column names come from the workbook plan, never from here.
import { tableNames } from "../workbook/names";
import type { WorkbookPlan } from "../workbook/plan-types";
import type { Capabilities } from "./capabilities";
import { waitForCellEdit } from "./run-options";

/** The Figures table as the plan wrote it: its name and each column's header by key. */
export interface FiguresTableRef {
  name: string;
  /** Column key ("id", "value", "quote", ...) -> header text in the workbook's language. */
  columns: Record<string, string>;
  keyColumn: string;
}

export function figuresTableOf(plan: WorkbookPlan): FiguresTableRef {
  for (const sheet of plan.sheets) {
    const table = sheet.tables.find((t) => t.name === tableNames.figures);
    if (table) {
      return {
        name: table.name,
        columns: Object.fromEntries(table.columns.map((c) => [c.key, c.name])),
        keyColumn: table.keyColumn,
      };
    }
  }
  throw new Error(`the workbook plan has no ${tableNames.figures} table`);
}

export function columnOf(ref: FiguresTableRef, key: string): string {
  const name = ref.columns[key];
  if (name === undefined) throw new Error(`table ${ref.name} has no column "${key}" in the plan`);
  return name;
}

/** Body row index (0-based) of each figure id found in the table. */
export async function figureRows(
  context: Excel.RequestContext,
  ref: FiguresTableRef,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const idRange = context.workbook.tables
    .getItem(ref.name)
    .columns.getItem(columnOf(ref, ref.keyColumn))
    .getDataBodyRange()
    .load("values");
  await context.sync();
  const wanted = new Set(ids);
  const rows = new Map<string, number>();
  idRange.values.forEach((row, i) => {
    const id = String(row[0] ?? "");
    if (wanted.has(id) && !rows.has(id)) rows.set(id, i);
  });
  return rows;
}

/**
 * Selects the Figures rows of the given ids; false when none is found. With ExcelApi 1.18 the
 * rows themselves (RangeAreas.select); below it (Office 2021: 1.14, Office 2024: 1.17) the
 * rectangle from the first to the last of them (Range.select, ExcelApi 1.1).
 */
export async function selectFigures(
  ref: FiguresTableRef,
  ids: readonly string[],
  caps: Pick<Capabilities, "selectAreas">,
): Promise<boolean> {
  return Excel.run(waitForCellEdit, async (context) => {
    const rows = await figureRows(context, ref, ids);
    if (rows.size === 0) return false;
    const table = context.workbook.tables.getItem(ref.name);
    const body = table.getDataBodyRange();
    const ranges = [...rows.values()]
      .sort((a, b) => a - b)
      .map((i) => body.getRow(i).load("address"));
    const sheet = table.worksheet;
    await context.sync();
    // "Figures!A5:L5" -> "A5:L5": getRanges and getRange take addresses on their own sheet.
    const local = ranges.map((r) => r.address.slice(r.address.lastIndexOf("!") + 1));
    sheet.activate();
    if (caps.selectAreas) sheet.getRanges(local.join(",")).select();
    else sheet.getRange(boundingAddress(local)).select();
    await context.sync();
    return true;
  });
}

/** "A3:M3", "A5:M5" -> "A3:M5": from the first range's top-left to the last one's bottom-right. */
export function boundingAddress(sorted: readonly string[]): string {
  const first = sorted[0] ?? "";
  const last = sorted[sorted.length - 1] ?? first;
  return `${first.split(":")[0]}:${last.split(":").pop()}`;
}
