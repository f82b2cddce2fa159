// Refresh: load the sources again into a workbook the planner has worked in, losing nothing.
// Reads the add-in's tables back (headers, values, formulas), merges them with the new plan
// (src/excel/merge.ts) and writes only what differs, in the add-in's own columns: planner
// edits, rows, columns and their formatting stay. A second refresh with the same sources
// writes nothing. Syncs: three reads (more only for large bodies, +1 for notes on ExcelApi
// 1.18), the write batches, the restore.
import { checkEdits } from "../domain/checks/source";
import type { Conflict, Figure } from "../domain/types";
import type {
  CellPlan,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
  WorkbookState,
} from "../workbook/plan-types";
import {
  cellAddress,
  parseCell,
  parseRect,
  rectAddress,
  relocateFormula,
  sheetOfAddress,
  type Rect,
} from "./a1";
import type { Batcher } from "./batch";
import {
  mergeTable,
  sameCell,
  withPlannerColumns,
  type KeptEdit,
  type ReadTable,
  type TableMerge,
} from "./merge";
import { estimateRowBytes, readTables } from "./read-back";
import { addConditionalFormat } from "./write-table";
import { chunkRows, jsonBytes } from "./payload";
import { MAX_STATE_PART_CHARS, parseStateXmlParts, stateXmlParts } from "../workbook/state-xml";
import { cellOut, needsTextFormat, textFormat } from "./text-cells";
import {
  replaceStatePart,
  sheetAccessor,
  startWrite,
  writeSheetParts,
  type WriteOptions,
} from "./write-plan";
import { noteText } from "./note-text";

/** State parts read a sync: at most about 3 MB of the 5 MB a response may carry. */
const PARTS_PER_SYNC = Math.max(1, Math.floor(3_000_000 / MAX_STATE_PART_CHARS));

export interface RefreshOptions extends WriteOptions {
  /** The plan's figures: kept edits the quotes do not allow become `source` conflicts. */
  figures?: Figure[];
}

export interface TableRefresh {
  name: string;
  created: boolean;
  updatedCells: number;
  appended: number;
  plannerRows: number;
  plannerColumns: string[];
  staleIds: string[];
  deletedByPlanner: string[];
  /** Ids of new rows not added because the planner filtered the table: clear it and refresh. */
  heldBack: string[];
}

export interface RefreshReport {
  syncs: number;
  batches: number;
  payloadBytes: number;
  /** Cells given a value or formula; 0 when the workbook already matched the sources. */
  cellsWritten: number;
  sheetsAdded: string[];
  tables: TableRefresh[];
  /** Values a planner edited, kept as they are. */
  kept: (KeptEdit & { table: string })[];
  conflicts: Conflict[];
  notesWritten: number;
}

interface TableRead {
  plan: TablePlan;
  sheetKey: string;
  header: Excel.Range;
  whole: Excel.Range;
  filter: Excel.AutoFilter;
}

interface TableWork {
  plan: TablePlan;
  /** Where the table is now (the planner may have renamed its sheet). */
  sheet: string;
  rect: Rect;
  merge: TableMerge & { heldBack: string[] };
  /** Planner columns of the plan (Reason) the table lacks: added at its end before writing. */
  addedColumns: string[];
  /** The planner has filtered the table: cells are written one row at a time, no row added. */
  filtered: boolean;
}

