// A strict recording fake of the part of the Office.js Excel object model that src/excel uses.
//
// API (kept stable for other tests; see tests/excel/fake-excel.test.ts for each rule):
//   new FakeExcel(sheetNames?, { apiLevel? })  a workbook; apiLevel is the ExcelApi 1.<minor>
//                        the host supports (14 = Office 2021, 17 = Office 2024, LATEST_LEVEL).
//   .context             an Excel.RequestContext; .run(options?, batch) is Excel.run;
//   .isSetSupported      Office.context.requirements.isSetSupported for that level.
//   state:    sheets, tables, xmlParts, notes, calculationMode, enableEvents, selection,
//             activeSheet, selected, ops, syncs, syncBytes, responseBytes
//   reads:    sheet(name), table(name), cell(sheet, "A1"), tableGrid(name, "values"|"formulas")
//   planner:  addSheet, type(sheet, "A1", v, format?), resizeTable, renameSheet, renameTable,
//             insertColumn, insertRows, deleteRows, sortTable, filterTable, clearFilter,
//             setTotals, protect
//   timing:   onSync(n, action) runs a planner action just before sync n is applied (someone
//             else editing between two syncs); failOn(op) makes an operation fail at its sync.
//
// Rules it holds the code to, as real Excel does:
// - Every member is tagged with its requirement set, read mechanically from @types/office-js
//   (api-sets.generated.ts, made by scripts/api-sets.mjs). Touching a member above apiLevel
//   throws ApiNotFound synchronously, as Office.js's CommonUtility.throwIfApiNotSupported does
//   (node_modules/@microsoft/office-js/dist/excel-win32-16.01.debug.js; the message is
//   L_ApiNotFoundDetails of dist/en-us/office_strings.js). Parameter rules of the reference
//   are checked too: rows.add of several rows needs 1.4, alwaysInsert 1.15
//   (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1));
//   columns.add with a name or without an index 1.4
//   (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
// - Lazy: property sets and method calls are queued and applied at context.sync(), in queue
//   order with the loads (a load queued after a write sees the write); a loaded property can
//   be read only after its sync.
// - Not transactional: an operation that fails at sync aborts the rest of its batch, and the
//   operations before it stay applied
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
// - Tables: a total row (Table.showTotals) is part of getRange() but not of getDataBodyRange();
//   rows.add inserts above it and shifts the cells below the table down. A filtered table
//   (autoFilter.isDataFiltered) hides rows; multi-row writes over hidden rows and rows.add fail
//   with FilteredRangeConflict (Excel.ErrorCodes; writes into filtered ranges misplace data,
//   OfficeDev/office-js#224, and row operations fail, OfficeDev/office-js#994).
// - Range.formulas of a calculated table column come back in Excel's display form:
//   tbl[[#This Row],[Col]] as [@Col] and tbl[Col] as [Col] inside tbl's own body (the file
//   form is presentation-independent; Excel shows and returns the short form: see
//   ClosedXML/ClosedXML#2251, JanKallman/EPPlus#521).
// - A protected sheet refuses every write with AccessDenied (the code Excel's services give a
//   write to locked cells: microsoftgraph/microsoft-graph-docs#4546; and protection calls:
//   OfficeDev/office-js#6784). Conservative: the fake refuses formats too, which Excel may allow
//   when the protection options do; Sanaq refuses a protected sheet before writing anyway.
// - TableCollection.getItem takes a name or an id ("Gets a table by name or ID":
//   https://learn.microsoft.com/javascript/api/excel/excel.tablecollection). Sheet and table
//   names are case-insensitive, as in Excel's own name box; no Office.js page says so for the
//   API, so the fake takes the stricter side: a name that differs only in case is taken.
// - Formats move with their cells, and requests and responses above 5 MB fail: see the
//   sections at the end of this file, each with its sources.
import { growRect, parseRect, rectAddress, type Rect } from "../../src/excel/a1";
import { mapOutsideStrings } from "../../src/workbook/formula-form";
import { apiSets } from "./api-sets.generated";

export type Cell = {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  /** RangeFont.bold and RangeFont.color set on the cell (unset: not bold, "#000000"). */
  bold?: boolean;
  fontColor?: string;
};

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula: string;
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, Cell>;
  conditionalFormats: FakeConditionalFormat[];
  /** Column width in points by 0-based column. */
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string;
  merged: string[];
  /** Fill colours by the range they were set on, latest last (see setLayer); no entry: No Fill. */
  fills: Map<string, string>;
  hiddenColumns: Set<number>;
  /** Rows (0-based) hidden by a table's filter. */
  hiddenRows: Set<number>;
  protected: boolean;
  /** Row height in points by 0-based row (RangeFormat.rowHeight). */
  rowHeights: Map<number, number>;
  /** Vertical alignment set on ranges, by address (RangeFormat.verticalAlignment). */
  verticalAlignment: Map<string, string>;
  /** Wrap set on ranges, by address, latest last (RangeFormat.wrapText; see setLayer). */
  wrapped: Map<string, boolean>;
  /** What Worksheet.pageLayout was given (ExcelApi 1.9). */
  pageLayout: FakePageSetup;
}

export interface FakePageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printArea?: string;
  margins?: { unit: string; options: Excel.PageLayoutMarginOptions };
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: string;
  /** Header, body and (when showTotals) the total row. */
  rect: Rect;
  style: string;
  showTotals: boolean;
  filtered: boolean;
}

export interface RecordedOp {
  sync: number;
  kind: string;
  target: string;
  bytes: number;
  /** Value of Application.calculationMode / runtime.enableEvents when the op was applied. */
  calculationMode: string;
  eventsEnabled: boolean;
  calcSuspended: boolean;
  screenSuspended: boolean;
}

interface Pending {
  kind: string;
  target: string;
  args: unknown;
  apply: () => unknown;
  load: boolean;
}

/** The error Office.js rejects with: OfficeExtension.Error's code, message and debugInfo. */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation?: string } = {},
    readonly httpStatusCode = 400,
  ) {
    super(message);
  }
}

const officeError = (code: string, detail: string): OfficeError =>
  new OfficeError(code, `${code}: ${detail}`);

/** The highest ExcelApi minor version the d.ts names. */
export const LATEST_LEVEL = Math.max(
  ...Object.values(apiSets)
    .filter((s) => s.set === "ExcelApi")
    .map((s) => Number(s.version.split(".")[1])),
);

/** Office 2021 (ExcelApi 1.14), Office 2024 (1.17) and Microsoft 365 (the latest). */
export const HOST_LEVELS = [
  { host: "Office 2021", level: 14 },
  { host: "Office 2024", level: 17 },
  { host: "Microsoft 365", level: LATEST_LEVEL },
] as const;

/** Members of OfficeExtension's base classes, in every set (not in the Excel d.ts types). */
export const BASE_MEMBERS = new Set(["sync", "isNullObject", "load", "context", "toJSON"]);

/** The fake's own plumbing: not Office.js members, never gated. */
export const INTERNAL_MEMBERS = new Set([
  "x",
  "loaded",
  "where",
  "state",
  "sheetName",
  "target",
  "setGrid",
  "get$",
  "namespace",
  "find",
  "addresses",
  "isNull",
  "constructor",
  "then",
]);

