// Writes a workbook plan into the open workbook with a constant number of context.sync() calls:
// one read, the write batches (more only when the payload passes the per-request limit), one
// restore. Events, calculation and screen updating are suspended while writing and the
// planner's settings restored in a finally.
import type { CellPlan, SheetPlan, TablePlan, WorkbookPlan } from "../workbook/plan-types";
import type { Batcher } from "./batch";
import { coreRequirement, type Capabilities } from "./capabilities";
import { jsonBytes } from "./payload";
import { openSession, type Session } from "./session";
import { stateXmlParts } from "../workbook/state-xml";
import { hiddenLetters, writeCells, writeLayout } from "./write-sheet";
import { validatePlan } from "./validate-plan";
import { writeNewTable, type TableWriteReport } from "./write-table";

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

/** Queues the add-in state parts: the old parts of the namespace deleted, the new ones added. */
export async function replaceStatePart(
  context: Excel.RequestContext,
  batcher: Batcher,
  plan: WorkbookPlan,
  old: Excel.CustomXmlPartScopedCollection,
): Promise<void> {
  const [first = "", ...more] = stateXmlParts(plan.stateNamespace, plan.state);
  await batcher.add(jsonBytes(first), () => {
    for (const part of old.items) part.delete();
    context.workbook.customXmlParts.add(first);
  });
  // A large state's further parts, each its own request-sized operation.
  for (const xml of more)
    await batcher.add(jsonBytes(xml), () => context.workbook.customXmlParts.add(xml));
}

/** Queues the sheet (added or taken) and returns an accessor usable inside batch callbacks. */
export async function sheetAccessor(
  context: Excel.RequestContext,
  batcher: Batcher,
  name: string,
  isNew: boolean,
): Promise<() => Excel.Worksheet> {
  let worksheet: Excel.Worksheet | undefined;
  await batcher.add(jsonBytes(name), () => {
    worksheet = isNew
      ? context.workbook.worksheets.add(name)
      : context.workbook.worksheets.getItem(name);
  });
  return () => {
    if (!worksheet) throw new Error(`internal: worksheet ${name} not queued`);
    return worksheet;
  };
}

/** What of a sheet plan to write: new tables, cells, and the layout (for a new sheet). */
export interface SheetParts {
  tables: TablePlan[];
  cells: CellPlan[];
  layout: boolean;
}

/** Writes the given parts of a sheet plan: tables that do not exist yet, cells, layout. */
export async function writeSheetParts(
  ws: () => Excel.Worksheet,
  sheetPlan: SheetPlan,
  parts: SheetParts,
  batcher: Batcher,
  caps: Capabilities,
  maxBytes: number,
): Promise<TableWriteReport[]> {
  const reports: TableWriteReport[] = [];
  const hidden: string[] = [];
  for (const table of parts.tables) {
    reports.push(await writeNewTable(ws, table, batcher, maxBytes));
    hidden.push(
      ...hiddenLetters(
        table.topLeft,
        table.columns.map((c) => c.hidden === true),
      ),
    );
  }
  await writeCells(ws, parts.cells, batcher);
  if (parts.layout) await writeLayout(ws, sheetPlan, batcher, caps, hidden);
  return reports;
}

/** What a load and a refresh read first (one sync): sheets, tables, the state part, the host's settings. */
export interface WriteStart {
  caps: Capabilities;
  maxBytes: number;
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  parts: Excel.CustomXmlPartScopedCollection;
  session: Session;
}

/** Checks the host and the plan, then queues the first reads; the caller syncs. */
export function startWrite(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WriteOptions,
): WriteStart {
  const caps = options.capabilities;
  assertCore(caps);
  validatePlan(plan);
  const maxBytes = options.maxBatchBytes ?? defaultMaxBatchBytes;
  return {
    caps,
    maxBytes,
    sheets: context.workbook.worksheets.load("items/name"),
    tables: context.workbook.tables.load("items/name"),
    parts: context.workbook.customXmlParts.getByNamespace(plan.stateNamespace).load("items/id"),
    session: openSession(context, caps, maxBytes),
  };
}

export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WriteOptions,
): Promise<WriteReport> {
  const { caps, maxBytes, sheets, tables, parts, session } = startWrite(context, plan, options);
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
  const report: WriteReport = {
    syncs: 0,
    batches: 0,
    payloadBytes: 0,
    sheetsAdded: [],
    tables: [],
  };
  const counts = await session.write(async (batcher) => {
    for (const sheetPlan of plan.sheets) {
      const isNew = !existingSheets.has(sheetPlan.name.toLowerCase());
      const ws = await sheetAccessor(context, batcher, sheetPlan.name, isNew);
      if (isNew) report.sheetsAdded.push(sheetPlan.name);
      const all = { tables: sheetPlan.tables, cells: sheetPlan.cells, layout: true };
      report.tables.push(...(await writeSheetParts(ws, sheetPlan, all, batcher, caps, maxBytes)));
    }
    // The state keeps each table's id (refresh finds a renamed table by it): readable once
    // the batch that created the tables is synced.
    await batcher.flush();
    const tableIds = Object.fromEntries(report.tables.map((t) => [t.name, t.id()]));
    await replaceStatePart(
      context,
      batcher,
      { ...plan, state: { ...plan.state, tableIds } },
      parts,
    );
  });
  report.syncs = 1 + counts.syncs;
  report.batches = counts.batches;
  report.payloadBytes = counts.payloadBytes;
  return report;
}