export async function refresh(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: RefreshOptions,
): Promise<RefreshReport> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs += 1;
    await context.sync();
  };

  // Read 1: what exists.
  const { caps, maxBytes, sheets, tables, parts, session } = startWrite(context, plan, options);
  await sync();
  const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));

  // Read 2: where the add-in's tables are now and their headers, the free cells, the stored state.
  const reads: TableRead[] = [];
  const cellReads = new Map<CellPlan, Excel.Range>();
  for (const sheet of plan.sheets) {
    for (const t of sheet.tables) {
      if (!tableNames.has(t.name.toLowerCase())) continue;
      const table = context.workbook.tables.getItem(t.name);
      reads.push({
        plan: t,
        sheetKey: sheet.key,
        header: table.getHeaderRowRange().load("values"),
        whole: table.getRange().load("address"),
        // A filtered table takes no multi-row write across hidden rows and no rows.add
        // (FilteredRangeConflict; OfficeDev/office-js#224, #994): written row by row instead.
        filter: table.autoFilter.load("isDataFiltered"),
      });
    }
    if (!sheetNames.has(sheet.name.toLowerCase())) continue;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    for (const cell of sheet.cells) cellReads.set(cell, ws.getRange(cell.address).load("values"));
  }
  // The state's parts, a few a sync so that no response passes the host's size limit.
  const oldXml: OfficeExtension.ClientResult<string>[] = [];
  const readParts = () =>
    parts.items
      .slice(oldXml.length, oldXml.length + PARTS_PER_SYNC)
      .forEach((p) => oldXml.push(p.getXml()));
  readParts();
  await sync();
  while (oldXml.length < parts.items.length) {
    readParts();
    await sync();
  }
  const oldParts = oldXml.map((x) => x.value);
  const previous = parseStateXmlParts(oldParts);
  if (previous && previous.language !== plan.language) {
    // Sheet and column names are in the workbook's language: another language cannot merge.
    throw new Error(
      `this workbook was loaded in ${previous.language}; refresh it in ${previous.language}, or load ${plan.language} into a new workbook`,
    );
  }
  // Ids each table had at the last load: one the sheet no longer has was deleted by the planner.
  const previousIds = (table: string, sheetKey: string): ReadonlySet<string> => {
    const written = previous?.written?.[table];
    if (written) return new Set(Object.keys(written.rows));
    return new Set(sheetKey === "figures" ? Object.keys(previous?.sourceValues ?? {}) : []);
  };

  // Read 3: the bodies, in as many syncs as their size needs.
  const located = reads.map((r) => {
    const headers = (r.header.values[0] ?? []).map(String);
    return {
      name: r.plan.name,
      rect: parseRect(r.whole.address),
      headers,
      rowBytes: estimateRowBytes(r.plan.rows, r.plan.columns.length, headers.length),
    };
  });
  const bodies = await readTables(context, located, maxBytes, sync);
  const work: TableWork[] = reads.map((r, i) => {
    const { table, added } = withPlannerColumns(r.plan, bodies[i] as ReadTable);
    const written = previousIds(r.plan.name, r.sheetKey);
    const merge = mergeTable(r.plan, table, previous?.written?.[r.plan.name], written);
    const filtered = r.filter.isDataFiltered;
    return {
      addedColumns: added,
      plan: r.plan,
      sheet: sheetOfAddress(r.whole.address),
      rect: located[i]?.rect as Rect,
      filtered,
      merge: filtered ? holdBackRows(merge) : { ...merge, heldBack: [] },
    };
  });

  // Read 4 (ExcelApi 1.18 only): which edited cells already carry their note.
  const notes = caps.notes ? plannedNotes(plan, work) : [];
  const noteItems = notes.map((n) => {
    const item = context.workbook.notes.getItemOrNullObject(n.address);
    item.load("content");
    return item;
  });
  if (notes.length > 0) await sync();

  const report: RefreshReport = {
    syncs: 0,
    batches: 0,
    payloadBytes: 0,
    cellsWritten: 0,
    sheetsAdded: [],
    tables: [],
    kept: work.flatMap((w) => w.merge.kept.map((k) => ({ ...k, table: w.plan.name }))),
    conflicts: [],
    notesWritten: 0,
  };
  const counts = await session.write(async (batcher) => {
    for (const sheet of plan.sheets) {
      const isNew = !sheetNames.has(sheet.name.toLowerCase());
      const tables = sheet.tables.filter((t) => !tableNames.has(t.name.toLowerCase()));
      const cells = isNew
        ? sheet.cells
        : sheet.cells.filter((c) => !sameCell(cellReads.get(c)?.values[0]?.[0], c.value));
      // A sheet the planner renamed keeps its tables: no empty sheet is added under the old name.
      if (tables.length === 0 && cells.length === 0) continue;
      const ws = await sheetAccessor(context, batcher, sheet.name, isNew);
      if (isNew) report.sheetsAdded.push(sheet.name);
      const parts = { tables, cells, layout: isNew };
      for (const t of await writeSheetParts(ws, sheet, parts, batcher, caps, maxBytes)) {
        report.cellsWritten += (t.rows + 1) * columnsOf(sheet, t.name);
        report.tables.push({ ...emptyTableReport(t.name), created: true, appended: t.rows });
      }
      report.cellsWritten += cells.length;
    }
    for (const w of work) {
      report.tables.push(tableReport(w));
      if (isNoOp(w.merge) && w.addedColumns.length === 0) continue;
      // Wherever the planner moved the table, write on its sheet.
      let worksheet: Excel.Worksheet | undefined;
      await batcher.add(0, () => {
        worksheet = context.workbook.tables.getItem(w.plan.name).worksheet;
      });
      const ws = (): Excel.Worksheet => worksheet as Excel.Worksheet;
      for (const name of w.addedColumns) {
        await batcher.add(jsonBytes(name), () => {
          ws().tables.getItem(w.plan.name).columns.add(undefined, undefined, name);
        });
        report.cellsWritten += 1;
      }
      report.cellsWritten += await writeTableChanges(ws, w, batcher, maxBytes);
    }
    report.notesWritten = await writeNotes(context, batcher, notes, noteItems);
    const state = stateAfter(plan.state, work, previous);
    const xml = stateXmlParts(plan.stateNamespace, state);
    if (oldParts.length !== xml.length || oldParts.some((x, i) => x !== xml[i]))
      await replaceStatePart(context, batcher, plan, parts, state);
  });

  const edits: Record<string, number> = {};
  for (const k of report.kept)
    if (k.columnKey === "value" && typeof k.planner === "number") edits[k.id] = k.planner;
  report.conflicts = checkEdits(options.figures ?? [], edits);
  report.syncs = syncs + counts.syncs;
  report.batches = counts.batches;
  report.payloadBytes = counts.payloadBytes;
  return report;
}