const minor = (version: string): number => Number(version.split(".")[1]);
const key = (r: number, c: number): string => `${r},${c}`;
const OP_OVERHEAD = 40; // object path + action id per queued action in the real request JSON

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  xmlParts: { id: string; namespace: string; xml: string }[] = [];
  notes: { sheet: string; address: string; content: string }[] = [];
  calculationMode = "Automatic";
  enableEvents = true;
  calculateCalls: string[] = [];
  /** The planner's selection, as Excel reports it to getSelectedRange(). */
  selection: { sheet: string; address: string } = { sheet: "Sheet1", address: "A1" };
  activeSheet = "Sheet1";
  /** Addresses last selected by the add-in (Range.select or RangeAreas.select). */
  selected: string[] = [];
  changeHandlers: { table: string; handler: () => unknown; removed: boolean }[] = [];
  ops: RecordedOp[] = [];
  syncs = 0;
  syncBytes: number[] = [];
  /** JSON bytes of the loaded data each sync returned. */
  responseBytes: number[] = [];
  /** Throw at sync when this returns true for a queued operation. */
  failOn?: (op: { kind: string; target: string }) => boolean;
  /** Request and response limit of a sync (Excel on the web's 5 MB; Infinity for a desktop host). */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** ExcelApi 1.<apiLevel> is the highest set this host supports. */
  apiLevel: number;
  /** Members touched, with the set that allowed them ("Range.select" -> "1.1"). */
  used = new Map<string, string>();
  private pending: Pending[] = [];
  private beforeSync = new Map<number, (() => void)[]>();
  private calcSuspended = false;
  private screenSuspended = false;
  private nextTableId = 1;
  private nextPartId = 1;

  constructor(sheetNames: string[] = ["Sheet1"], options: { apiLevel?: number } = {}) {
    for (const n of sheetNames) this.sheets.push(newSheet(n));
    this.apiLevel = options.apiLevel ?? LATEST_LEVEL;
  }

  get context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  /** Office.context.requirements.isSetSupported of this host. */
  isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && minor(version) <= this.apiLevel;

  /** Excel.run(batch) or Excel.run(options, batch); the options' members are gated too. */
  run = async <T>(
    a: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>),
    b?: (c: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as (c: Excel.RequestContext) => Promise<T>;
    if (typeof a !== "function" && a !== undefined && !(a instanceof FakeContext)) {
      for (const k of Object.keys(a)) this.requireApi("RunOptions", k, "read");
      this.runOptions.push(a);
    }
    return batch(this.context);
  };
  /** Options of every Excel.run. */
  runOptions: Excel.RunOptions[] = [];

  /** Throws ApiNotFound when `type.member` is above the host's level (no-op for plumbing). */
  requireApi(type: string, member: string, access: "read" | "write"): void {
    if (INTERNAL_MEMBERS.has(member) || BASE_MEMBERS.has(member)) return;
    const entry = apiSets[`${type}.${member}`];
    if (!entry) return;
    const version = access === "write" ? (entry.write ?? entry.version) : entry.version;
    this.requireSet(`${type}.${member}`, entry.set, version);
  }

  /** Throws ApiNotFound when `name` needs a set above the host's level. */
  requireSet(name: string, set: string, version: string): void {
    if (!this.isSetSupported(set, version)) {
      // L_ApiNotFoundDetails, dist/en-us/office_strings.js of @microsoft/office-js.
      throw new OfficeError(
        "ApiNotFound",
        `The method or property ${name} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
        { errorLocation: name },
        404,
      );
    }
    const before = this.used.get(name);
    if (!before || minor(version) > minor(before)) this.used.set(name, version);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw officeError("ItemNotFound", `worksheet "${name}"`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw officeError("ItemNotFound", `table "${name}"`);
    return t;
  }

  /** By name or id, as TableCollection.getItem. */
  tableByKey(k: string): FakeTable | undefined {
    return this.tables.find((x) => x.id === k || x.name.toLowerCase() === k.toLowerCase());
  }

  cell(sheet: string, address: string): Cell {
    const r = parseRect(address);
    return (
      this.sheet(sheet).cells.get(key(r.top, r.left)) ?? { value: "", numberFormat: "General" }
    );
  }

  /** Body rows of a table: header + 1 .. the row above the total row. */
  bodyRect(t: FakeTable): Rect {
    return { ...t.rect, top: t.rect.top + 1, bottom: t.rect.bottom - (t.showTotals ? 1 : 0) };
  }

  /**
   * Values of a table (header first, total row last when shown) as Excel would return them;
   * "stored" gives the formulas as the file keeps them (the writer's own text), not Excel's
   * display form.
   */
  tableGrid(name: string, prop: "values" | "formulas" | "stored" = "values"): unknown[][] {
    const t = this.table(name);
    if (prop !== "stored") return this.readGrid(t.sheet, t.rect, prop);
    const s = this.sheet(t.sheet);
    const out: unknown[][] = [];
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const cell = s.cells.get(key(r, c));
        row.push(cell?.formula ?? cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }

  /** A planner typing into a cell: "=..." becomes a formula unless the cell is text ("@"). */
  type(sheet: string, address: string, value: string | number, numberFormat?: string): void {
    const r = parseRect(address);
    if (numberFormat !== undefined) this.store(sheet, r, [[numberFormat]], "numberFormat");
    this.store(sheet, r, [[value]], "values");
  }

  /** A planner formatting one cell (Home > Fill Color, Bold, Font Color, Wrap Text); fill null is No Fill. */
  formatCell(
    sheet: string,
    address: string,
    f: { fill?: string | null; bold?: boolean; fontColor?: string; wrap?: boolean },
  ): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    if (f.fill !== undefined) setLayer(s.fills, r, f.fill ?? undefined);
    if (f.wrap !== undefined) setLayer(s.wrapped, r, f.wrap);
    setFont(s, r, f);
  }

  /** A planner resizing a table (adding columns on the right or rows at the bottom, or deleting the last rows). */
  resizeTable(name: string, more: { columns?: number; rows?: number }): void {
    const t = this.table(name);
    const bottom = t.rect.bottom + (more.rows ?? 0);
    if ((more.rows ?? 0) < 0) {
      const s = this.sheet(t.sheet);
      for (let r = bottom + 1; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) s.cells.delete(key(r, c));
    }
    t.rect = { ...t.rect, right: t.rect.right + (more.columns ?? 0), bottom };
  }

  /** A planner adding a sheet of their own. */
  addSheet(name: string): FakeSheet {
    const s = newSheet(name);
    this.sheets.push(s);
    return s;
  }

  /** A planner renaming a sheet: its tables go with it. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    for (const t of this.tables) if (t.sheet === s.name) t.sheet = to;
    if (this.activeSheet === s.name) this.activeSheet = to;
    s.name = to;
  }

  /** A planner renaming a table (Table Design > Table Name); its id stays. */
  renameTable(from: string, to: string): void {
    this.table(from).name = to;
  }

  /** A planner inserting a sheet column before `col` (0-based): cells and tables to its right move. */
  insertColumn(sheet: string, col: number): void {
    const s = this.sheet(sheet);
    const moved = new Map<string, Cell>();
    for (const [k, cell] of s.cells) {
      const [r = 0, c = 0] = k.split(",").map(Number);
      moved.set(key(r, c >= col ? c + 1 : c), cell);
    }
    s.cells = moved;
    for (const t of this.tables.filter((x) => x.sheet === s.name)) {
      if (t.rect.left >= col)
        t.rect = { ...t.rect, left: t.rect.left + 1, right: t.rect.right + 1 };
      else if (t.rect.right >= col) t.rect = { ...t.rect, right: t.rect.right + 1 };
    }
  }

  /** A planner inserting `count` whole sheet rows before `row` (0-based): everything below moves down. */
  insertRows(sheet: string, row: number, count = 1): void {
    this.shiftRows(sheet, row, count, undefined);
  }

  /** A planner deleting whole sheet rows row..row+count-1: everything below moves up. */
  deleteRows(sheet: string, row: number, count = 1): void {
    this.shiftRows(sheet, row, -count, undefined);
  }

  /** A planner sorting a table's body by one column (A to Z, or Z to A). */
  sortTable(name: string, column: string, descending = false): void {
    const t = this.table(name);
    const s = this.sheet(t.sheet);
    const body = this.bodyRect(t);
    const header = this.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top }, "values")[0] ?? [];
    const j = header.indexOf(column);
    if (j < 0) throw officeError("ItemNotFound", `column "${column}" of ${name}`);
    const rows: Map<number, Cell>[] = [];
    for (let r = body.top; r <= body.bottom; r++) {
      const row = new Map<number, Cell>();
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const cell = s.cells.get(key(r, c));
        if (cell) row.set(c, cell);
        s.cells.delete(key(r, c));
      }
      rows.push(row);
    }
    const keyOf = (row: Map<number, Cell>): Cell["value"] => row.get(t.rect.left + j)?.value ?? "";
    rows.sort((a, b) => {
      const [x, y] = [keyOf(a), keyOf(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach((row, i) => {
      for (const [c, cell] of row) s.cells.set(key(body.top + i, c), cell);
    });
  }

  /** A planner filtering a table: body rows whose cell in `column` fails `keep` are hidden. */
  filterTable(name: string, column: string, keep: (v: Cell["value"]) => boolean): void {
    const t = this.table(name);
    const s = this.sheet(t.sheet);
    const body = this.bodyRect(t);
    const header = this.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top }, "values")[0] ?? [];
    const j = header.indexOf(column);
    if (j < 0) throw officeError("ItemNotFound", `column "${column}" of ${name}`);
    for (let r = body.top; r <= body.bottom; r++) {
      if (!keep(s.cells.get(key(r, t.rect.left + j))?.value ?? "")) s.hiddenRows.add(r);
    }
    t.filtered = true;
  }

  clearFilter(name: string): void {
    const t = this.table(name);
    const s = this.sheet(t.sheet);
    for (let r = t.rect.top; r <= t.rect.bottom; r++) s.hiddenRows.delete(r);
    t.filtered = false;
  }

  /** A planner switching a table's Total Row on (label in the first column, a SUBTOTAL in the last) or off. */
  setTotals(name: string, on: boolean): void {
    const t = this.table(name);
    if (t.showTotals === on) return;
    if (on) {
      const row = t.rect.bottom + 1;
      this.shiftColumnsDown(t.sheet, row, 1, t.rect.left, t.rect.right, t);
      t.rect = { ...t.rect, bottom: row };
      const s = this.sheet(t.sheet);
      s.cells.set(key(row, t.rect.left), { value: "Total", numberFormat: "General" });
      s.cells.set(key(row, t.rect.right), {
        value: 0,
        formula: `=SUBTOTAL(103,${t.name}[${String(this.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top, left: t.rect.right }, "values")[0]?.[0] ?? "")}])`,
        numberFormat: "General",
      });
    } else {
      const s = this.sheet(t.sheet);
      for (let c = t.rect.left; c <= t.rect.right; c++) s.cells.delete(key(t.rect.bottom, c));
      t.rect = { ...t.rect, bottom: t.rect.bottom - 1 };
    }
    t.showTotals = on;
  }

  /** A planner protecting a sheet (Review > Protect Sheet): writes fail with AccessDenied. */
  protect(sheet: string, on = true): void {
    this.sheet(sheet).protected = on;
  }

  /** Runs `action` (a planner's edit) just before sync number `n` (1-based, counted from now on too) is applied. */
  onSync(n: number, action: () => void): void {
    const list = this.beforeSync.get(n) ?? [];
    list.push(action);
    this.beforeSync.set(n, list);
  }

  queue(kind: string, target: string, args: unknown, apply: () => void): void {
    this.pending.push({ kind, target, args, apply, load: false });
  }

  /** `fill` returns what it loaded (counted as response bytes) or nothing. */
  queueLoad(fill: () => unknown): void {
    this.pending.push({ kind: "load", target: "", args: undefined, apply: fill, load: true });
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    for (const action of this.beforeSync.get(this.syncs) ?? []) action();
    const batch = this.pending;
    this.pending = [];
    let bytes = 0;
    let response = 0;
    assertRequestSize(batch, this.payloadLimitBytes);
    try {
      for (const op of batch) {
        if (op.load) {
          const got = op.apply();
          if (got !== undefined) response += Buffer.byteLength(JSON.stringify(got));
          continue;
        }
        const b =
          OP_OVERHEAD + (op.args === undefined ? 0 : Buffer.byteLength(JSON.stringify(op.args)));
        bytes += b;
        if (this.failOn?.(op)) throw officeError("InvalidArgument", `${op.kind} on ${op.target}`);
        op.apply();
        this.ops.push({
          sync: this.syncs,
          kind: op.kind,
          target: op.target,
          bytes: b,
          calculationMode: this.calculationMode,
          eventsEnabled: this.enableEvents,
          calcSuspended: this.calcSuspended,
          screenSuspended: this.screenSuspended,
        });
      }
      this.responseBytes.push(response);
      assertResponseSize(response, this.payloadLimitBytes);
    } finally {
      this.syncBytes.push(bytes);
      this.calcSuspended = false;
      this.screenSuspended = false;
    }
  }

  suspendCalc(): void {
    this.calcSuspended = true;
  }

  suspendScreen(): void {
    this.screenSuspended = true;
  }

  addTableState(sheet: string, rect: Rect): FakeTable {
    const n = this.nextTableId++;
    const t: FakeTable = {
      id: `{00000000-0000-0000-0000-${String(n).padStart(12, "0")}}`,
      name: `Table${n}`,
      sheet,
      rect,
      style: "TableStyleMedium2",
      showTotals: false,
      filtered: false,
    };
    this.tables.push(t);
    return t;
  }

  addPart(xml: string): { id: string; namespace: string; xml: string } {
    const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const part = { id: `{part-${this.nextPartId++}}`, namespace: ns, xml };
    this.xmlParts.push(part);
    return part;
  }

  /** Throws AccessDenied when the sheet is protected (every write of the add-in goes through here). */
  assertWritable(sheet: string): void {
    if (this.sheet(sheet).protected) {
      throw officeError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet ("${sheet}")`,
      );
    }
  }

  /** The filtered table whose hidden rows a multi-row write over `rect` would cross, if any. */
  private filteredUnder(sheet: string, rect: Rect): FakeTable | undefined {
    if (rect.bottom === rect.top) return undefined;
    const s = this.sheet(sheet);
    return this.tables.find(
      (t) =>
        t.sheet === s.name &&
        t.filtered &&
        intersects(t.rect, rect) &&
        [...s.hiddenRows].some((r) => r >= rect.top && r <= rect.bottom),
    );
  }

  /** The add-in writing a grid (Range.values / formulas / numberFormat): strict checks, then store. */
  writeGrid(
    sheet: string,
    rect: Rect,
    grid: unknown[][],
    prop: "values" | "formulas" | "numberFormat",
  ): void {
    this.assertWritable(sheet);
    const filtered = this.filteredUnder(sheet, rect);
    if (filtered) {
      throw officeError(
        "FilteredRangeConflict",
        `${rectAddress(rect)} crosses rows hidden by the filter of ${filtered.name}`,
      );
    }
    this.store(sheet, rect, grid, prop);
  }

  /** Store one grid the way Excel stores Range.values / Range.formulas (null leaves a cell). */
  private store(
    sheet: string,
    rect: Rect,
    grid: unknown[][],
    prop: "values" | "formulas" | "numberFormat",
  ): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
      throw officeError(
        "InvalidArgument",
        `${prop} is ${grid.length}x${grid[0]?.length ?? 0}, range ${rectAddress(rect)} is ${rows}x${cols}`,
      );
    }
    const s = this.sheet(sheet);
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const k = key(rect.top + i, rect.left + j);
        const c = s.cells.get(k) ?? { value: "", numberFormat: "General" };
        if (prop === "numberFormat") c.numberFormat = String(v);
        else if (
          typeof v === "string" &&
          /^[=+\-]/.test(v) &&
          c.numberFormat !== "@" &&
          v.length > 1
        ) {
          // Excel stores a string starting with = + - as a formula unless the cell is text;
          // in a table it keeps [@Col] in the file form tbl[[#This Row],[Col]].
          const owner = this.tableAt(s.name, rect.top + i, rect.left + j);
          c.formula = owner ? fileForm(v, owner.name) : v;
          c.value = "#CALC";
        } else {
          delete c.formula;
          c.value =
            typeof v === "string" && c.numberFormat !== "@" ? coerce(v) : (v as Cell["value"]);
        }
        s.cells.set(k, c);
      }),
    );
  }

  readGrid(sheet: string, rect: Rect, prop: "values" | "formulas" | "numberFormat"): unknown[][] {
    const s = this.sheet(sheet);
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = s.cells.get(key(r, c));
        if (prop === "numberFormat") row.push(cell?.numberFormat ?? "General");
        else if (prop === "formulas") {
          const owner = cell?.formula ? this.tableAt(s.name, r, c) : undefined;
          row.push(
            cell?.formula && owner
              ? displayForm(cell.formula, owner.name)
              : (cell?.formula ?? cell?.value ?? ""),
          );
        } else row.push(cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }

  /** The table whose body holds cell (r, c). */
  tableAt(sheet: string, r: number, c: number): FakeTable | undefined {
    return this.tables.find((t) => {
      const b = this.bodyRect(t);
      return t.sheet === sheet && r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
    });
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) cells in columns left..right from `row` down,
   * as Excel's "shift cells down/up" does. Tables below inside those columns move; a table
   * only partly inside them cannot be shifted (Excel's "This operation is not allowed. The
   * operation is attempting to shift cells in a table on your worksheet."; no Office.js page
   * or issue found for the API's error code, so the fake refuses it, the strict side).
   */
  shiftColumnsDown(
    sheet: string,
    row: number,
    count: number,
    left: number,
    right: number,
    except?: FakeTable,
  ): void {
    const s = this.sheet(sheet);
    for (const t of this.tables) {
      if (t === except || t.sheet !== s.name || t.rect.bottom < row) continue;
      const inside = t.rect.left >= left && t.rect.right <= right;
      const apart = t.rect.right < left || t.rect.left > right;
      if (!inside && !apart)
        throw officeError("InvalidOperation", `this would move cells in table ${t.name}`);
    }
    this.moveCells(s, row, count, (c) => c >= left && c <= right);
    moveFormats(s, row, count, left, right);
    for (const t of this.tables) {
      if (t === except || t.sheet !== s.name || t.rect.top < row) continue;
      if (t.rect.left >= left && t.rect.right <= right)
        t.rect = { ...t.rect, top: t.rect.top + count, bottom: t.rect.bottom + count };
    }
  }

  /** Table.columns.add: the cells right of the table, in its rows, move one column right. */
  shiftColumnsRight(t: FakeTable, col: number): void {
    const s = this.sheet(t.sheet);
    const moved = new Map<string, Cell>();
    for (const [k, cell] of s.cells) {
      const [r = 0, c = 0] = k.split(",").map(Number);
      const inRows = r >= t.rect.top && r <= t.rect.bottom;
      moved.set(inRows && c >= col ? key(r, c + 1) : k, cell);
    }
    s.cells = moved;
  }

  private shiftRows(sheet: string, row: number, count: number, _cols: undefined): void {
    const s = this.sheet(sheet);
    this.moveCells(s, row, count, () => true);
    moveFormats(s, row, count, 0, Number.MAX_SAFE_INTEGER);
    const last = count < 0 ? row - count - 1 : row - 1;
    for (const t of this.tables.filter((x) => x.sheet === s.name)) {
      if (t.rect.top >= row && (count > 0 || t.rect.top > last))
        t.rect = { ...t.rect, top: t.rect.top + count, bottom: t.rect.bottom + count };
      else if (t.rect.bottom >= row) {
        // Rows inserted or deleted inside the table: it grows or shrinks.
        const removed = count < 0 ? Math.min(-count, t.rect.bottom - row + 1) : -count;
        t.rect = { ...t.rect, bottom: t.rect.bottom - removed };
      }
    }
    const hidden = [...s.hiddenRows];
    s.hiddenRows.clear();
    for (const r of hidden) {
      if (r < row) s.hiddenRows.add(r);
      else if (count > 0) s.hiddenRows.add(r + count);
      else if (r > last) s.hiddenRows.add(r + count);
    }
  }

  private moveCells(
    s: FakeSheet,
    row: number,
    count: number,
    inColumn: (c: number) => boolean,
  ): void {
    const moved = new Map<string, Cell>();
    const last = count < 0 ? row - count - 1 : row - 1;
    for (const [k, cell] of s.cells) {
      const [r = 0, c = 0] = k.split(",").map(Number);
      if (!inColumn(c) || r < row) moved.set(k, cell);
      else if (count > 0) moved.set(key(r + count, c), cell);
      else if (r > last) moved.set(key(r + count, c), cell);
    }
    s.cells = moved;
  }
}

/**
 * A formula as Excel shows and returns it inside table `own`: own[[#This Row],[Col]] -> [@Col]
 * ([@[Col]] when the name needs brackets), own[Col] -> [Col]. Other tables' references stay.
 */
export function displayForm(formula: string, own: string): string {
  const ownRe = own.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const thisRow = new RegExp(
    `(?<![\\w.])${ownRe}\\[\\[#This Row\\],\\[((?:'.|[^\\]])*)\\]\\]`,
    "gi",
  );
  const column = new RegExp(`(?<![\\w.])${ownRe}\\[((?:'.|[^\\]\\[])+)\\]`, "gi");
  return mapOutsideStrings(formula, (part) =>
    part
      .replace(thisRow, (_m, col: string) =>
        /^[\p{L}\p{N}_.]+$/u.test(col) ? `[@${col}]` : `[@[${col}]]`,
      )
      .replace(column, (_m, col: string) => `[${col}]`),
  );
}

/** The inverse of displayForm for this-row references: [@Col] and [@[Col]] -> own[[#This Row],[Col]]. */
export function fileForm(formula: string, own: string): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      /(?<![\p{L}\p{N}_.\]])\[@(?:\[((?:'.|[^\]])*)\]|([\p{L}\p{N}_.]+))\]/gu,
      (_m, bracketed: string | undefined, simple: string | undefined) =>
        `${own}[[#This Row],[${bracketed ?? simple ?? ""}]]`,
    ),
  );
}

/** Excel quotes sheet names with spaces or punctuation in addresses: 'My sheet'!A1. */
function quoteSheet(name: string): string {
  return /[\s'!,;()-]/.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** What Excel makes of a string written through Range.values into a cell that is not text. */
export function coerce(v: string): Cell["value"] {
  const t = v.trim();
  if (/^[-+]?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (date)
    return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25_569;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  return v;
}

function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    conditionalFormats: [],
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: "",
    merged: [],
    fills: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    protected: false,
    rowHeights: new Map(),
    verticalAlignment: new Map(),
    wrapped: new Map(),
    pageLayout: {},
  };
}

/**
 * Wraps a fake object so that every Office.js member read, set or called on it is checked
 * against the host's level, as the real client library checks it.
 */
function gate<T extends object>(x: FakeExcel, obj: T, type: string): T {
  return new globalThis.Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "string") {
        // A member this object has that the type lacks in Office.js (add on a scoped collection).
        if (
          !apiSets[`${type}.${prop}`] &&
          !INTERNAL_MEMBERS.has(prop) &&
          !BASE_MEMBERS.has(prop) &&
          prop in target
        )
          throw new TypeError(`fake: ${type}.${prop} is not an Office.js member`);
        x.requireApi(type, prop, "read");
      }
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "string") x.requireApi(type, prop, "write");
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

/** Base of every client object: properties loaded at sync, reading an unloaded one throws. */
class ClientObject {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly x: FakeExcel) {}
  protected get$(prop: string): unknown {
    if (!(prop in this.loaded)) throw officeError("PropertyNotLoaded", prop);
    return this.loaded[prop];
  }
}

function props(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim());
  if (Array.isArray(arg)) return arg.map(String);
  if (typeof arg === "object" && arg !== null && "select" in arg)
    return props((arg as { select: unknown }).select);
  return [];
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  constructor(private readonly x: FakeExcel) {
    this.workbook = new FakeWorkbook(x);
    this.application = new FakeApplication(x);
    this.runtime = new FakeRuntime(x);
    return gate(x, this, "RequestContext");
  }
  sync(): Promise<void> {
    return this.x.sync();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly customXmlParts: FakeXmlParts;
  readonly notes: FakeNotes;
  readonly application: FakeApplication;
  constructor(private readonly x: FakeExcel) {
    this.worksheets = new FakeWorksheets(x);
    this.tables = new FakeTables(x, undefined);
    this.customXmlParts = new FakeXmlParts(x);
    this.notes = new FakeNotes(x);
    this.application = new FakeApplication(x);
    return gate(x, this, "Workbook");
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.x, () => ({
      sheet: this.x.selection.sheet,
      rect: parseRect(this.x.selection.address),
    }));
  }
}

