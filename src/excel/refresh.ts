// Refresh: load the sources again into a workbook the planner has worked in, losing nothing.
// Reads the add-in's tables back (headers, values, formulas), merges them with the new plan
// (src/excel/merge.ts) and writes only what differs, in the add-in's own columns: planner
// edits, rows, columns and their formatting stay. A second refresh with the same sources
// writes nothing. Nothing is written over a cell the add-in did not write: every target is
// checked in the reads before the first write (docs/architecture.md). Syncs: three reads (more
// only for large bodies, +1 to look under a new table on a sheet of the planner's, +1 for notes
// on ExcelApi 1.18), the write batches (+1 to check no rows moved), the state part, the restore.
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
  growRect,
  parseCell,
  parseRect,
  r1c1Formula,
  rectAddress,
  relocateFormula,
  sheetOfAddress,
  type Rect,
} from "./a1";
import { opOverheadBytes, type Batcher } from "./batch";
import {
  mergeTable,
  sameCell,
  withPlannerColumns,
  type KeptEdit,
  type ReadTable,
  type TableMerge,
} from "./merge";
import { estimateRowBytes, readTables } from "./read-back";
import { Refusal } from "./refusal";
import { bodyRowCount } from "../workbook/table";
import { cellFormat, formats } from "../workbook/colors";
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

/** A table of the workbook as the first reads found it. */
interface ExistingTable {
  name: string;
  id: string;
  sheet: string;
  /** Header and body, without the total row. */
  rect: Rect;
  headers: string[];
  showTotals: boolean;
  filtered: boolean;
}

/** Cells of one table column as they were just before a write changed them. */
interface PreImage {
  range: Excel.Range;
  /** Column in the table, 0-based. */
  col: number;
  /** First body row (as read) the range covers. */
  first: number;
  /** The ids of the rows the write hit, loaded with it: whose cells these were. */
  keys?: Excel.Range;
}

interface TableWork {
  plan: TablePlan;
  /** The table's Office.js id: found by it, wherever the planner moved or renamed the table. */
  id: string;
  /** Where the table is now (the planner may have renamed its sheet). */
  sheet: string;
  /** Header and body (a total row is left out). */
  rect: Rect;
  filtered: boolean;
  merge: TableMerge;
  /** The body as read, to put it back when the write fails midway. */
  read: ReadTable;
  /** Planner columns of the plan (Reason) the table lacks: added at its end before writing. */
  addedColumns: string[];
  /** What the cells held (formulas, number formats) just before this write changed them, loaded in the write's own batch. */
  preImages: PreImage[];
  /** The ids appended per chunk, with the batch (1-based) whose request carried them. */
  appendedChunks: { batch: number; ids: string[] }[];
  /** The key column as the write's first batch found it, to catch rows moved since the read. */
  keyCheck?: Excel.Range;
  /** The key column again after the last update, to catch rows moved between write batches. */
  keyCheckEnd?: Excel.Range;
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

  // Read 2: the stored state, where every table is and what it holds, each sheet's used range
  // and protection, and the free cells the plan writes on sheets that exist.
  // The state's parts, a few a sync so that no response passes the host's size limit.
  const oldXml: OfficeExtension.ClientResult<string>[] = [];
  const readParts = () =>
    parts.items
      .slice(oldXml.length, oldXml.length + PARTS_PER_SYNC)
      .forEach((p) => oldXml.push(p.getXml()));
  readParts();
  const tableReads = tables.items.map((t) => {
    t.load("name,id,showTotals");
    return {
      table: t,
      header: t.getHeaderRowRange().load("values,address"),
      body: t.getDataBodyRange().load("address"),
      filter: t.autoFilter.load("isDataFiltered"),
    };
  });
  const sheetReads = new Map(
    sheets.items.map((s) => [
      s.name.toLowerCase(),
      {
        used: s.getUsedRangeOrNullObject(true).load("address"),
        protection: s.protection.load("protected"),
      },
    ]),
  );
  // With the formats the write sets on them, to put back if it fails (in this same sync).
  const cellReads = new Map<CellPlan, Excel.Range>();
  for (const sheet of plan.sheets) {
    if (!sheetNames.has(sheet.name.toLowerCase())) continue;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    for (const cell of sheet.cells)
      cellReads.set(cell, ws.getRange(cell.address).load(["values", ...cellFormatPaths(cell)]));
  }
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
  const existing: ExistingTable[] = tableReads.map((r) => {
    const header = parseRect(r.header.address);
    const body = parseRect(r.body.address);
    return {
      name: r.table.name,
      id: r.table.id,
      sheet: sheetOfAddress(r.header.address),
      rect: { ...header, bottom: body.bottom },
      headers: (r.header.values[0] ?? []).map(String),
      showTotals: r.table.showTotals,
      filtered: r.filter.isDataFiltered,
    };
  });
  // The add-in's tables: by the id kept in the state part, then by name.
  const found = new Map<TablePlan, ExistingTable>();
  for (const sheet of plan.sheets) {
    for (const t of sheet.tables) {
      const id = previous?.tableIds?.[t.name];
      const hit =
        existing.find((e) => id !== undefined && e.id === id) ??
        existing.find((e) => e.name.toLowerCase() === t.name.toLowerCase());
      if (hit) found.set(t, hit);
    }
  }