/**
 * The state this refresh leaves: the plan's, except that rows held back (a filtered table) are
 * not recorded as written, so they are added later instead of taken for deleted; and stale rows
 * (ids the sources dropped, left in the sheet) keep the fingerprints they were written with, so
 * the planner's changes in them are still known when the sources bring the id back.
 */
function stateAfter(
  state: WorkbookState,
  work: TableWork[],
  previous: WorkbookState | undefined,
): WorkbookState {
  if (!state.written) return state;
  const written = { ...state.written };
  for (const w of work) {
    const table = written[w.plan.name];
    const before = previous?.written?.[w.plan.name];
    if (!table) continue;
    const rows = { ...table.rows };
    for (const id of w.merge.heldBack) delete rows[id];
    const sameColumns = before?.columns.join("\u0000") === table.columns.join("\u0000");
    for (const id of w.merge.staleIds) {
      const old = before?.rows[id];
      if (sameColumns && old !== undefined) rows[id] = old;
    }
    written[w.plan.name] = { ...table, rows };
  }
  return { ...state, written };
}

function isNoOp(m: TableMerge): boolean {
  return m.updates.length === 0 && m.appended.length === 0;
}

function columnsOf(sheet: SheetPlan, table: string): number {
  return sheet.tables.find((t) => t.name === table)?.columns.length ?? 0;
}

function emptyTableReport(name: string): TableRefresh {
  return {
    name,
    created: false,
    updatedCells: 0,
    appended: 0,
    plannerRows: 0,
    plannerColumns: [],
    staleIds: [],
    deletedByPlanner: [],
    heldBack: [],
  };
}

function tableReport(w: TableWork): TableRefresh {
  return {
    name: w.plan.name,
    created: false,
    updatedCells: w.merge.updates.reduce((s, u) => s + u.cells.length, 0),
    appended: w.merge.appended.length,
    plannerRows: w.merge.plannerRows.length,
    plannerColumns: w.merge.plannerColumns,
    staleIds: w.merge.staleIds,
    deletedByPlanner: w.merge.deletedByPlanner,
    heldBack: w.merge.heldBack,
  };
}

/** Excel adds no row to a filtered table: the new rows wait for the filter to be cleared. */
function holdBackRows<M extends TableMerge>(merge: M): M & { heldBack: string[] } {
  return { ...merge, appended: [], appendedIds: [], heldBack: merge.appendedIds };
}