class FakeApplication extends ClientObject implements Pick<Excel.Application, "calculationMode"> {
  constructor(x: FakeExcel) {
    super(x);
    return gate(x, this, "Application");
  }
  get calculationMode(): Excel.Application["calculationMode"] {
    return this.get$("calculationMode") as Excel.Application["calculationMode"];
  }
  set calculationMode(v: Excel.Application["calculationMode"]) {
    this.x.queue("application.calculationMode", "application", v, () => {
      this.x.calculationMode = v;
    });
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.loaded.calculationMode = this.x.calculationMode;
    });
    return this;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.x.queue("application.suspendApiCalculationUntilNextSync", "application", undefined, () =>
      this.x.suspendCalc(),
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.x.queue("application.suspendScreenUpdatingUntilNextSync", "application", undefined, () =>
      this.x.suspendScreen(),
    );
  }
  calculate(type: string): void {
    this.x.queue("application.calculate", "application", type, () =>
      this.x.calculateCalls.push(type),
    );
  }
}

class FakeRuntime extends ClientObject implements Pick<Excel.Runtime, "enableEvents"> {
  constructor(x: FakeExcel) {
    super(x);
    return gate(x, this, "Runtime");
  }
  get enableEvents(): boolean {
    return this.get$("enableEvents") as boolean;
  }
  set enableEvents(v: boolean) {
    this.x.queue("runtime.enableEvents", "runtime", v, () => {
      this.x.enableEvents = v;
    });
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.loaded.enableEvents = this.x.enableEvents;
    });
    return this;
  }
}