  // Nothing is written over a cell the add-in did not write: every new table's rectangle must
  // be free (no other table, no value or formula), and so must a free cell on a sheet of the
  // same name in a workbook Sanaq never loaded into.
  const planned = plan.sheets.flatMap((sheet) =>
    sheet.tables.filter((t) => !found.has(t)).map((t) => ({ sheet, table: t, rect: planRect(t) })),
  );
  const probes: { sheet: string; table: string; range: Excel.Range; rect: Rect }[] = [];
  for (const p of planned) {
    const key = p.sheet.name.toLowerCase();
    if (!sheetNames.has(key)) continue;
    const inTheWay = existing.find(
      (e) => e.sheet.toLowerCase() === key && intersects(wholeRect(e), p.rect),
    );
    if (inTheWay)
      throw new Refusal("tableInTheWay", {
        sheet: p.sheet.name,
        range: inTheWay.name,
        table: p.table.name,
      });
    const used = sheetReads.get(key)?.used;
    if (!used || used.isNullObject) continue;
    const overlap = intersection(parseRect(used.address), p.rect);
    if (!overlap) continue;
    const range = context.workbook.worksheets
      .getItem(p.sheet.name)
      .getRange(rectAddress(overlap))
      .load("values,formulas");
    probes.push({ sheet: p.sheet.name, table: p.table.name, range, rect: overlap });
  }
  if (!previous) {
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells) {
        const read = cellReads.get(cell);
        const now = read?.values[0]?.[0];
        if (read && !isBlank(now) && !sameCell(now, cell.value))
          throw new Refusal("clash", { sheet: sheet.name, range: cell.address, table: "" });
      }
    }
  }
  if (probes.length > 0) {
    await sync();
    for (const p of probes) {
      const taken = usedRect(p.range.values, p.range.formulas, p.rect);
      if (taken)
        throw new Refusal("clash", { sheet: p.sheet, range: rectAddress(taken), table: p.table });
    }
  }

  // Read 3: the bodies of the add-in's tables, in as many syncs as their size needs.
  const reads = [...found.entries()].map(([t, e]) => ({
    plan: t,
    sheetKey: plan.sheets.find((s) => s.tables.includes(t))?.key ?? "",
    existing: e,
  }));
  const located = reads.map((r) => ({
    name: r.existing.id,
    rect: r.existing.rect,
    headers: r.existing.headers,
    rowBytes: estimateRowBytes(r.plan.rows, r.plan.columns.length, r.existing.headers.length),
  }));
  const bodies = await readTables(context, located, maxBytes, sync);
  // Rows inserted or deleted between the reads: nothing is written, the planner refreshes again.
  for (const [i, b] of bodies.entries()) {
    const r = reads[i];
    if (b.moved && r)
      throw new Refusal("moved", { sheet: r.existing.sheet, range: "", table: r.plan.name });
  }
  const work: TableWork[] = reads.map((r, i) => {
    const read = bodies[i] as ReadTable;
    const { table, added } = withPlannerColumns(r.plan, read);
    const written = previousIds(r.plan.name, r.sheetKey);
    const merge = mergeTable(r.plan, table, previous?.written?.[r.plan.name], written);
    return {
      addedColumns: added,
      plan: r.plan,
      id: r.existing.id,
      sheet: r.existing.sheet,
      rect: r.existing.rect,
      filtered: r.existing.filtered,
      read,
      preImages: [],
      appendedChunks: [],
      merge,
    };
  });

  // Refused before the first write: a protected sheet or a filtered table it would change.
  const writesOn = new Set<string>();
  for (const p of planned) writesOn.add(p.sheet.name.toLowerCase());
  for (const sheet of plan.sheets)
    if (sheet.cells.some((c) => !sameCell(cellReads.get(c)?.values[0]?.[0], c.value)))
      writesOn.add(sheet.name.toLowerCase());
  for (const w of work) {
    if (isNoOp(w.merge) && w.addedColumns.length === 0) continue;
    writesOn.add(w.sheet.toLowerCase());
    // Cells of a filtered table are written row by row; Excel adds no row to one (rows.add
    // fails with FilteredRangeConflict, OfficeDev/office-js#994), so new rows need it cleared.
    if (w.filtered && w.merge.appended.length > 0)
      throw new Refusal("filtered", { sheet: w.sheet, range: "", table: w.plan.name });
  }
  for (const s of sheets.items) {
    if (
      writesOn.has(s.name.toLowerCase()) &&
      sheetReads.get(s.name.toLowerCase())?.protection.protected
    )
      throw new Refusal("protected", { sheet: s.name, range: "", table: "" });
  }

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
  const tableIds: Record<string, string> = Object.fromEntries(work.map((w) => [w.plan.name, w.id]));
  const created: { name: string; id: () => string }[] = [];
  const counts = await session.write(async (batcher, onFailure) => {
    for (const sheet of plan.sheets) {
      const isNew = !sheetNames.has(sheet.name.toLowerCase());
      const tables = sheet.tables.filter((t) => !found.has(t));
      const cells = isNew
        ? sheet.cells
        : sheet.cells.filter((c) => !sameCell(cellReads.get(c)?.values[0]?.[0], c.value));
      // A sheet the planner renamed keeps its tables: no empty sheet is added under the old name.
      if (tables.length === 0 && cells.length === 0) continue;
      const ws = await sheetAccessor(context, batcher, sheet.name, isNew);
      if (isNew) {
        report.sheetsAdded.push(sheet.name);
        onFailure(() => context.workbook.worksheets.getItem(sheet.name).delete());
      } else {
        onFailure(() => undoOnSheet(context, sheet.name, tables, cells, cellReads));
      }
      const parts = { tables, cells, layout: isNew };
      for (const t of await writeSheetParts(ws, sheet, parts, batcher, caps, maxBytes)) {
        report.cellsWritten += (t.rows + 1) * columnsOf(sheet, t.name);
        report.tables.push({ ...emptyTableReport(t.name), created: true, appended: t.rows });
        created.push(t);
      }
      report.cellsWritten += cells.length;
    }
    for (const w of work) {
      report.tables.push(tableReport(w));
      if (isNoOp(w.merge) && w.addedColumns.length === 0) continue;
      onFailure(() => undoTable(context, w, batcher.syncs));
      // Wherever the planner moved the table, write on its sheet.
      let worksheet: Excel.Worksheet | undefined;
      await batcher.add(0, () => {
        worksheet = context.workbook.tables.getItem(w.id).worksheet;
      });
      const ws = (): Excel.Worksheet => worksheet as Excel.Worksheet;
      for (const name of w.addedColumns) {
        await batcher.add(jsonBytes(name), () => {
          context.workbook.tables.getItem(w.id).columns.add(undefined, undefined, name);
        });
        report.cellsWritten += 1;
      }
      report.cellsWritten += await writeTableChanges(ws, w, batcher, maxBytes);
    }
    // Someone may have sorted, inserted or deleted rows since the read: the writes (placed
    // relative to each table) would then have hit other rows. Checked once they are sent;
    // a failure here undoes them from what the cells held just before.
    if (work.some((w) => w.keyCheck)) {
      await batcher.flush();
      for (const w of work) assertUnmoved(w);
    }
    report.notesWritten = await writeNotes(context, batcher, notes, noteItems, onFailure);
    // New tables' ids exist once their batch is synced: the state part goes in after it.
    if (created.length > 0) await batcher.flush();
    for (const t of created) tableIds[t.name] = t.id();
    const state = { ...stateAfter(plan.state, work, previous), tableIds };
    const xml = stateXmlParts(plan.stateNamespace, state);
    if (oldParts.length !== xml.length || oldParts.some((x, i) => x !== xml[i])) {
      onFailure(() => restoreStateParts(context, plan.stateNamespace, oldParts));
      await replaceStatePart(context, batcher, { ...plan, state }, parts);
    }
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

/** Throws when the table's key column no longer reads as it did: rows moved since the read. */
function assertUnmoved(w: TableWork): void {
  const keyCol = w.merge.columnAt[w.plan.columns.findIndex((c) => c.key === w.plan.keyColumn)];
  const then = w.read.values.map((r) => norm(r[keyCol ?? 0]));
  // After the write, the ids it gave blank rows (a planner's empty row filled) are expected.
  const after = [...then];
  for (const u of w.merge.updates)
    if (u.col === keyCol) u.cells.forEach((c, k) => (after[u.first + k] = norm(c)));
  for (const [check, expected] of [
    [w.keyCheck, then],
    [w.keyCheckEnd, after],
  ] as const) {
    if (!check) continue;
    const now = check.values.map((r) => norm(r[0]));
    if (now.some((v, i) => v !== expected[i]))
      throw new Refusal("moved", { sheet: w.sheet, range: "", table: w.plan.name });
  }
}

const norm = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Header and body of a new table as the plan places it. */
function planRect(t: TablePlan): Rect {
  const origin = parseCell(t.topLeft);
  return {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + bodyRowCount(t),
    right: origin.col + t.columns.length - 1,
  };
}

/** An existing table's full rectangle, with its total row. */
function wholeRect(e: ExistingTable): Rect {
  return e.showTotals ? { ...e.rect, bottom: e.rect.bottom + 1 } : e.rect;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

function isBlank(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** The bounding rectangle of the cells holding a value or formula, or undefined when all are empty. */
function usedRect(values: unknown[][], formulas: unknown[][], at: Rect): Rect | undefined {
  let out: Rect | undefined;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (isBlank(v) && isBlank(formulas[i]?.[j])) return;
      out = growRect(out, at.top + i, at.left + j);
    }),
  );
  return out;
}

/** After a failed write on a sheet that existed: its new tables and cells go, its old cells come back. */
function undoOnSheet(
  context: Excel.RequestContext,
  sheet: string,
  tables: TablePlan[],
  cells: CellPlan[],
  reads: Map<CellPlan, Excel.Range>,
): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  // The rectangles were checked empty before the write: clearing them removes only ours.
  for (const t of tables) ws.getRange(rectAddress(planRect(t))).clear();
  for (const c of cells) {
    const read = reads.get(c);
    const range = ws.getRange(c.address);
    // The format first: a text format ("@") the write set would keep a formula from coming back.
    range.numberFormat = [[String(read?.numberFormat[0]?.[0] ?? "General")]];
    range.formulas = [[(read?.formulas[0]?.[0] ?? "") as string | number | boolean]];
    if (read) restoreCellFormat(range, c, read.format);
  }
}