/** Writes a merge's updates and appended rows; returns the number of cells written. */
async function writeTableChanges(
  ws: () => Excel.Worksheet,
  w: TableWork,
  batcher: Batcher,
  maxBytes: number,
): Promise<number> {
  const bodyTop = w.rect.top + 1;
  const left = w.rect.left;
  const chunkBytes = Math.floor(maxBytes * 0.9);
  let cells = 0;
  for (const u of w.merge.updates) {
    const col = left + u.col;
    const chunks = w.filtered
      ? u.cells.map((_, i): [number, number] => [i, i + 1])
      : chunkRows(
          u.cells.map((c) => jsonBytes(c) + 3),
          chunkBytes,
        );
    for (const [a, b] of chunks) {
      const top = bodyTop + u.first + a;
      const grid = u.cells.slice(a, b).map((c) => [u.kind === "formulas" ? c : cellOut(c)]);
      const risky =
        u.kind === "values"
          ? grid.flatMap(([v], i) => (needsTextFormat(v ?? null) ? [top + i] : []))
          : [];
      await batcher.add(jsonBytes(grid) + risky.length * 24, () => {
        for (const row of risky) ws().getRange(cellAddress(row, col)).numberFormat = [[textFormat]];
        const range = ws().getRange(
          rectAddress({ top, left: col, bottom: top + b - a - 1, right: col }),
        );
        if (u.kind === "formulas") range.formulas = grid;
        else range.values = grid;
      });
      cells += b - a;
    }
  }
  const rows = w.merge.appended;
  if (rows.length === 0) return cells;
  // New rows start below the body; a table keeps one blank row when empty, which merge fills.
  const firstNew = w.rect.bottom + 1;
  const table = (): Excel.Table => ws().tables.getItem(w.plan.name);
  const kinds = w.merge.appendKinds;
  for (const [a, b] of chunkRows(
    rows.map((r) => jsonBytes(r)),
    chunkBytes,
  )) {
    const chunk = rows.slice(a, b);
    const safe = chunk.map((r) =>
      r.map((v, j) => (kinds[j] === "value" && needsTextFormat(v) ? "" : cellOut(v))),
    );
    await batcher.add(jsonBytes(safe), () => table().rows.add(undefined, safe));
    cells += chunk.length * kinds.length;
    for (let j = 0; j < kinds.length; j++) {
      const p = w.merge.columnAt.indexOf(j);
      const format = w.plan.columns[p]?.numberFormat;
      const formats = chunk.map((r) => [
        kinds[j] === "value" && needsTextFormat(r[j] ?? null) ? textFormat : format,
      ]);
      if (!formats.some(([f]) => f !== undefined)) continue;
      const top = firstNew + a;
      await batcher.add(jsonBytes(formats) + jsonBytes(chunk.map((r) => r[j])), () => {
        const range = ws().getRange(
          rectAddress({ top, left: left + j, bottom: top + chunk.length - 1, right: left + j }),
        );
        range.numberFormat = formats.map(([f]) => [f ?? "General"]);
        if (formats.some(([f]) => f === textFormat))
          range.values = chunk.map((r) => [cellOut(r[j] ?? null)]);
      });
    }
  }
  await extendConditionalFormats(ws, w, firstNew, firstNew + rows.length - 1, batcher);
  return cells;
}

/** The plan's conditional formats over the appended rows, moved to the planner's column order. */
async function extendConditionalFormats(
  ws: () => Excel.Worksheet,
  w: TableWork,
  top: number,
  bottom: number,
  batcher: Batcher,
): Promise<void> {
  const planLeft = parseCell(w.plan.topLeft).col;
  const planBodyTop = parseCell(w.plan.topLeft).row + 1;
  const move = (col: number): number => {
    const p = col - planLeft;
    const at = w.merge.columnAt[p];
    return p >= 0 && at !== undefined ? w.rect.left + at : col;
  };
  for (const cf of w.plan.conditionalFormats) {
    const r = parseRect(cf.range);
    const address = rectAddress({ top, left: move(r.left), bottom, right: move(r.right) });
    const moved = { ...cf, formula: relocateFormula(cf.formula, move, top - planBodyTop) };
    await batcher.add(jsonBytes(moved), () => addConditionalFormat(ws(), address, moved));
  }
}

interface PlannedNote {
  address: string;
  content: string;
}

/** A note with the source quote on every kept edit of a table with a quote column. */
function plannedNotes(plan: WorkbookPlan, work: TableWork[]): PlannedNote[] {
  const out: PlannedNote[] = [];
  for (const w of work) {
    const keyPos = w.plan.columns.findIndex((c) => c.key === w.plan.keyColumn);
    const quotePos = w.plan.columns.findIndex((c) => c.key === "quote");
    const sourcePos = w.plan.columns.findIndex((c) => c.key === "source");
    if (quotePos < 0) continue;
    const byId = new Map(w.plan.rows.map((r) => [String(r[keyPos]), r]));
    for (const k of w.merge.kept) {
      if (k.overFormula) continue; // the quote says nothing about a Status typed over
      const row = byId.get(k.id);
      const address = cellAddress(w.rect.top + 1 + k.row, w.rect.left + k.col);
      out.push({
        address: `'${w.sheet.replace(/'/g, "''")}'!${address}`,
        content: noteText(plan.language, {
          quote: String(row?.[quotePos] ?? ""),
          source: String(row?.[sourcePos] ?? ""),
          sourceValue: k.source,
        }),
      });
    }
  }
  return out;
}

async function writeNotes(
  context: Excel.RequestContext,
  batcher: Batcher,
  notes: PlannedNote[],
  items: Excel.Note[],
): Promise<number> {
  let written = 0;
  for (const [i, n] of notes.entries()) {
    const item = items[i];
    if (!item || (!item.isNullObject && item.content === n.content)) continue;
    written += 1;
    await batcher.add(jsonBytes(n), () => {
      if (item.isNullObject) context.workbook.notes.add(n.address, n.content);
      else item.content = n.content;
    });
  }
  return written;
}