class FakeWorksheets extends ClientObject {
  items: FakeWorksheet[] = [];
  constructor(x: FakeExcel) {
    super(x);
    return gate(x, this, "WorksheetCollection");
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.items = this.x.sheets.map((s) => new FakeWorksheet(this.x, () => s.name, true));
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.sheet(name).name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.x,
      () => this.x.sheet(name).name,
      false,
      () => this.x.sheets.every((s) => s.name.toLowerCase() !== name.toLowerCase()),
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.activeSheet);
  }
  add(name: string): FakeWorksheet {
    this.x.queue("worksheets.add", name, name, () => {
      if (this.x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `worksheet "${name}"`);
      }
      this.x.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.x, () => name);
  }
}

class FakeWorksheet extends ClientObject implements Pick<Excel.Worksheet, "name"> {
  readonly tables: FakeTables;
  readonly freezePanes: FakeFreezePanes;
  readonly notes: FakeNotes;
  readonly protection: FakeProtection;
  readonly pageLayout: FakePageLayout;
  constructor(
    x: FakeExcel,
    readonly sheetName: () => string,
    withName = false,
    private readonly isNull?: () => boolean,
  ) {
    super(x);
    this.tables = new FakeTables(x, sheetName);
    this.freezePanes = new FakeFreezePanes(x, sheetName);
    this.notes = new FakeNotes(x);
    this.protection = new FakeProtection(x, sheetName);
    this.pageLayout = new FakePageLayout(x, sheetName);
    if (withName) this.loaded.name = sheetName();
    return gate(x, this, "Worksheet");
  }
  get name(): string {
    return this.get$("name") as string;
  }
  get isNullObject(): boolean {
    return this.get$("isNullObject") as boolean;
  }
  set tabColor(v: string) {
    this.x.queue("worksheet.tabColor", this.sheetName(), v, () => {
      this.x.assertWritable(this.sheetName());
      this.x.sheet(this.sheetName()).tabColor = v;
    });
  }
  get id(): string {
    return this.get$("id") as string;
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      const missing = this.isNull?.() ?? false;
      this.loaded.isNullObject = missing;
      if (missing) return this.loaded;
      this.loaded.name = this.sheetName();
      this.loaded.id = `{sheet:${this.sheetName()}}`;
      return this.loaded;
    });
    return this;
  }
  /** A range by address, or the whole sheet without one (as Worksheet.getRange()). */
  getRange(address?: string): FakeRange {
    const whole: Rect = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    return new FakeRange(this.x, () => ({
      sheet: this.sheetName(),
      rect: address === undefined ? whole : parseRect(address),
    }));
  }
  /** The bounding range of the cells holding a value or formula (formats count unless valuesOnly). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const used = (): Rect | undefined => {
      let out: Rect | undefined;
      for (const [k, cell] of this.x.sheet(this.sheetName()).cells) {
        const empty = cell.value === "" && cell.formula === undefined;
        if (empty && (valuesOnly || cell.numberFormat === "General")) continue;
        const [r = 0, c = 0] = k.split(",").map(Number);
        out = growRect(out, r, c);
      }
      return out;
    };
    return new FakeRange(
      this.x,
      () => {
        const rect = used();
        if (!rect) throw officeError("InvalidOperation", "the used range is a null object");
        return { sheet: this.sheetName(), rect };
      },
      () => used() === undefined,
    );
  }
  activate(): void {
    this.x.queue("worksheet.activate", this.sheetName(), undefined, () => {
      this.x.activeSheet = this.sheetName();
    });
  }
  delete(): void {
    const name = this.sheetName();
    this.x.queue("worksheet.delete", name, undefined, () => {
      const s = this.x.sheet(name);
      this.x.sheets = this.x.sheets.filter((q) => q !== s);
      this.x.tables = this.x.tables.filter((t) => t.sheet !== s.name);
    });
  }
  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.x, this.sheetName, addresses);
  }
}

/**
 * Worksheet.pageLayout: every member is ExcelApi 1.9
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout). The generated
 * sets list only Worksheet.pageLayout itself, so each member checks 1.9 here. Ranges given as
 * text are A1 addresses of the sheet; a malformed one fails as Excel's InvalidArgument.
 */
class FakePageLayout {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: () => string,
  ) {}
  private set(member: string, apply: (p: FakePageSetup) => void, value: unknown): void {
    this.x.requireSet(`PageLayout.${member}`, "ExcelApi", "1.9");
    this.x.queue(`pageLayout.${member}`, this.sheetName(), value, () => {
      this.x.assertWritable(this.sheetName());
      apply(this.x.sheet(this.sheetName()).pageLayout);
    });
  }
  private address(member: string, range: string): string {
    const bare = range.replace(/\$/g, "");
    if (!/^([A-Z]{1,3}[0-9]+:[A-Z]{1,3}[0-9]+|[0-9]+:[0-9]+)$/.test(bare))
      throw officeError("InvalidArgument", `PageLayout.${member}: "${range}" is not a range`);
    return bare;
  }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set("orientation", (p) => (p.orientation = v), v);
  }
  set paperSize(v: Excel.PaperType | string) {
    this.set("paperSize", (p) => (p.paperSize = v), v);
  }
  /** PageLayoutZoomOptions: scale 10-400, or pages to fit; not both. */
  set zoom(v: Excel.PageLayoutZoomOptions) {
    const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
    if (v.scale !== undefined && (fit || v.scale < 10 || v.scale > 400))
      throw officeError("InvalidArgument", "PageLayout.zoom: scale is 10 to 400, without fit");
    this.set("zoom", (p) => (p.zoom = v), v);
  }
  setPrintTitleRows(range: string): void {
    const a = this.address("setPrintTitleRows", range);
    this.set("setPrintTitleRows", (p) => (p.printTitleRows = a), range);
  }
  setPrintArea(range: string): void {
    const a = this.address("setPrintArea", range);
    this.set("setPrintArea", (p) => (p.printArea = a), range);
  }
  setPrintMargins(unit: "Points" | "Inches", options: Excel.PageLayoutMarginOptions): void {
    this.set("setPrintMargins", (p) => (p.margins = { unit, options }), options);
  }
}