/**
 * What a free cell's read loads: its content, and the formats writeCells sets on it (ExcelApi
 * 1.1, tintAndShade 1.9). Fill color reads "#FFFFFF" for No Fill as for white; tintAndShade is
 * null only for No Fill (OfficeDev/office-js#6218, #4900).
 */
function cellFormatPaths(c: CellPlan): string[] {
  return [
    "formulas",
    "numberFormat",
    ...(c.bold !== undefined ? ["format/font/bold"] : []),
    ...(c.fontColor !== undefined ? ["format/font/color"] : []),
    ...(c.fill !== undefined ? ["format/fill/color", "format/fill/tintAndShade"] : []),
    ...(c.wrap ? ["format/wrapText"] : []),
  ];
}

/** Puts back the formats of cellFormatPaths as they were read; No Fill by clear() (setting "#FFFFFF" would fill it white). */
function restoreCellFormat(range: Excel.Range, c: CellPlan, before: Excel.RangeFormat): void {
  if (c.bold !== undefined) range.format.font.bold = before.font.bold;
  if (c.fontColor !== undefined) range.format.font.color = before.font.color;
  if (c.fill !== undefined) {
    if (before.fill.tintAndShade === null) range.format.fill.clear();
    else range.format.fill.color = before.fill.color;
  }
  if (c.wrap) range.format.wrapText = before.wrapText;
}

