// A recording fake of the part of the Office.js Excel object model that src/excel uses.
// Like the real host it is lazy: property sets and method calls are queued and applied at
// context.sync(), loaded properties can be read only after a sync, a failing operation aborts
// the rest of its batch. It records every applied operation, the syncs, and the JSON payload
// bytes of each sync, so tests and the writer bench can count them.
import { parseRect, rectAddress, type Rect } from "../../src/excel/a1";

export type Cell = { value: string | number | boolean; formula?: string; numberFormat: string };

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
  fills: Map<string, string>;
  hiddenColumns: Set<number>;
}

export interface FakeTable {
  id: number;
  name: string;
  sheet: string;
  rect: Rect;
  style: string;
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
  apply: () => void;
}

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
  /** Addresses last selected by the add-in (Worksheet.getRanges(...).select()). */
  selected: string[] = [];
  changeHandlers: { table: string; handler: () => unknown; removed: boolean }[] = [];
  ops: RecordedOp[] = [];
  syncs = 0;
  syncBytes: number[] = [];
  /** JSON bytes of the loaded data each sync returned. */
  responseBytes: number[] = [];
  /** Throw at sync when this returns true for a queued operation. */
  failOn?: (op: { kind: string; target: string }) => boolean;
  private pending: Pending[] = [];
  private loads: (() => unknown)[] = [];
  private calcSuspended = false;
  private screenSuspended = false;
  private nextTableId = 1;
  private nextPartId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(newSheet(n));
  }

  get context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: worksheet "${name}"`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`ItemNotFound: table "${name}"`);
    return t;
  }

  cell(sheet: string, address: string): Cell {
    const r = parseRect(address);
    return (
      this.sheet(sheet).cells.get(key(r.top, r.left)) ?? { value: "", numberFormat: "General" }
    );
  }

  /** Values of a table (header first) as Excel would return them. */
  tableGrid(name: string, prop: "values" | "formulas" = "values"): unknown[][] {
    const t = this.table(name);
    return this.readGrid(t.sheet, t.rect, prop);
  }

  /** A planner typing into a cell: "=..." becomes a formula unless the cell is text ("@"). */
  type(sheet: string, address: string, value: string | number, numberFormat?: string): void {
    const r = parseRect(address);
    if (numberFormat !== undefined) this.writeGrid(sheet, r, [[numberFormat]], "numberFormat");
    this.writeGrid(sheet, r, [[value]], "values");
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

  /** A planner renaming a sheet: its tables go with it. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
    for (const t of this.tables) if (t.sheet === from) t.sheet = to;
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
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      if (t.rect.left >= col)
        t.rect = { ...t.rect, left: t.rect.left + 1, right: t.rect.right + 1 };
      else if (t.rect.right >= col) t.rect = { ...t.rect, right: t.rect.right + 1 };
    }
  }

  queue(kind: string, target: string, args: unknown, apply: () => void): void {
    this.pending.push({ kind, target, args, apply });
  }

  /** `fill` returns what it loaded (counted as response bytes) or nothing. */
  queueLoad(fill: () => unknown): void {
    this.loads.push(fill);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const batch = this.pending;
    const loads = this.loads;
    this.pending = [];
    this.loads = [];
    let bytes = 0;
    try {
      for (const op of batch) {
        const b =
          OP_OVERHEAD + (op.args === undefined ? 0 : Buffer.byteLength(JSON.stringify(op.args)));
        bytes += b;
        if (this.failOn?.(op)) throw new Error(`InvalidArgument: ${op.kind} on ${op.target}`);
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
      let response = 0;
      for (const fill of loads) {
        const got = fill();
        if (got !== undefined) response += Buffer.byteLength(JSON.stringify(got));
      }
      this.responseBytes.push(response);
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
    const t: FakeTable = {
      id: this.nextTableId++,
      name: `Table${this.nextTableId - 1}`,
      sheet,
      rect,
      style: "TableStyleMedium2",
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

  /** Write one grid the way Excel stores Range.values / Range.formulas (null leaves a cell). */
  writeGrid(
    sheet: string,
    rect: Rect,
    grid: unknown[][],
    prop: "values" | "formulas" | "numberFormat",
  ): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) {
      throw new Error(
        `InvalidArgument: ${prop} is ${grid.length}x${grid[0]?.length ?? 0}, range ${rectAddress(rect)} is ${rows}x${cols}`,
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
          // Excel stores a string starting with = + - as a formula unless the cell is text.
          c.formula = v;
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
        else if (prop === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
        else row.push(cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }
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
  };
}

/** Base of every proxy: properties loaded at sync, reading an unloaded one throws. */
class Proxy {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly x: FakeExcel) {}
  protected get$(prop: string): unknown {
    if (!(prop in this.loaded)) throw new Error(`PropertyNotLoaded: ${prop}`);
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
  }
  sync(): Promise<void> {
    return this.x.sync();
  }
}

class FakeWorkbook {
  getSelectedRange(): FakeRange {
    return new FakeRange(this.x, () => ({
      sheet: this.x.selection.sheet,
      rect: parseRect(this.x.selection.address),
    }));
  }
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly customXmlParts: FakeXmlParts;
  readonly notes: FakeNotes;
  readonly application: FakeApplication;
  constructor(private readonly x: FakeExcel) {
    this.worksheets = new FakeWorksheets(x);
    this.tables = new FakeTables(x, undefined);
    this.customXmlParts = new FakeXmlParts(x, undefined);
    this.notes = new FakeNotes(x);
    this.application = new FakeApplication(x);
  }
}

class FakeApplication extends Proxy implements Pick<Excel.Application, "calculationMode"> {
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

class FakeRuntime extends Proxy implements Pick<Excel.Runtime, "enableEvents"> {
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

class FakeWorksheets extends Proxy {
  items: FakeWorksheet[] = [];
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.items = this.x.sheets.map((s) => new FakeWorksheet(this.x, () => s.name, true));
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.sheet(name).name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.x, () => this.x.activeSheet);
  }
  add(name: string): FakeWorksheet {
    this.x.queue("worksheets.add", name, name, () => {
      if (this.x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`ItemAlreadyExists: worksheet "${name}"`);
      }
      this.x.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.x, () => name);
  }
}

class FakeWorksheet extends Proxy implements Pick<Excel.Worksheet, "name"> {
  readonly tables: FakeTables;
  readonly freezePanes: FakeFreezePanes;
  readonly notes: FakeNotes;
  constructor(
    x: FakeExcel,
    readonly sheetName: () => string,
    withName = false,
  ) {
    super(x);
    this.tables = new FakeTables(x, sheetName);
    this.freezePanes = new FakeFreezePanes(x, sheetName);
    this.notes = new FakeNotes(x);
    if (withName) this.loaded.name = sheetName();
  }
  get name(): string {
    return this.get$("name") as string;
  }
  set tabColor(v: string) {
    this.x.queue("worksheet.tabColor", this.sheetName(), v, () => {
      this.x.sheet(this.sheetName()).tabColor = v;
    });
  }
  get id(): string {
    return this.get$("id") as string;
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.loaded.name = this.sheetName();
      this.loaded.id = `{sheet:${this.sheetName()}}`;
    });
    return this;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.x, () => ({ sheet: this.sheetName(), rect: parseRect(address) }));
  }
  activate(): void {
    this.x.queue("worksheet.activate", this.sheetName(), undefined, () => {
      this.x.activeSheet = this.sheetName();
    });
  }
  getRanges(addresses: string): { select: () => void } {
    return {
      select: () =>
        this.x.queue("ranges.select", this.sheetName(), addresses, () => {
          this.x.selected = addresses.split(",").map((a) => `${this.sheetName()}!${a}`);
        }),
    };
  }
}

class FakeFreezePanes implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns"> {
  constructor(
    private readonly x: FakeExcel,
    private readonly sheetName: () => string,
  ) {}
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

type RangeProps =
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex";

class FakeRange extends Proxy implements Pick<Excel.Range, RangeProps> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    x: FakeExcel,
    readonly where: Where,
  ) {
    super(x);
    this.format = new FakeRangeFormat(x, where);
    this.conditionalFormats = new FakeConditionalFormats(x, where);
  }
  private target(): string {
    const w = this.where();
    return `${w.sheet}!${rectAddress(w.rect)}`;
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
  load(p?: unknown): this {
    const wanted = props(p);
    this.x.queue("range.load", this.target(), undefined, () => undefined);
    this.x.queueLoad(() => {
      const w = this.where();
      for (const prop of wanted) {
        if (prop === "values" || prop === "formulas" || prop === "numberFormat") {
          this.loaded[prop] = this.x.readGrid(w.sheet, w.rect, prop);
        } else if (prop === "address")
          this.loaded.address = `${quoteSheet(w.sheet)}!${rectAddress(w.rect)}`;
        else if (prop === "rowCount") this.loaded.rowCount = w.rect.bottom - w.rect.top + 1;
        else if (prop === "columnCount") this.loaded.columnCount = w.rect.right - w.rect.left + 1;
        else if (prop === "rowIndex") this.loaded.rowIndex = w.rect.top;
        else if (prop === "columnIndex") this.loaded.columnIndex = w.rect.left;
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
  getRow(row: number): FakeRange {
    return new FakeRange(this.x, () => {
      const w = this.where();
      const r = w.rect.top + row;
      return { sheet: w.sheet, rect: { ...w.rect, top: r, bottom: r } };
    });
  }
  set columnHidden(v: boolean) {
    this.x.queue("range.columnHidden", this.target(), v, () => {
      const w = this.where();
      const s = this.x.sheet(w.sheet);
      for (let c = w.rect.left; c <= w.rect.right; c++) s.hiddenColumns.add(c);
    });
  }
  merge(_across?: boolean): void {
    this.x.queue("range.merge", this.target(), undefined, () => {
      const w = this.where();
      this.x.sheet(w.sheet).merged.push(rectAddress(w.rect));
    });
  }
}

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };
  constructor(
    private readonly x: FakeExcel,
    private readonly where: Where,
  ) {
    const target = (): string => `${where().sheet}!${rectAddress(where().rect)}`;
    const setter = (kind: string, apply: (v: unknown) => void) => (v: unknown) =>
      x.queue(kind, target(), v, () => apply(v));
    const fillSet = setter("format.fill.color", (v) =>
      x.sheet(where().sheet).fills.set(rectAddress(where().rect), String(v)),
    );
    const fontColorSet = setter("format.font.color", () => undefined);
    const boldSet = setter("format.font.bold", () => undefined);
    this.fill = {
      set color(v: string) {
        fillSet(v);
      },
      get color(): string {
        return "";
      },
    };
    this.font = {
      set color(v: string) {
        fontColorSet(v);
      },
      get color(): string {
        return "";
      },
      set bold(v: boolean) {
        boldSet(v);
      },
      get bold(): boolean {
        return false;
      },
    };
  }
  set columnWidth(v: number) {
    const w = this.where();
    this.x.queue("format.columnWidth", `${w.sheet}!${rectAddress(w.rect)}`, v, () => {
      const s = this.x.sheet(w.sheet);
      for (let c = w.rect.left; c <= w.rect.right; c++) s.columnWidths.set(c, v);
    });
  }
  set wrapText(v: boolean) {
    const w = this.where();
    this.x.queue("format.wrapText", `${w.sheet}!${rectAddress(w.rect)}`, v, () => undefined);
  }
}

class FakeConditionalFormats extends Proxy {
  items: { type: string; custom: { rule: { formula: string } }; delete: () => void }[] = [];
  constructor(
    x: FakeExcel,
    private readonly where: Where,
  ) {
    super(x);
  }
  add(type: string): unknown {
    const w = this.where();
    const cf: FakeConditionalFormat = { address: rectAddress(w.rect), type, formula: "", fill: "" };
    const target = `${w.sheet}!${cf.address}`;
    const x = this.x;
    x.queue("conditionalFormats.add", target, type, () =>
      x.sheet(w.sheet).conditionalFormats.push(cf),
    );
    const fontState = {
      set color(v: string) {
        x.queue("conditionalFormat.font.color", target, v, () => (cf.fontColor = v));
      },
      set bold(v: boolean) {
        x.queue("conditionalFormat.font.bold", target, v, () => (cf.bold = v));
      },
    };
    return {
      custom: {
        rule: {
          set formula(v: string) {
            x.queue("conditionalFormat.rule.formula", target, v, () => (cf.formula = v));
          },
        },
        format: {
          fill: {
            set color(v: string) {
              x.queue("conditionalFormat.fill.color", target, v, () => (cf.fill = v));
            },
          },
          font: fontState,
        },
      },
    };
  }
  /** Loads the formats that intersect the range, as Excel does. */
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      const w = this.where();
      const sheet = this.x.sheet(w.sheet);
      this.items = sheet.conditionalFormats
        .filter((cf) => intersects(parseRect(cf.address), w.rect))
        .map((cf) => ({
          type: cf.type,
          custom: { rule: { formula: cf.formula } },
          delete: () =>
            this.x.queue("conditionalFormat.delete", `${w.sheet}!${cf.address}`, undefined, () => {
              sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
            }),
        }));
    });
    return this;
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

class FakeTables extends Proxy {
  items: FakeTableProxy[] = [];
  constructor(
    x: FakeExcel,
    private readonly sheetName: (() => string) | undefined,
  ) {
    super(x);
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
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.x, () => this.x.table(name));
  }
  add(address: string, hasHeaders: boolean): FakeTableProxy {
    if (!this.sheetName) throw new Error("use worksheet.tables.add in this fake");
    const sheet = this.sheetName();
    let made: FakeTable | undefined;
    this.x.queue("tables.add", `${sheet}!${address}`, [address, hasHeaders], () => {
      const rect = parseRect(address);
      if (this.x.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
        throw new Error(`InvalidOperation: a table overlaps ${address}`);
      }
      made = this.x.addTableState(sheet, rect);
    });
    return new FakeTableProxy(this.x, () => {
      if (!made) throw new Error("table not created yet");
      return made;
    });
  }
}

class FakeTableProxy extends Proxy implements Pick<Excel.Table, "name"> {
  readonly rows: { add: (index: number | null | undefined, values: unknown[][]) => void };
  readonly columns: {
    getItem: (name: string) => { getDataBodyRange: () => FakeRange };
    add: (index: number | null | undefined, values: unknown, name?: string) => void;
  };
  readonly onChanged: {
    add: (handler: () => unknown) => { context: Excel.RequestContext; remove: () => void };
  };
  readonly worksheet: FakeWorksheet;
  constructor(
    x: FakeExcel,
    private readonly state: () => FakeTable,
    withName = false,
  ) {
    super(x);
    if (withName) this.loaded.name = state().name;
    this.worksheet = new FakeWorksheet(x, () => state().sheet);
    this.columns = {
      add: (index, values, name) => {
        x.queue("table.columns.add", `table ${index ?? "end"}`, name, () => {
          if ((index !== null && index !== undefined) || values !== undefined)
            throw new Error("fake: only appending an empty named column is supported");
          const t = this.state();
          const col = t.rect.right + 1;
          const rect: Rect = { top: t.rect.top, left: col, bottom: t.rect.top, right: col };
          t.rect = { ...t.rect, right: col };
          x.writeGrid(t.sheet, rect, [[name ?? `Column${col - t.rect.left + 1}`]], "values");
        });
      },
      getItem: (name: string) => ({
        getDataBodyRange: () =>
          new FakeRange(x, () => {
            const t = this.state();
            const header =
              x.readGrid(t.sheet, { ...t.rect, bottom: t.rect.top }, "values")[0] ?? [];
            const j = header.indexOf(name);
            if (j < 0) throw new Error(`ItemNotFound: column "${name}" of ${t.name}`);
            const c = t.rect.left + j;
            return {
              sheet: t.sheet,
              rect: { top: t.rect.top + 1, left: c, bottom: t.rect.bottom, right: c },
            };
          }),
      }),
    };
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
    this.rows = {
      add: (index, values) => {
        x.queue("table.rows.add", `table ${index ?? "end"}`, values, () => {
          const t = this.state();
          if (index !== null && index !== undefined && index !== -1)
            throw new Error("fake: only appending rows is supported");
          const rect: Rect = {
            top: t.rect.bottom + 1,
            left: t.rect.left,
            bottom: t.rect.bottom + values.length,
            right: t.rect.right,
          };
          t.rect = { ...t.rect, bottom: rect.bottom };
          x.writeGrid(t.sheet, rect, values, "values");
        });
      },
    };
  }
  get name(): string {
    return this.get$("name") as string;
  }
  set name(v: string) {
    this.x.queue("table.name", v, v, () => {
      if (
        this.x.tables.some((t) => t.name.toLowerCase() === v.toLowerCase() && t !== this.state())
      ) {
        throw new Error(`InvalidArgument: table name "${v}" is taken`);
      }
      this.state().name = v;
    });
  }
  set style(v: string) {
    this.x.queue("table.style", "table", v, () => {
      this.state().style = v;
    });
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.loaded.name = this.state().name;
    });
    return this;
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
    return new FakeRange(this.x, () => {
      const r = this.state().rect;
      return { sheet: this.state().sheet, rect: { ...r, top: r.top + 1 } };
    });
  }
}

class FakeXmlParts extends Proxy {
  items: { id: string; delete: () => void; getXml: () => { value: string } }[] = [];
  constructor(
    x: FakeExcel,
    private readonly namespace: string | undefined,
  ) {
    super(x);
  }
  add(xml: string): unknown {
    this.x.queue("customXmlParts.add", "workbook", xml, () => this.x.addPart(xml));
    return {};
  }
  getByNamespace(ns: string): FakeXmlParts {
    return new FakeXmlParts(this.x, ns);
  }
  load(_p?: unknown): this {
    this.x.queueLoad(() => {
      this.items = this.x.xmlParts
        .filter((p) => this.namespace === undefined || p.namespace === this.namespace)
        .map((p) => {
          const result = { value: "" };
          return {
            id: p.id,
            delete: () =>
              this.x.queue("customXmlPart.delete", p.id, undefined, () => {
                this.x.xmlParts = this.x.xmlParts.filter((q) => q.id !== p.id);
              }),
            getXml: () => {
              this.x.queueLoad(() => (result.value = p.xml));
              return result;
            },
          };
        });
    });
    return this;
  }
}

function splitCellKey(cellAddress: string): { sheet: string; address: string } {
  const at = cellAddress.lastIndexOf("!");
  const sheet = cellAddress.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, address: cellAddress.slice(at + 1) };
}

class FakeNotes {
  constructor(private readonly x: FakeExcel) {}
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
        throw new Error(`InvalidOperation: ${cellAddress} already has a note`);
      this.x.notes.push({ ...splitCellKey(cellAddress), content });
    });
    return {};
  }
  getItemOrNullObject(cellAddress: string): unknown {
    const x = this.x;
    const find = (): { content: string } | undefined => this.find(cellAddress);
    const loaded: { isNullObject?: boolean; content?: string } = {};
    const item = {
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
        if (loaded.isNullObject === undefined) throw new Error("PropertyNotLoaded: isNullObject");
        return loaded.isNullObject;
      },
      get content(): string {
        if (loaded.content === undefined) throw new Error("PropertyNotLoaded: content");
        return loaded.content;
      },
      set content(v: string) {
        x.queue("note.content", cellAddress, v, () => {
          const n = find();
          if (!n) throw new Error(`ItemNotFound: note ${cellAddress}`);
          n.content = v;
        });
      },
    };
    return item;
  }
}