class FakeRangeAreas {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: () => string,
    private readonly addresses: string,
  ) {
    return gate(x, this, "RangeAreas");
  }
  select(): void {
    this.x.queue("ranges.select", this.sheetName(), this.addresses, () => {
      this.x.selected = this.addresses.split(",").map((a) => `${this.sheetName()}!${a}`);
    });
  }
}

class FakeProtection extends ClientObject {
  constructor(
    x: FakeExcel,
    private readonly sheetName: () => string,
  ) {
    super(x);
    return gate(x, this, "WorksheetProtection");
  }
  get protected(): boolean {
    return this.get$("protected") as boolean;
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.loaded.protected = this.x.sheet(this.sheetName()).protected;
      return this.loaded;
    });
    return this;
  }
}

class FakeFreezePanes implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns"> {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: () => string,
  ) {
    return gate(x, this, "WorksheetFreezePanes");
  }
  freezeRows(count: number): void {
    this.x.queue("freezePanes.freezeRows", this.sheetName(), count, () => {
      this.x.sheet(this.sheetName()).frozenRows = count;
    });
  }
  freezeAt(range: FakeRange): void {
    this.x.queue("freezePanes.freezeAt", this.sheetName(), undefined, () => {
      const r = range.where().rect;
      const s = this.x.sheet(this.sheetName());
      s.frozenRows = r.bottom + 1;
      s.frozenColumns = r.right + 1;
    });
  }
  freezeColumns(count: number): void {
    this.x.queue("freezePanes.freezeColumns", this.sheetName(), count, () => {
      this.x.sheet(this.sheetName()).frozenColumns = count;
    });
  }
}

type Where = () => { sheet: string; rect: Rect };

/**
 * The address an operation is recorded under, as the range stands when it is queued; a range
 * placed from another (a table's last row moved up) is resolved only when Excel runs it.
 */
function labelOf(where: Where): string {
  try {
    const w = where();
    return `${w.sheet}!${rectAddress(w.rect)}`;
  } catch {
    return "(resolved at sync)";
  }
}

type RangeProps =
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex";

class FakeRange extends ClientObject implements Pick<Excel.Range, RangeProps> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    x: FakeExcel,
    readonly where: Where,
    private readonly isNull?: () => boolean,
  ) {
    super(x);
    this.format = new FakeRangeFormat(x, where);
    this.conditionalFormats = new FakeConditionalFormats(x, where);
    return gate(x, this, "Range");
  }
  private target(): string {
    return labelOf(this.where);
  }
  private setGrid(prop: "values" | "formulas" | "numberFormat", grid: unknown[][]): void {
    const t = this.target();
    this.x.queue(`range.${prop}`, t, grid, () => {
      const w = this.where();
      this.x.writeGrid(w.sheet, w.rect, grid, prop);
    });
  }
  get values(): unknown[][] {
    return this.get$("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this.setGrid("values", v);
  }
  get formulas(): unknown[][] {
    return this.get$("formulas") as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.setGrid("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get$("numberFormat") as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.setGrid("numberFormat", v);
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get rowCount(): number {
    return this.get$("rowCount") as number;
  }
  get columnCount(): number {
    return this.get$("columnCount") as number;
  }
  get rowIndex(): number {
    return this.get$("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get$("columnIndex") as number;
  }
  get isNullObject(): boolean {
    return this.get$("isNullObject") as boolean;
  }
  get rowHidden(): boolean {
    return this.get$("rowHidden") as boolean;
  }
  load(p?: unknown): this {
    const wanted = props(p);
    // A path's members are gated as if read: "format/fill/tintAndShade" needs ExcelApi 1.9.
    for (const prop of wanted.filter((q) => q.startsWith("format/"))) {
      const [, a = "", b] = prop.split("/");
      this.x.requireApi("Range", "format", "read");
      if (b === undefined) this.x.requireApi("RangeFormat", a, "read");
      else {
        this.x.requireApi("RangeFormat", a, "read");
        this.x.requireApi(a === "fill" ? "RangeFill" : "RangeFont", b, "read");
      }
    }
    this.x.queue(
      "range.load",
      this.isNull?.() ? "null object" : this.target(),
      undefined,
      () => undefined,
    );
    this.x.queueLoad(() => {
      const missing = this.isNull?.() ?? false;
      this.loaded.isNullObject = missing;
      if (missing) return this.loaded;
      const w = this.where();
      for (const prop of wanted) {
        if (prop === "values" || prop === "formulas" || prop === "numberFormat") {
          this.loaded[prop] = this.x.readGrid(w.sheet, w.rect, prop);
        } else if (prop.startsWith("format/")) {
          const path = prop.slice("format/".length);
          this.format.loaded[path] = readFormat(this.x.sheet(w.sheet), w.rect, path);
        } else if (prop === "address")
          this.loaded.address = `${quoteSheet(w.sheet)}!${rectAddress(w.rect)}`;
        else if (prop === "rowCount") this.loaded.rowCount = w.rect.bottom - w.rect.top + 1;
        else if (prop === "columnCount") this.loaded.columnCount = w.rect.right - w.rect.left + 1;
        else if (prop === "rowIndex") this.loaded.rowIndex = w.rect.top;
        else if (prop === "columnIndex") this.loaded.columnIndex = w.rect.left;
        else if (prop === "rowHidden") {
          const hidden = this.x.sheet(w.sheet).hiddenRows;
          let all = true;
          for (let r = w.rect.top; r <= w.rect.bottom; r++) all &&= hidden.has(r);
          this.loaded.rowHidden = all;
        }
      }
      return this.loaded;
    });
    return this;
  }
  /** Cell (row, col) of this range, 0-based. */
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      const r = w.rect.top + row;
      const c = w.rect.left + col;
      return { sheet: w.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
  /** Column `col` (0-based) of this range. */
  getColumn(col: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      const c = w.rect.left + col;
      return { sheet: w.sheet, rect: { ...w.rect, left: c, right: c } };
    });
  }
  /** The last row of this range. */
  getLastRow(): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      return { sheet: w.sheet, rect: { ...w.rect, top: w.rect.bottom } };
    });
  }
  /** This range moved by rows and columns; Excel refuses one that leaves the sheet. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      const r = w.rect;
      const rect = {
        top: r.top + rowOffset,
        bottom: r.bottom + rowOffset,
        left: r.left + columnOffset,
        right: r.right + columnOffset,
      };
      if (rect.top < 0 || rect.left < 0)
        throw officeError(
          "InvalidArgument",
          `offset ${rowOffset},${columnOffset} leaves the sheet`,
        );
      return { sheet: w.sheet, rect };
    });
  }
  getRow(row: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      const r = w.rect.top + row;
      return { sheet: w.sheet, rect: { ...w.rect, top: r, bottom: r } };
    });
  }
  /** This range grown (or shrunk) by rows and columns from its bottom-right corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      return {
        sheet: w.sheet,
        rect: { ...w.rect, bottom: w.rect.bottom + deltaRows, right: w.rect.right + deltaColumns },
      };
    });
  }
  /** The rectangle from this range's top-left to the other's bottom-right (both included). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.x, () => {
      const a = this.where();
      const b = typeof other === "string" ? parseRect(other) : other.where().rect;
      return {
        sheet: a.sheet,
        rect: {
          top: Math.min(a.rect.top, b.top),
          left: Math.min(a.rect.left, b.left),
          bottom: Math.max(a.rect.bottom, b.bottom),
          right: Math.max(a.rect.right, b.right),
        },
      };
    });
  }
  select(): void {
    this.x.queue("range.select", this.target(), undefined, () => {
      const w = this.where();
      this.x.activeSheet = this.x.sheet(w.sheet).name;
      this.x.selected = [`${w.sheet}!${rectAddress(w.rect)}`];
    });
  }
  clear(_applyTo?: string): void {
    this.x.queue("range.clear", this.target(), undefined, () => {
      const w = this.where();
      this.x.assertWritable(w.sheet);
      const s = this.x.sheet(w.sheet);
      for (const k of [...s.cells.keys()]) {
        const [r = 0, c = 0] = k.split(",").map(Number);
        if (r >= w.rect.top && r <= w.rect.bottom && c >= w.rect.left && c <= w.rect.right)
          s.cells.delete(k);
      }
      s.conditionalFormats = s.conditionalFormats.filter(
        (cf) => !intersects(parseRect(cf.address), w.rect),
      );
    });
  }
  /** Deletes the cells, shifting the ones below up ("Up"), as Range.delete. */
  delete(_shift: string): void {
    this.x.queue("range.delete", this.target(), undefined, () => {
      const w = this.where();
      this.x.assertWritable(w.sheet);
      const owner = this.x.tables.find((t) => t.sheet === w.sheet && intersects(t.rect, w.rect));
      const n = w.rect.bottom - w.rect.top + 1;
      for (let r = w.rect.top; r <= w.rect.bottom; r++)
        for (let c = w.rect.left; c <= w.rect.right; c++)
          this.x.sheet(w.sheet).cells.delete(key(r, c));
      // Rows top..bottom go; the cells below them (a total row too) move up into their place.
      this.x.shiftColumnsDown(w.sheet, w.rect.top, -n, w.rect.left, w.rect.right, owner);
      if (owner) owner.rect = { ...owner.rect, bottom: owner.rect.bottom - n };
    });
  }
  set columnHidden(v: boolean) {
    this.x.queue("range.columnHidden", this.target(), v, () => {
      const w = this.where();
      this.x.assertWritable(w.sheet);
      const s = this.x.sheet(w.sheet);
      for (let c = w.rect.left; c <= w.rect.right; c++) s.hiddenColumns.add(c);
    });
  }
  merge(_across?: boolean): void {
    this.x.queue("range.merge", this.target(), undefined, () => {
      const w = this.where();
      this.x.assertWritable(w.sheet);
      this.x.sheet(w.sheet).merged.push(rectAddress(w.rect));
    });
  }
}