/** After a failed write into one of the add-in's tables: rows and columns it added go, cells it changed come back. */
async function undoTable(
  context: Excel.RequestContext,
  w: TableWork,
  /** Batches sent when the write failed: the last may have failed midway, the earlier ran whole. */
  sent: number,
): Promise<void> {
  const table = context.workbook.tables.getItem(w.id);
  const body = table.getDataBodyRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const keyCol = w.merge.columnAt[w.plan.columns.findIndex((c) => c.key === w.plan.keyColumn)];
  const keys =
    keyCol !== undefined ? table.getDataBodyRange().getColumn(keyCol).load("values") : undefined;
  await context.sync();
  const now = parseRect(body.address);
  const ws = table.worksheet;
  // The rows this write appended: among the rows the table grew by, those carrying its new ids,
  // wherever rows inserted by someone else since the read have moved them; a row a planner
  // typed below the table meanwhile is not one of them. An id that looks like a number is
  // written just after its row, in the same request: only the chunk of the request that failed
  // can have left rows without an id, at the bottom.
  const ours = new Set(w.merge.appendedIds);
  const column = (keys?.values ?? []).map((r) => norm(r[0]));
  const grown = Math.max(0, column.length - w.read.values.length);
  const byId = column.flatMap((id, i) => (i >= column.length - grown && ours.has(id) ? [i] : []));
  const found = new Set(byId.map((i) => column[i]));
  let blanks = w.appendedChunks
    .filter((c) => c.batch === sent)
    .reduce((n, c) => n + c.ids.filter((id) => !found.has(id)).length, 0);
  const taken = new Set(byId);
  for (let i = column.length - 1; i >= column.length - grown && blanks > 0; i--) {
    if (column[i] !== "") break;
    taken.add(i);
    blanks -= 1;
  }
  // Bottom up, so each delete leaves the rows above where they were.
  for (const i of [...taken].sort((a, b) => b - a))
    ws.getRange(rectAddress({ ...now, top: now.top + i, bottom: now.top + i })).delete("Up");
  const names = (header.values[0] ?? []).map(String);
  const removed = w.addedColumns.filter((name) => names.includes(name));
  for (const name of removed) table.columns.getItem(name).delete();
  // Put back what the cells held just before the write (loaded in its own batch) in the rows
  // that hold the same ids now: rows someone inserted since have moved them. A pre-image whose
  // batch never ran was never overwritten. Number formats first: a text format ("@") left on
  // would turn a restored formula into text.
  const rowOf = new Map(column.map((id, i) => [id, i]));
  const width = names.length - removed.length;
  for (const before of w.preImages) {
    let formulas: unknown[][];
    let numberFormat: unknown[][];
    let ids: string[];
    try {
      formulas = before.range.formulas;
      numberFormat = before.range.numberFormat;
      ids = (before.keys?.values ?? []).map((r) => norm(r[0]));
    } catch {
      continue;
    }
    if (before.col >= width) continue; // a column this write added, deleted above
    const cell = (row: number): Excel.Range => table.getDataBodyRange().getCell(row, before.col);
    // A row without an id (a blank row the write filled) is found where it was.
    const rows = formulas.map((_, k) => (ids[k] ? rowOf.get(ids[k] ?? "") : before.first + k));
    if (rows.every((r, k) => r === before.first + k)) {
      const range = cell(before.first).getResizedRange(formulas.length - 1, 0);
      range.numberFormat = numberFormat as string[][];
      range.formulas = formulas as string[][];
      continue;
    }
    rows.forEach((r, k) => {
      if (r === undefined) return;
      const range = cell(r);
      range.numberFormat = [numberFormat[k] as string[]];
      range.formulas = [formulas[k] as string[]];
    });
  }
}

