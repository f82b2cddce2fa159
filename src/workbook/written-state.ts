// What the add-in wrote into each of its tables, kept in the workbook's state so that a refresh
// can tell a planner's change from a new source value in every column, not only Value: a
// corrected Region, text typed over Status, a deleted row. Per row, a short fingerprint of each
// value cell (8 hex digits, FNV-1a); per formula column, its formula. Pure and deterministic.
import { fnv1a } from "./hash";
import type { CellValue, SheetPlan, TablePlan } from "./plan-types";

export interface WrittenTable {
  /** Keys of the value columns whose cells are fingerprinted, in the order of `rows`. */
  columns: string[];
  /** Row id -> the fingerprints of its value cells, concatenated. */
  rows: Record<string, string>;
  /** Formula column key -> the formula every row of it was given. */
  formulas: Record<string, string>;
}

const WIDTH = 8;

/** The fingerprint of a cell as Excel reads it back: empty is "", whatever was written. */
export function cellHash(value: CellValue | undefined): string {
  return fnv1a(JSON.stringify(value ?? ""));
}

/** The value columns a refresh compares: not the planner's own (Reason), not the row key. */
function fingerprinted(table: TablePlan): string[] {
  return table.columns
    .filter((c) => c.kind !== "formula" && !c.planner && c.key !== table.keyColumn)
    .map((c) => c.key);
}

export function writtenTable(table: TablePlan): WrittenTable {
  const columns = fingerprinted(table);
  const positions = columns.map((key) => table.columns.findIndex((c) => c.key === key));
  const keyPos = table.columns.findIndex((c) => c.key === table.keyColumn);
  const rows: Record<string, string> = {};
  for (const row of table.rows)
    rows[String(row[keyPos])] = positions.map((p) => cellHash(row[p])).join("");
  const formulas: Record<string, string> = {};
  for (const c of table.columns) if (c.kind === "formula") formulas[c.key] = c.formula ?? "";
  return { columns, rows, formulas };
}

export function writtenState(sheets: SheetPlan[]): Record<string, WrittenTable> {
  const out: Record<string, WrittenTable> = {};
  for (const sheet of sheets) for (const t of sheet.tables) out[t.name] = writtenTable(t);
  return out;
}

/** The fingerprint the last load wrote into column `key` of row `id`, if it recorded one. */
export function writtenHash(table: WrittenTable, id: string, key: string): string | undefined {
  const at = table.columns.indexOf(key);
  const row = table.rows[id];
  if (at < 0 || row === undefined) return undefined;
  return row.slice(at * WIDTH, (at + 1) * WIDTH);
}