/**
 * Range.format: fill, font and wrap are kept per cell, as Excel keeps them, and read back only
 * when loaded (range.load("format/fill/color"), PropertyNotLoaded otherwise). A range whose
 * cells differ reads null ("A null value indicates that the entire range doesn't have a uniform
 * ... setting", the d.ts remarks of RangeFill and RangeFont). A cell with No Fill reads
 * color "#FFFFFF", as a white one does; only tintAndShade (ExcelApi 1.9) tells them apart, null
 * for No Fill (OfficeDev/office-js#6218, #4900); RangeFill.clear() sets No Fill
 * (OfficeDev/office-js#2349).
 */
class FakeRangeFormat {
  readonly fill: { color: string; tintAndShade: number | null; clear: () => void };
  readonly font: { color: string; bold: boolean };
  /** Values of "fill/color", "font/bold", "wrapText"… loaded through the range. */
  readonly loaded: Record<string, unknown> = {};
  constructor(
    private readonly x: FakeExcel,
    private readonly where: Where,
  ) {
    const target = (): string => labelOf(where);
    const setter = (kind: string, apply: (v: unknown) => void) => (v: unknown) =>
      x.queue(kind, target(), v, () => {
        x.assertWritable(where().sheet);
        apply(v);
      });
    const read = (path: string): unknown => {
      if (!(path in this.loaded)) throw officeError("PropertyNotLoaded", `format/${path}`);
      return this.loaded[path];
    };
    const at = (): { s: FakeSheet; r: Rect } => ({
      s: x.sheet(where().sheet),
      r: where().rect,
    });
    const fillSet = setter("format.fill.color", (v) => setLayer(at().s.fills, at().r, String(v)));
    const fillClear = setter("format.fill.clear", () => setLayer(at().s.fills, at().r, undefined));
    const fontColorSet = setter("format.font.color", (v) =>
      setFont(at().s, at().r, { fontColor: String(v) }),
    );
    const boldSet = setter("format.font.bold", (v) =>
      setFont(at().s, at().r, { bold: Boolean(v) }),
    );
    this.fill = gate(
      x,
      {
        set color(v: string) {
          fillSet(v);
        },
        get color(): string {
          return read("fill/color") as string;
        },
        get tintAndShade(): number | null {
          return read("fill/tintAndShade") as number | null;
        },
        clear: () => fillClear(undefined),
      },
      "RangeFill",
    );
    this.font = gate(
      x,
      {
        set color(v: string) {
          fontColorSet(v);
        },
        get color(): string {
          return read("font/color") as string;
        },
        set bold(v: boolean) {
          boldSet(v);
        },
        get bold(): boolean {
          return read("font/bold") as boolean;
        },
      },
      "RangeFont",
    );
    return gate(x, this, "RangeFormat");
  }
  get wrapText(): boolean {
    if (!("wrapText" in this.loaded)) throw officeError("PropertyNotLoaded", "format/wrapText");
    return this.loaded.wrapText as boolean;
  }
  set columnWidth(v: number) {
    const w = this.where();
    this.x.queue("format.columnWidth", `${w.sheet}!${rectAddress(w.rect)}`, v, () => {
      this.x.assertWritable(w.sheet);
      const s = this.x.sheet(w.sheet);
      for (let c = w.rect.left; c <= w.rect.right; c++) s.columnWidths.set(c, v);
    });
  }
  set wrapText(v: boolean) {
    const w = this.where();
    this.x.queue("format.wrapText", `${w.sheet}!${rectAddress(w.rect)}`, v, () => {
      this.x.assertWritable(w.sheet);
      setLayer(this.x.sheet(w.sheet).wrapped, w.rect, v);
    });
  }
  /** Points, 0 to 409 (Excel's row height limit). */
  set rowHeight(v: number) {
    const w = this.where();
    if (!(v >= 0 && v <= 409))
      throw officeError("InvalidArgument", `RangeFormat.rowHeight: ${v} is not 0 to 409`);
    this.x.queue("format.rowHeight", `${w.sheet}!${rectAddress(w.rect)}`, v, () => {
      this.x.assertWritable(w.sheet);
      const s = this.x.sheet(w.sheet);
      for (let r = w.rect.top; r <= w.rect.bottom; r++) s.rowHeights.set(r, v);
    });
  }
  set verticalAlignment(v: Excel.VerticalAlignment | string) {
    const w = this.where();
    this.x.queue("format.verticalAlignment", `${w.sheet}!${rectAddress(w.rect)}`, v, () => {
      this.x.assertWritable(w.sheet);
      this.x.sheet(w.sheet).verticalAlignment.set(rectAddress(w.rect), String(v));
    });
  }
}

class FakeConditionalFormats extends ClientObject {
  items: { type: string; custom: { rule: { formula: string } }; delete: () => void }[] = [];
  constructor(
    x: FakeExcel,
    private readonly where: Where,
  ) {
    super(x);
    return gate(x, this, "ConditionalFormatCollection");
  }
  add(type: string): unknown {
    const cf: FakeConditionalFormat = { address: "", type, formula: "", fill: "" };
    const target = labelOf(this.where);
    const x = this.x;
    // The range is resolved when Excel runs the add (a range placed from a table follows it).
    x.queue("conditionalFormats.add", target, type, () => {
      const w = this.where();
      x.assertWritable(w.sheet);
      cf.address = rectAddress(w.rect);
      x.sheet(w.sheet).conditionalFormats.push(cf);
    });
    const font = gate(
      x,
      {
        set color(v: string) {
          x.queue("conditionalFormat.font.color", target, v, () => (cf.fontColor = v));
        },
        set bold(v: boolean) {
          x.queue("conditionalFormat.font.bold", target, v, () => (cf.bold = v));
        },
      },
      "ConditionalRangeFont",
    );
    const fill = gate(
      x,
      {
        set color(v: string) {
          x.queue("conditionalFormat.fill.color", target, v, () => (cf.fill = v));
        },
      },
      "ConditionalRangeFill",
    );
    const rule = gate(
      x,
      {
        set formula(v: string) {
          x.queue("conditionalFormat.rule.formula", target, v, () => (cf.formula = v));
        },
        // Kept in A1 form relative to the range's top-left cell, as Excel shows it.
        set formulaR1C1(v: string) {
          x.queue("conditionalFormat.rule.formulaR1C1", target, v, () => {
            const at = parseRect(cf.address);
            cf.formula = a1FromR1C1(v, at.top, at.left);
          });
        },
      },
      "ConditionalFormatRule",
    );
    const format = gate(x, { fill, font }, "ConditionalRangeFormat");
    const custom = gate(x, { rule, format }, "CustomConditionalFormat");
    return gate(x, { custom }, "ConditionalFormat");
  }
  /** Loads the formats that intersect the range, as Excel does. */
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      const w = this.where();
      const sheet = this.x.sheet(w.sheet);
      this.items = sheet.conditionalFormats
        .filter((cf) => intersects(parseRect(cf.address), w.rect))
        .map((cf) =>
          gate(
            this.x,
            {
              type: cf.type,
              custom: { rule: { formula: cf.formula } },
              delete: () =>
                this.x.queue(
                  "conditionalFormat.delete",
                  `${w.sheet}!${cf.address}`,
                  undefined,
                  () => {
                    sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
                  },
                ),
            },
            "ConditionalFormat",
          ),
        );
    });
    return this;
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

class FakeTables extends ClientObject {
  items: FakeTableProxy[] = [];
  constructor(
    x: FakeExcel,
    private readonly sheetName: (() => string) | undefined,
  ) {
    super(x);
    return gate(x, this, "TableCollection");
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      const onSheet = this.sheetName?.();
      this.items = this.x.tables
        .filter((t) => onSheet === undefined || t.sheet === onSheet)
        .map((t) => new FakeTableProxy(this.x, () => t, true));
    });
    return this;
  }
  getItem(nameOrId: string): FakeTableProxy {
    return new FakeTableProxy(this.x, () => {
      const t = this.x.tableByKey(nameOrId);
      if (!t) throw officeError("ItemNotFound", `table "${nameOrId}"`);
      return t;
    });
  }
  getItemOrNullObject(nameOrId: string): FakeTableProxy {
    return new FakeTableProxy(
      this.x,
      () => {
        const t = this.x.tableByKey(nameOrId);
        if (!t) throw officeError("InvalidOperation", `table "${nameOrId}" is a null object`);
        return t;
      },
      false,
      () => this.x.tableByKey(nameOrId) === undefined,
    );
  }
  add(address: string, hasHeaders: boolean): FakeTableProxy {
    if (!this.sheetName) throw new Error("use worksheet.tables.add in this fake");
    const sheet = this.sheetName();
    let made: FakeTable | undefined;
    this.x.queue("tables.add", `${sheet}!${address}`, [address, hasHeaders], () => {
      this.x.assertWritable(sheet);
      const rect = parseRect(address);
      if (this.x.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
        throw officeError("InvalidOperation", `a table overlaps ${address}`);
      }
      made = this.x.addTableState(sheet, rect);
    });
    return new FakeTableProxy(this.x, () => {
      if (!made) throw new Error("table not created yet");
      return made;
    });
  }
}