/**
 * The state this refresh leaves: the plan's, except that stale rows (ids the sources dropped,
 * left in the sheet) keep the fingerprints they were written with, so the planner's changes in
 * them are still known when the sources bring the id back.
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
    if (!table || !before || before.columns.join("|") !== table.columns.join("|")) continue;
    const rows = { ...table.rows };
    for (const id of w.merge.staleIds) {
      const old = before.rows[id];
      if (old !== undefined) rows[id] = old;
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
  };
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
  // Placed relative to the table's header, not by sheet address: rows or columns inserted
  // above or left of the table since the read move the writes with it.
  const place = (r: Rect): Excel.Range =>
    ws()
      .tables.getItem(w.id)
      .getHeaderRowRange()
      .getCell(r.top - w.rect.top, r.left - w.rect.left)
      .getResizedRange(r.bottom - r.top, r.right - r.left);
  const keyCol = w.merge.columnAt[w.plan.columns.findIndex((c) => c.key === w.plan.keyColumn)];
  const readRows = w.read.values.length;
  const keyColumn = (): Excel.Range | undefined =>
    keyCol === undefined || readRows === 0
      ? undefined
      : place({
          top: bodyTop,
          left: left + keyCol,
          bottom: bodyTop + readRows - 1,
          right: left + keyCol,
        }).load("values");
  await batcher.add(0, () => (w.keyCheck = keyColumn()));
  for (const u of w.merge.updates) {
    const col = left + u.col;
    // A count that gains or loses decimals gets its cell's format with it (no "294.").
    const countColumn =
      u.kind === "values" &&
      w.plan.columns[w.merge.columnAt.indexOf(u.col)]?.numberFormat === formats.count;
    // A filtered table takes no multi-row write across its hidden rows (FilteredRangeConflict;
    // writes into filtered ranges misplace data, OfficeDev/office-js#224): one row at a time.
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
      await batcher.add(jsonBytes(grid) * 2 + risky.length * 24, () => {
        const rect = { top, left: col, bottom: top + b - a - 1, right: col };
        w.preImages.push({
          range: place(rect).load("formulas,numberFormat"),
          col: u.col,
          first: u.first + a,
          keys:
            keyCol === undefined
              ? undefined
              : place({ ...rect, left: left + keyCol, right: left + keyCol }).load("values"),
        });
        for (const row of risky)
          place({ top: row, left: col, bottom: row, right: col }).numberFormat = [[textFormat]];
        const range = place(rect);
        if (countColumn)
          range.numberFormat = grid.map(([v]) => [
            needsTextFormat(v ?? null) ? textFormat : (cellFormat(formats.count, v) ?? "General"),
          ]);
        if (u.kind === "formulas") range.formulas = grid;
        else range.values = grid;
      });
      cells += b - a;
    }
  }
  // Updates may span several batches: rows moved between two of them show here.
  if (w.merge.updates.length > 0) await batcher.add(0, () => (w.keyCheckEnd = keyColumn()));
  const rows = w.merge.appended;
  if (rows.length === 0) return cells;
  // New rows start below the body; a table keeps one blank row when empty, which merge fills.
  const firstNew = w.rect.bottom + 1;
  const table = (): Excel.Table => ws().tables.getItem(w.id);
  // The rows just appended are the table's last: their formats and highlights are placed from
  // the body's last row, resolved when Excel runs them, so rows someone inserts above or inside
  // the table between two syncs cannot shift them onto other rows.
  const lastRows = (count: number, col: number): Excel.Range =>
    table()
      .getDataBodyRange()
      .getLastRow()
      .getCell(0, col)
      .getOffsetRange(1 - count, 0)
      .getResizedRange(count - 1, 0);
  const kinds = w.merge.appendKinds;
  const highlights = conditionalFormatsOf(w);
  const highlightBytes = highlights.reduce((n, h) => n + h.bytes, 0);
  // A row weighs itself (rows.add), its formats and its text values written again.
  const rowBytes = rows.map((r) => jsonBytes(r) * 2 + kinds.length * 12);
  for (const [a, b] of chunkRows(rowBytes, Math.max(1, chunkBytes - highlightBytes))) {
    const chunk = rows.slice(a, b);
    const safe = chunk.map((r) =>
      r.map((v, j) => (kinds[j] === "value" && needsTextFormat(v) ? "" : cellOut(v))),
    );
    const columns: { col: number; formats: (string | undefined)[]; text: boolean }[] = [];
    for (let j = 0; j < kinds.length; j++) {
      const p = w.merge.columnAt.indexOf(j);
      const format = w.plan.columns[p]?.numberFormat;
      const formats = chunk.map((r) =>
        kinds[j] === "value" && needsTextFormat(r[j] ?? null)
          ? textFormat
          : cellFormat(format, r[j]),
      );
      if (formats.some((f) => f !== undefined))
        columns.push({ col: j, formats, text: formats.includes(textFormat) });
    }
    // The ids first: a request failing after rows.add leaves as few rows as it can without one.
    columns.sort((x, y) => Number(y.col === keyCol) - Number(x.col === keyCol));
    const bytes =
      jsonBytes(safe) +
      columns.reduce(
        (n, c) => n + jsonBytes(c.formats) + jsonBytes(chunk.map((r) => r[c.col])),
        0,
      ) +
      columns.length * 2 * opOverheadBytes +
      highlightBytes;
    // One block, so one request: the rows, their formats, text values and highlights go
    // together, and a row a planner types below the table between two syncs can never be taken
    // for one of these last rows (Excel runs a request whole, never during a cell edit:
    // RunOptions.delayForCellEdit, https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
    await batcher.add(bytes, () => {
      w.appendedChunks.push({ batch: batcher.batches, ids: w.merge.appendedIds.slice(a, b) });
      table().rows.add(undefined, safe);
      for (const c of columns) {
        const range = lastRows(chunk.length, c.col);
        range.numberFormat = c.formats.map((f) => [f ?? "General"]);
        if (c.text) range.values = chunk.map((r) => [cellOut(r[c.col] ?? null)]);
      }
      for (const h of highlights) h.add(firstNew + a, chunk.length, lastRows);
    });
    cells += chunk.length * kinds.length;
  }
  return cells;
}

interface Highlight {
  bytes: number;
  /** Queues the highlight over the `count` rows just appended, the first at sheet row `top` as read. */
  add: (top: number, count: number, lastRows: (count: number, col: number) => Excel.Range) => void;
}

