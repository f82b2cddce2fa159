// A small eager fake of the Office.js calls the pane's own src/excel files make (select rows,
// watch and read Figures, edit single cells). One table on one sheet, header in row 1.
type Value = string | number | boolean;

export interface FakeFigures {
  sheet: string;
  header: string[];
  rows: Value[][];
  formats: Map<string, string>;
  selected: string | null;
  activeSheet: string;
  /** Body row and column (0-based) of the selected cell, for getSelectedRange. */
  selection: { row: number; col: number; sheet: string } | null;
  notes: Map<string, string>;
  handlers: (() => Promise<void>)[];
  syncs: number;
}

const letter = (col: number): string => String.fromCharCode(65 + col);

export function installFakeExcel(
  header: string[],
  rows: Value[][],
  options: { sheet?: string } = {},
): FakeFigures {
  const sheet = options.sheet ?? "Figures";
  const state: FakeFigures = {
    sheet,
    header,
    rows: rows.map((r) => [...r]),
    formats: new Map(),
    selected: null,
    activeSheet: "Other",
    selection: null,
    notes: new Map(),
    handlers: [],
    syncs: 0,
  };
  const address = (row: number, col: number): string => `${letter(col)}${row + 2}`;

  const cell = (row: number, col: number) => ({
    get values(): Value[][] {
      return [[state.rows[row]?.[col] ?? ""]];
    },
    set values(v: Value[][]) {
      const r = state.rows[row];
      if (r) r[col] = v[0]?.[0] ?? "";
    },
    set numberFormat(f: string[][]) {
      state.formats.set(address(row, col), f[0]?.[0] ?? "");
    },
    address: `${sheet}!${address(row, col)}`,
    load() {
      return this;
    },
  });

  const column = (name: string) => {
    const col = header.indexOf(name);
    if (col < 0) throw new Error(`ItemNotFound: column ${name}`);
    return {
      getDataBodyRange: () => ({
        values: state.rows.map((r) => [r[col] ?? ""]),
        load() {
          return this;
        },
        getCell: (row: number) => cell(row, col),
      }),
    };
  };

  const worksheet = {
    id: sheet,
    activate: () => {
      state.activeSheet = sheet;
    },
    // RangeAreas.select is ExcelApi 1.18; Range.select (1.1) is everywhere.
    getRanges: (addresses: string) => ({
      select: () => {
        state.selected = addresses;
      },
    }),
    getRange: (address: string) => ({
      select: () => {
        state.selected = address;
      },
    }),
    load() {
      return this;
    },
  };

  const table = {
    columns: { getItem: column },
    worksheet,
    getDataBodyRange: () => ({
      rowIndex: 1,
      rowCount: state.rows.length,
      columnIndex: 0,
      columnCount: header.length,
      load() {
        return this;
      },
      getRow: (i: number) => ({
        address: `${sheet}!A${i + 2}:${letter(header.length - 1)}${i + 2}`,
        load() {
          return this;
        },
      }),
    }),
    onChanged: {
      add: (handler: () => Promise<void>) => {
        state.handlers.push(handler);
        return {
          context,
          remove: () => {
            state.handlers = state.handlers.filter((h) => h !== handler);
          },
        };
      },
    },
  };

  const context = {
    workbook: {
      tables: {
        getItem: (name: string) => {
          if (name !== "tblFigures") throw new Error(`ItemNotFound: table ${name}`);
          return table;
        },
      },
      getSelectedRange: () => ({
        rowIndex: (state.selection?.row ?? -99) + 1,
        columnIndex: state.selection?.col ?? 0,
        load() {
          return this;
        },
      }),
      worksheets: {
        getActiveWorksheet: () => ({
          id: state.selection?.sheet ?? state.activeSheet,
          load() {
            return this;
          },
        }),
      },
      notes: {
        getItemOrNullObject: (a: string) => ({
          isNullObject: !state.notes.has(a),
          delete: () => state.notes.delete(a),
          load() {
            return this;
          },
        }),
        add: (target: { address: string }, content: string) => {
          state.notes.set(target.address, content);
        },
      },
    },
    sync: async () => {
      state.syncs += 1;
    },
  };

  const run = async (...args: unknown[]): Promise<unknown> => {
    const body = args[args.length - 1] as (ctx: unknown) => Promise<unknown>;
    return body(context);
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return state;
}

export function uninstallFakeExcel(): void {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
}