class FakeTableProxy extends ClientObject implements Pick<Excel.Table, "name"> {
  readonly rows: {
    add: (index: number | null | undefined, values: unknown[][], alwaysInsert?: boolean) => void;
  };
  readonly columns: {
    getItem: (name: string) => { getDataBodyRange: () => FakeRange; delete: () => void };
    add: (index: number | null | undefined, values: unknown, name?: string) => void;
  };
  readonly onChanged: {
    add: (handler: () => unknown) => { context: Excel.RequestContext; remove: () => void };
  };
  readonly worksheet: FakeWorksheet;
  readonly autoFilter: { isDataFiltered: boolean; load: (p?: unknown) => unknown };
  constructor(
    x: FakeExcel,
    private readonly state: () => FakeTable,
    withName = false,
    private readonly isNull?: () => boolean,
  ) {
    super(x);
    if (withName) {
      this.loaded.name = state().name;
      this.loaded.id = state().id;
    }
    this.worksheet = new FakeWorksheet(x, () => state().sheet);
    const filterLoaded: { isDataFiltered?: boolean } = {};
    const autoFilter = {
      get isDataFiltered(): boolean {
        if (filterLoaded.isDataFiltered === undefined)
          throw officeError("PropertyNotLoaded", "isDataFiltered");
        return filterLoaded.isDataFiltered;
      },
      load: (_p?: unknown) => {
        x.queueLoad(() => (filterLoaded.isDataFiltered = this.state().filtered));
        return autoFilter;
      },
    };
    this.autoFilter = gate(x, autoFilter, "AutoFilter");
    this.columns = gate(
      x,
      {
        add: (index: number | null | undefined, values: unknown, name?: string) => {
          // 1.1 needs an index below the column count; 1.4 allows none (append) and a name
          // (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection, add).
          if (name !== undefined || index === null || index === undefined || index === -1)
            x.requireSet("TableColumnCollection.add(name, append)", "ExcelApi", "1.4");
          x.queue("table.columns.add", `table ${index ?? "end"}`, name, () => {
            if ((index !== null && index !== undefined) || values !== undefined)
              throw new Error("fake: only appending an empty named column is supported");
            const t = this.state();
            x.assertWritable(t.sheet);
            const col = t.rect.right + 1;
            x.shiftColumnsRight(t, col);
            t.rect = { ...t.rect, right: col };
            x.sheet(t.sheet).cells.set(key(t.rect.top, col), {
              value: name ?? `Column${col - t.rect.left + 1}`,
              numberFormat: "General",
            });
          });
        },
        getItem: (name: string) =>
          gate(
            x,
            {
              getDataBodyRange: () =>
                new FakeRange(x, () => {
                  const t = this.state();
                  const header =
                    x.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top }, "values")[0] ?? [];
                  const j = header.indexOf(name);
                  if (j < 0) throw officeError("ItemNotFound", `column "${name}" of ${t.name}`);
                  const c = t.rect.left + j;
                  const body = x.bodyRect(t);
                  return { sheet: t.sheet, rect: { ...body, left: c, right: c } };
                }),
              delete: () =>
                x.queue("table.column.delete", name, undefined, () => {
                  const t = this.state();
                  const header =
                    x.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top }, "values")[0] ?? [];
                  const j = header.indexOf(name);
                  if (j !== t.rect.right - t.rect.left)
                    throw new Error("fake: only deleting the last column is supported");
                  const s = x.sheet(t.sheet);
                  for (let r = t.rect.top; r <= t.rect.bottom; r++)
                    s.cells.delete(key(r, t.rect.right));
                  t.rect = { ...t.rect, right: t.rect.right - 1 };
                }),
            },
            "TableColumn",
          ),
      },
      "TableColumnCollection",
    );
    this.onChanged = {
      add: (handler: () => unknown) => {
        const entry = { table: this.state().name, handler, removed: false };
        x.queue("table.onChanged.add", entry.table, undefined, () => x.changeHandlers.push(entry));
        return {
          context: x.context,
          remove: () =>
            x.queue("handler.remove", entry.table, undefined, () => (entry.removed = true)),
        };
      },
    };
    this.rows = gate(
      x,
      {
        add: (index: number | null | undefined, values: unknown[][], alwaysInsert?: boolean) => {
          // 1.1 adds a single row, 1.4 several, 1.15 the alwaysInsert parameter
          // (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection, add).
          if (values.length > 1) x.requireSet("TableRowCollection.add(rows)", "ExcelApi", "1.4");
          if (alwaysInsert !== undefined)
            x.requireSet("TableRowCollection.add(alwaysInsert)", "ExcelApi", "1.15");
          x.queue("table.rows.add", `table ${index ?? "end"}`, values, () => {
            const t = this.state();
            x.assertWritable(t.sheet);
            if (index !== null && index !== undefined && index !== -1)
              throw new Error("fake: only appending rows is supported");
            if (t.filtered)
              throw officeError("FilteredRangeConflict", `table ${t.name} is filtered`);
            // New rows go above the total row; the cells below in the table's columns move down.
            const at = x.bodyRect(t).bottom + 1;
            x.shiftColumnsDown(t.sheet, at, values.length, t.rect.left, t.rect.right, t);
            t.rect = { ...t.rect, bottom: t.rect.bottom + values.length };
            const rect: Rect = {
              top: at,
              left: t.rect.left,
              bottom: at + values.length - 1,
              right: t.rect.right,
            };
            x.writeGrid(t.sheet, rect, values, "values");
          });
        },
      },
      "TableRowCollection",
    );
    return gate(x, this, "Table");
  }
  get name(): string {
    return this.get$("name") as string;
  }
  set name(v: string) {
    this.x.queue("table.name", v, v, () => {
      if (
        this.x.tables.some((t) => t.name.toLowerCase() === v.toLowerCase() && t !== this.state())
      ) {
        throw officeError("InvalidArgument", `table name "${v}" is taken`);
      }
      this.state().name = v;
    });
  }
  get id(): string {
    return this.get$("id") as string;
  }
  get showTotals(): boolean {
    return this.get$("showTotals") as boolean;
  }
  get isNullObject(): boolean {
    return this.get$("isNullObject") as boolean;
  }
  set style(v: string) {
    this.x.queue("table.style", "table", v, () => {
      this.state().style = v;
    });
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      const missing = this.isNull?.() ?? false;
      this.loaded.isNullObject = missing;
      if (missing) return this.loaded;
      const t = this.state();
      this.loaded.name = t.name;
      this.loaded.id = t.id;
      this.loaded.showTotals = t.showTotals;
      return this.loaded;
    });
    return this;
  }
  delete(): void {
    this.x.queue("table.delete", "table", undefined, () => {
      const t = this.state();
      this.x.assertWritable(t.sheet);
      const s = this.x.sheet(t.sheet);
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) s.cells.delete(key(r, c));
      this.x.tables = this.x.tables.filter((q) => q !== t);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.x, () => ({ sheet: this.state().sheet, rect: this.state().rect }));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.x, () => {
      const r = this.state().rect;
      return { sheet: this.state().sheet, rect: { ...r, bottom: r.top } };
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.x, () => ({
      sheet: this.state().sheet,
      rect: this.x.bodyRect(this.state()),
    }));
  }
}

/** CustomXmlPartScopedCollection: the parts of one namespace (load and items only). */
class FakeScopedXmlParts extends ClientObject {
  items: { id: string; delete: () => void; getXml: () => { value: string } }[] = [];
  constructor(
    x: FakeExcel,
    private readonly namespace: string | undefined,
    type = "CustomXmlPartScopedCollection",
  ) {
    super(x);
    return gate(x, this, type);
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.items = this.x.xmlParts
        .filter((p) => this.namespace === undefined || p.namespace === this.namespace)
        .map((p) => {
          const result = { value: "" };
          return gate(
            this.x,
            {
              id: p.id,
              delete: () =>
                this.x.queue("customXmlPart.delete", p.id, undefined, () => {
                  this.x.xmlParts = this.x.xmlParts.filter((q) => q.id !== p.id);
                }),
              getXml: () => {
                this.x.queueLoad(() => (result.value = p.xml));
                return result;
              },
            },
            "CustomXmlPart",
          );
        });
    });
    return this;
  }
}

class FakeXmlParts extends FakeScopedXmlParts {
  constructor(x: FakeExcel) {
    super(x, undefined, "CustomXmlPartCollection");
  }
  add(xml: string): unknown {
    this.x.queue("customXmlParts.add", "workbook", xml, () => this.x.addPart(xml));
    return {};
  }
  getByNamespace(ns: string): FakeScopedXmlParts {
    return new FakeScopedXmlParts(this.x, ns);
  }
}

function splitCellKey(cellAddress: string): { sheet: string; address: string } {
  const at = cellAddress.lastIndexOf("!");
  const sheet = cellAddress.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, address: cellAddress.slice(at + 1) };
}

class FakeNotes {
  constructor(private readonly x: FakeExcel) {
    return gate(x, this, "NoteCollection");
  }
  private find(
    cellAddress: string,
  ): { sheet: string; address: string; content: string } | undefined {
    const k = splitCellKey(cellAddress);
    return this.x.notes.find((n) => n.sheet === k.sheet && n.address === k.address);
  }
  add(cell: string | FakeRange, content: string): unknown {
    const cellAddress =
      typeof cell === "string" ? cell : `${cell.where().sheet}!${rectAddress(cell.where().rect)}`;
    this.x.queue("notes.add", cellAddress, content, () => {
      if (this.find(cellAddress))
        throw officeError("InvalidOperation", `${cellAddress} already has a note`);
      this.x.notes.push({ ...splitCellKey(cellAddress), content });
    });
    return {};
  }
  getItemOrNullObject(cellAddress: string): unknown {
    const x = this.x;
    const find = (): { content: string } | undefined => this.find(cellAddress);
    const loaded: { isNullObject?: boolean; content?: string } = {};
    const item = gate(
      x,
      {
        load: () => {
          x.queueLoad(() => {
            const n = find();
            loaded.isNullObject = n === undefined;
            loaded.content = n?.content ?? "";
          });
          return item;
        },
        delete: () =>
          x.queue("note.delete", cellAddress, undefined, () => {
            const n = find();
            x.notes = x.notes.filter((m) => m !== n);
          }),
        get isNullObject(): boolean {
          if (loaded.isNullObject === undefined)
            throw officeError("PropertyNotLoaded", "isNullObject");
          return loaded.isNullObject;
        },
        get content(): string {
          if (loaded.content === undefined) throw officeError("PropertyNotLoaded", "content");
          return loaded.content;
        },
        set content(v: string) {
          x.queue("note.content", cellAddress, v, () => {
            const n = find();
            if (!n) throw officeError("ItemNotFound", `note ${cellAddress}`);
            n.content = v;
          });
        },
      },
      "Note",
    );
    return item;
  }
}