/**
 * The plan's conditional formats for appended rows, moved to the planner's column order; each
 * formula in R1C1 form, which means the same wherever Excel finds the rows.
 */
function conditionalFormatsOf(w: TableWork): Highlight[] {
  const planLeft = parseCell(w.plan.topLeft).col;
  const planBodyTop = parseCell(w.plan.topLeft).row + 1;
  const move = (col: number): number => {
    const p = col - planLeft;
    const at = w.merge.columnAt[p];
    return p >= 0 && at !== undefined ? w.rect.left + at : col;
  };
  return w.plan.conditionalFormats.map((cf) => {
    const r = parseRect(cf.range);
    const [first, last] = [move(r.left), move(r.right)];
    return {
      bytes: jsonBytes(cf) + opOverheadBytes,
      add: (top, count, lastRows) => {
        const moved = { ...cf, formula: relocateFormula(cf.formula, move, top - planBodyTop) };
        addConditionalFormat(
          lastRows(count, first - w.rect.left).getResizedRange(0, last - first),
          moved,
          r1c1Formula(moved.formula, top, first),
        );
      },
    };
  });
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

/**
 * After a failed write that reached the state part: the namespace holds the parts it held
 * before (a part deleted and its successor not added would lose every table's id and fingerprints).
 */
async function restoreStateParts(
  context: Excel.RequestContext,
  namespace: string,
  xml: string[],
): Promise<void> {
  const now = context.workbook.customXmlParts.getByNamespace(namespace).load("items/id");
  await context.sync();
  for (const part of now.items) part.delete();
  for (const x of xml) context.workbook.customXmlParts.add(x);
}

async function writeNotes(
  context: Excel.RequestContext,
  batcher: Batcher,
  notes: PlannedNote[],
  items: Excel.Note[],
  onFailure: (undo: () => Promise<void>) => void,
): Promise<number> {
  let written = 0;
  for (const [i, n] of notes.entries()) {
    const item = items[i];
    if (!item || (!item.isNullObject && item.content === n.content)) continue;
    written += 1;
    const before = item.isNullObject ? undefined : item.content;
    // A failed write takes its note out, or puts the old text back.
    onFailure(async () => {
      const now = context.workbook.notes.getItemOrNullObject(n.address);
      now.load("content");
      await context.sync();
      if (now.isNullObject) return;
      if (before === undefined) now.delete();
      else now.content = before;
    });
    await batcher.add(jsonBytes(n), () => {
      if (item.isNullObject) context.workbook.notes.add(n.address, n.content);
      else item.content = n.content;
    });
  }
  return written;
}
