// Writes a workbook plan into the open workbook with a constant number of context.sync() calls:
// one read, the write batches (more only when the payload passes the per-request limit), one
// restore. Events, calculation and screen updating are suspended while writing and the
// planner's settings restored in a finally.
import type { WorkbookPlan } from "../workbook/plan-types";
import { createBatcher, type Batcher } from "./batch";
import { coreRequirement, type Capabilities } from "./capabilities";
import { jsonBytes } from "./payload";
import { stateXml } from "./state-part";
import { prepareSuspension } from "./suspend";
import { hiddenLetters, writeCells, writeLayout } from "./write-sheet";
import { validateTable, writeNewTable, type TableWriteReport } from "./write-table";

/** Excel on the web refuses requests above 5 MB; stay well below it per sync. */
export const defaultMaxBatchBytes = 4_000_000;

export interface WriteOptions {
  capabilities: Capabilities;
  maxBatchBytes?: number;
}

export interface WriteReport {
  syncs: number;
  /** Write batches (each one sync), more than one only when the payload needs it. */
  batches: number;
  /** Estimated request payload of all batches, bytes. */
  payloadBytes: number;
  sheetsAdded: string[];
  tables: TableWriteReport[];
}

export function assertCore(caps: Capabilities): void {
  if (!caps.suspendScreenUpdating || !caps.customXmlParts) {
    throw new Error(
      `Sanaq needs Excel with ExcelApi ${coreRequirement} or later (Excel 2019, Microsoft 365 or Excel on the web)`,
    );
  }
}

/** Queues the add-in state part: the old parts of the namespace deleted, one new part added. */
export async function replaceStatePart(
  context: Excel.RequestContext,
  batcher: Batcher,
  plan: WorkbookPlan,
  old: Excel.CustomXmlPartScopedCollection,
): Promise<void> {
  const xml = stateXml(plan.stateNamespace, plan.state);
  await batcher.add(jsonBytes(xml), () => {
    for (const part of old.items) part.delete();
    context.workbook.customXmlParts.add(xml);
  });
}

export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WriteOptions,
): Promise<WriteReport> {
  const caps = options.capabilities;
  assertCore(caps);
  const maxBytes = options.maxBatchBytes ?? defaultMaxBatchBytes;
  for (const sheet of plan.sheets) sheet.tables.forEach(validateTable);

  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const parts = context.workbook.customXmlParts
    .getByNamespace(plan.stateNamespace)
    .load("items/id");
  const suspension = prepareSuspension(context, caps);
  await context.sync();

  const existingTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
  for (const sheet of plan.sheets) {
    for (const t of sheet.tables) {
      if (existingTables.has(t.name.toLowerCase())) {
        throw new Error(
          `the workbook already has table ${t.name} (sheet ${sheet.name}): refresh it instead, which keeps the planner's edits`,
        );
      }
    }
  }
  const existingSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const batcher = createBatcher(context, maxBytes, () => suspension.batchStart());
  const report: WriteReport = {
    syncs: 0,
    batches: 0,
    payloadBytes: 0,
    sheetsAdded: [],
    tables: [],
  };
  let ok = false;
  try {
    suspension.begin();
    for (const sheetPlan of plan.sheets) {
      const isNew = !existingSheets.has(sheetPlan.name.toLowerCase());
      let worksheet: Excel.Worksheet | undefined;
      await batcher.add(jsonBytes(sheetPlan.name), () => {
        worksheet = isNew
          ? context.workbook.worksheets.add(sheetPlan.name)
          : context.workbook.worksheets.getItem(sheetPlan.name);
      });
      if (isNew) report.sheetsAdded.push(sheetPlan.name);
      const ws = (): Excel.Worksheet => {
        if (!worksheet) throw new Error(`internal: worksheet ${sheetPlan.name} not queued`);
        return worksheet;
      };
      const hidden: string[] = [];
      for (const table of sheetPlan.tables) {
        report.tables.push(await writeNewTable(ws, table, batcher, maxBytes));
        hidden.push(
          ...hiddenLetters(
            table.topLeft,
            table.columns.map((c) => c.hidden === true),
          ),
        );
      }
      await writeCells(ws, sheetPlan, batcher);
      await writeLayout(ws, sheetPlan, batcher, caps, hidden);
    }
    await replaceStatePart(context, batcher, plan, parts);
    await batcher.flush();
    ok = true;
  } finally {
    suspension.end(ok);
    try {
      await context.sync();
    } catch (error) {
      // After a failed write, report that failure, not the restore's.
      if (ok) throw error;
    }
  }
  report.syncs = 2 + batcher.syncs;
  report.batches = batcher.batches;
  report.payloadBytes = batcher.bytes;
  return report;
}