// --- Cell formats set on ranges (fills, wrap): a later setting covers an earlier one where
// they overlap; one fully covered is dropped. No entry (or value undefined) is Excel's default.

function setLayer<T>(layers: Map<string, T>, rect: Rect, value: T | undefined): void {
  for (const a of [...layers.keys()]) if (inside(parseRect(a), rect)) layers.delete(a);
  const covered = [...layers.keys()].some((a) => intersects(parseRect(a), rect));
  // No Fill over nothing is no entry at all; over an older fill it must hide it.
  if (value !== undefined || covered) layers.set(rectAddress(rect), value as T);
}

/** The setting that applies to cell (r, c): the latest range holding it. */
function layerAt<T>(layers: Map<string, T>, r: number, c: number): T | undefined {
  const cell = { top: r, left: c, bottom: r, right: c };
  let out: T | undefined;
  for (const [a, v] of layers) if (intersects(parseRect(a), cell)) out = v;
  return out;
}

function inside(a: Rect, b: Rect): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

function setFont(s: FakeSheet, rect: Rect, f: { bold?: boolean; fontColor?: string }): void {
  if (f.bold === undefined && f.fontColor === undefined) return;
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = s.cells.get(key(r, c)) ?? { value: "", numberFormat: "General" };
      if (f.bold !== undefined) cell.bold = f.bold;
      if (f.fontColor !== undefined) cell.fontColor = f.fontColor;
      s.cells.set(key(r, c), cell);
    }
}

/** A loaded format path of a range: one value when every cell agrees, else null. */
function readFormat(s: FakeSheet, rect: Rect, path: string): unknown {
  const of = (r: number, c: number): unknown => {
    const cell = s.cells.get(key(r, c));
    const fill = layerAt(s.fills, r, c);
    if (path === "fill/color") return fill ?? "#FFFFFF";
    if (path === "fill/tintAndShade") return fill === undefined ? null : 0;
    if (path === "font/bold") return cell?.bold ?? false;
    if (path === "font/color") return cell?.fontColor ?? "#000000";
    if (path === "wrapText") return layerAt(s.wrapped, r, c) ?? false;
    throw new Error(`fake: format/${path} is not modelled`);
  };
  const first = of(rect.top, rect.left);
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) if (of(r, c) !== first) return null;
  return first;
}

/** Each cell's own setting other than the default, "A1 #RRGGBB", from the ranges they were set on. */
function cellLayers<T>(layers: Map<string, T>, byDefault: T | undefined): string[] {
  const out = new Set<string>();
  for (const a of layers.keys()) {
    const r = parseRect(a);
    for (let i = r.top; i <= r.bottom; i++)
      for (let j = r.left; j <= r.right; j++) {
        const v = layerAt(layers, i, j);
        if (v !== undefined && v !== byDefault)
          out.add(`${rectAddress({ top: i, left: j, bottom: i, right: j })} ${String(v)}`);
      }
  }
  return [...out].sort();
}

// --- Snapshots: the whole workbook as plain data, to compare it before and after a failed write.

export interface WorkbookSnapshot {
  sheets: {
    name: string;
    /** "A1 value|formula|numberFormat" of every cell that holds something or a format. */
    cells: string[];
    fills: string[];
    wrapped: string[];
    conditionalFormats: string[];
    protected: boolean;
  }[];
  tables: string[];
  xmlParts: string[];
  notes: string[];
  calculationMode: string;
  enableEvents: boolean;
}

/** What a planner would see of the workbook: cells, formats, fills, highlights, tables, state parts, settings. */
export function snapshot(x: FakeExcel): WorkbookSnapshot {
  return {
    sheets: x.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(
          ([, c]) =>
            c.value !== "" ||
            c.formula !== undefined ||
            c.numberFormat !== "General" ||
            c.bold === true ||
            (c.fontColor ?? "#000000") !== "#000000",
        )
        .map(([k, c]) => {
          const [r = 0, col = 0] = k.split(",").map(Number);
          const at = rectAddress({ top: r, left: col, bottom: r, right: col });
          const font = `${c.bold ? "bold" : ""} ${c.fontColor ?? "#000000"}`;
          return `${at} ${String(c.value)}|${c.formula ?? ""}|${c.numberFormat}|${font}`;
        })
        .sort(),
      fills: cellLayers(s.fills, undefined),
      wrapped: cellLayers(s.wrapped, false),
      conditionalFormats: s.conditionalFormats
        .map((c) => `${c.address} ${c.formula} ${c.fill} ${c.fontColor ?? ""} ${c.bold ?? ""}`)
        .sort(),
      protected: s.protected,
    })),
    tables: x.tables
      .map((t) => `${t.id} ${t.name} ${t.sheet}!${rectAddress(t.rect)} ${t.showTotals} ${t.style}`)
      .sort(),
    xmlParts: x.xmlParts.map((p) => `${p.namespace} ${p.xml}`).sort(),
    notes: x.notes.map((n) => `${n.sheet}!${n.address} ${n.content}`).sort(),
    calculationMode: x.calculationMode,
    enableEvents: x.enableEvents,
  };
}

// --- Formats move with their cells: conditional formats and fills on row inserts and deletes.
// Excel keeps formatting on the cells it belongs to: inserting rows inside a formatted range
// grows it, deleting its rows shrinks or removes it, and references in a conditional format's
// formula to cells that moved are adjusted like any formula's
// (https://support.microsoft.com/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).

/** Rows row.. (count > 0 inserted) or row..row-count-1 (deleted) in columns left..right of a sheet. */
function moveFormats(s: FakeSheet, row: number, count: number, left: number, right: number): void {
  const moved = (r: Rect): Rect | undefined => {
    if (r.left < left || r.right > right) return r; // partly outside the shifted columns: stays
    if (count > 0) {
      if (r.top >= row) return { ...r, top: r.top + count, bottom: r.bottom + count };
      return r.bottom >= row ? { ...r, bottom: r.bottom + count } : r;
    }
    const last = row - count - 1;
    const map = (x: number, edge: "top" | "bottom"): number =>
      x > last ? x + count : x >= row ? (edge === "top" ? row : row - 1) : x;
    const out = { ...r, top: map(r.top, "top"), bottom: map(r.bottom, "bottom") };
    return out.bottom < out.top ? undefined : out;
  };
  s.conditionalFormats = s.conditionalFormats.flatMap((cf) => {
    const from = parseRect(cf.address);
    const r = moved(from);
    if (!r) return [];
    const formula = adjustRowReferences(cf.formula, row, count, r.top - from.top);
    return [{ ...cf, address: rectAddress(r), formula }];
  });
  const fills = [...s.fills.entries()];
  s.fills.clear();
  for (const [address, color] of fills) {
    const r = moved(parseRect(address));
    if (r) s.fills.set(rectAddress(r), color);
  }
}

/**
 * A conditional format's formula after its range moved: relative row references are relative
 * to the range's top-left cell, so they move with it (delta rows); absolute ones are adjusted
 * like any reference to a cell at or below `row` (1-based in the text: row + 1).
 */
function adjustRowReferences(formula: string, row: number, count: number, delta: number): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      /(^|[^A-Za-z0-9_.[\]])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
      (_m, pre: string, col: string, abs: string, r: string) => {
        const n = Number(r);
        const to = abs ? (n - 1 >= row ? n + count : n) : n + delta;
        return `${pre}${col}${abs}${to}`;
      },
    ),
  );
}

// --- R1C1 formulas: Excel reads them relative to the cell they apply to (for a conditional
// format, the top-left cell of its range: ConditionalFormatRule.formulaR1C1,
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule).

/** `RC4<>R[1]C` at 0-based (row, col) -> `$D9<>E10`-style A1 text. */
export function a1FromR1C1(formula: string, row: number, col: number): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![\dA-Za-z_(])/g,
      (_m, pre: string, r: string | undefined, c: string | undefined) => {
        const rel = (p: string | undefined, base: number): [number, boolean] =>
          p === undefined
            ? [base, false]
            : p.startsWith("[")
              ? [base + Number(p.slice(1, -1)), false]
              : [Number(p) - 1, true];
        const [rr, rowAbs] = rel(r, row);
        const [cc, colAbs] = rel(c, col);
        const letters = rectAddress({ top: 0, left: cc, bottom: 0, right: cc }).replace(/\d+$/, "");
        return `${pre}${colAbs ? "$" : ""}${letters}${rowAbs ? "$" : ""}${rr + 1}`;
      },
    ),
  );
}

// --- Payload limits: Excel on the web refuses a request or a response above 5 MB with
// RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
// the limit is Excel on the web's only: OfficeDev/office-js-docs-pr#5333; the error as add-ins
// meet it: specklesystems/speckle-excel#9). The fake holds every host to it, as the code must
// run on the web too. A refused request runs none of its operations; a response too large is
// refused after the operations ran (conservative: the writes stay, the reads are lost).
const PAYLOAD_LIMIT_BYTES = 5_000_000;

function requestBytes(batch: Pending[]): number {
  return batch
    .filter((op) => !op.load)
    .reduce(
      (n, op) =>
        n + OP_OVERHEAD + (op.args === undefined ? 0 : Buffer.byteLength(JSON.stringify(op.args))),
      0,
    );
}

function assertRequestSize(batch: Pending[], limit: number): void {
  const bytes = requestBytes(batch);
  if (bytes > limit)
    throw officeError(
      "RequestPayloadSizeLimitExceeded",
      `The request payload size has exceeded the limit (${bytes} bytes)`,
    );
}

function assertResponseSize(bytes: number, limit: number): void {
  if (bytes > limit)
    throw officeError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size has exceeded the limit (${bytes} bytes)`,
    );
}
