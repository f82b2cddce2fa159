// The pure part of a refresh: a table as the planner left it (read back from the sheet) merged
// with the new plan of that table. The add-in's columns take the sources' new values, except
// a value the planner edited (kept, reported); rows and columns the planner added are left
// alone, and so are the planner's columns of the plan (Reason); new figures are appended (or
// fill blank rows). Nothing is written for what is equal, so a second refresh with the same
// sources writes nothing.
import type { CellValue, TablePlan } from "../workbook/plan-types";
import { cellHash, writtenHash, type WrittenTable } from "../workbook/written-state";
import { sameFormula } from "../workbook/formula-form";

/** A table read back from Excel: header names and body rows (values and formulas). */
export interface ReadTable {
  headers: string[];
  values: CellValue[][];
  formulas: CellValue[][];
}

/** New cells for rows first.. of one sheet column: values, or formula text for `formulas`. */
export interface ColumnUpdate {
  col: number;
  first: number;
  kind: "values" | "formulas";
  cells: CellValue[];
}

export interface KeptEdit {
  id: string;
  /** Body row (0-based) and sheet column of the kept cell. */
  row: number;
  col: number;
  columnKey: string;
  planner: CellValue;
  /** The planner's formula, when the cell holds one (=100+1 typed into Value). */
  formula?: string;
  /** What the sources state now (for a formula column, the add-in's formula). */
  source: CellValue;
  /** The cell is in one of the add-in's formula columns (text typed over Status). */
  overFormula?: boolean;
}

/** How each sheet column is filled in appended rows. */
export type AppendKind = "value" | "formula" | "planner" | "planner-formula";

export interface TableMerge {
  /** Sheet column of each plan column. */
  columnAt: number[];
  updates: ColumnUpdate[];
  /** New rows, one entry per sheet column: values, formula text, or "" for planner columns. */
  appended: CellValue[][];
  appendedIds: string[];
  appendKinds: AppendKind[];
  kept: KeptEdit[];
  /** Body rows left as the planner has them: ids not in the plan, or blank ids. */
  plannerRows: number[];
  plannerColumns: string[];
  /** Ids in the sheet that the new sources no longer have (rows kept, not updated). */
  staleIds: string[];
  /** Ids of the plan the last load wrote and the planner deleted: not written again. */
  deletedByPlanner: string[];
}

function norm(v: CellValue | undefined): CellValue {
  return v === null || v === undefined ? "" : v;
}

export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return norm(a) === norm(b);
}

/** The formula of a cell whose formula text is not its value: a real formula, not text "=x". */
function formulaOf(typed: CellValue | undefined, now: CellValue | undefined): { formula?: string } {
  return typeof typed === "string" && typed.startsWith("=") && typed !== now
    ? { formula: typed }
    : {};
}

/**
 * A formula cell the add-in may rewrite: it holds the formula the last load wrote (or, in a
 * workbook whose state has none, any formula: an older version of ours). A constant there was
 * typed by the planner.
 */
function isOurFormula(
  typed: CellValue | undefined,
  now: CellValue | undefined,
  previous: string | undefined,
  table: string,
): boolean {
  if (formulaOf(typed, now).formula === undefined) return false;
  return previous === undefined || sameFormula(typed, previous, table);
}

function columnIndexByName(plan: TablePlan, existing: ReadTable): number[] {
  return plan.columns.map((c) => {
    const i = existing.headers.indexOf(c.name);
    if (i < 0) {
      throw new Error(
        `refresh: table ${plan.name} has no column "${c.name}" (found: ${existing.headers.join(", ")}); ` +
          `was it renamed or deleted, or loaded in another language?`,
      );
    }
    return i;
  });
}

/** Contiguous runs of changed rows of one column become one update each. */
function runs(
  col: number,
  kind: ColumnUpdate["kind"],
  desired: (CellValue | undefined)[],
): ColumnUpdate[] {
  const out: ColumnUpdate[] = [];
  let current: ColumnUpdate | undefined;
  desired.forEach((v, row) => {
    if (v === undefined) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { col, first: row, kind, cells: [] };
      out.push(current);
    }
    current.cells.push(v);
  });
  return out;
}

/** A planner's formula column keeps its formula in new rows when every row has the same one. */
function plannerFormula(existing: ReadTable, col: number): string | undefined {
  const first = existing.formulas[0]?.[col];
  if (typeof first !== "string" || !first.startsWith("=")) return undefined;
  return existing.formulas.every((r) => r[col] === first) ? first : undefined;
}

/**
 * `previous` is what the last load wrote into this table (the workbook's state): a cell that
 * differs from it is the planner's and is kept and reported, in every column; without it only
 * Value is compared (with its Source value copy). `written` are the ids the last load wrote.
 */
export function mergeTable(
  plan: TablePlan,
  existing: ReadTable,
  previous?: WrittenTable,
  written?: ReadonlySet<string>,
): TableMerge {
  const at = columnIndexByName(plan, existing);
  const keyPos = plan.columns.findIndex((c) => c.key === plan.keyColumn);
  const keyCol = at[keyPos];
  if (keyCol === undefined)
    throw new Error(`refresh: table ${plan.name} has no key column "${plan.keyColumn}"`);
  const planRows = new Map<string, CellValue[]>();
  for (const row of plan.rows) planRows.set(String(row[keyPos]), row);
  const width = existing.headers.length;
  const ours = new Set(at);
  const plannerColumns = existing.headers.filter((_, i) => !ours.has(i));

  // Desired cell per sheet column and body row; undefined = leave as it is.
  const desired: (CellValue | undefined)[][] = Array.from({ length: width }, () => []);
  const kept: KeptEdit[] = [];
  const plannerRows: number[] = [];
  const staleIds: string[] = [];
  const blankSlots: number[] = [];
  const seen = new Set<string>();
  const loadedCopyAt = (copy: string | undefined): number | undefined => {
    const p = copy === undefined ? -1 : plan.columns.findIndex((c) => c.key === copy);
    return p < 0 ? undefined : at[p];
  };

  const fill = (
    row: number,
    planRow: CellValue[],
    sheetRow: CellValue[] | undefined,
    formulaRow: CellValue[] | undefined,
  ) => {
    const id = String(planRow[keyPos]);
    plan.columns.forEach((c, p) => {
      const col = at[p] as number;
      const now = sheetRow?.[col];
      const typed = formulaRow?.[col];
      const keep = (columnKey: string, source: CellValue, more: Partial<KeptEdit>) =>
        kept.push({ id, row, col, columnKey, planner: norm(now), source, ...more });
      if (c.kind === "formula") {
        // Excel may return the formula in its own form ([@Col]): compare canonically.
        if (sameFormula(typed, c.formula, plan.name)) return;
        if (sheetRow && !isOurFormula(typed, now, previous?.formulas[c.key], plan.name)) {
          // Text typed over Status, the planner's own formula, a cleared cell: theirs.
          keep(c.key, c.formula ?? "", { ...formulaOf(typed, now), overFormula: true });
          return;
        }
        desired[col]![row] = c.formula ?? "";
        return;
      }
      const fresh = norm(planRow[p]);
      // The planner's column (Reason) is theirs once the row exists: never written again.
      if (c.planner && sheetRow) return;
      if (sheetRow && c.key !== plan.keyColumn) {
        // We never write a formula into a value column: one there (=100+1) is the planner's.
        const formula = formulaOf(typed, now);
        if (formula.formula !== undefined || !isOurValue(c, p, id, sheetRow, now)) {
          if (formula.formula !== undefined || !sameCell(now, fresh)) keep(c.key, fresh, formula);
          return;
        }
      }
      if (!sheetRow || !sameCell(now, fresh)) desired[col]![row] = fresh;
    });
  };

  /** Whether a value cell still holds what the add-in wrote last (else the planner changed it). */
  const isOurValue = (
    c: TablePlan["columns"][number],
    p: number,
    id: string,
    sheetRow: CellValue[],
    now: CellValue | undefined,
  ): boolean => {
    const hash = previous && writtenHash(previous, id, c.key);
    if (hash !== undefined && hash !== "") return cellHash(norm(now)) === hash;
    // A workbook loaded before the state recorded every cell: Value against its Source value
    // copy, as before; other columns cannot tell and take the sources' value.
    const copyCol = loadedCopyAt(c.loadedCopy);
    if (!c.editable) return true;
    return sameCell(now, copyCol === undefined ? planRow(p, id) : sheetRow[copyCol]);
  };
  const planRow = (p: number, id: string): CellValue => norm(planRows.get(id)?.[p]);

  existing.values.forEach((sheetRow, row) => {
    const id = norm(sheetRow[keyCol]);
    const blank =
      sheetRow.every((v) => norm(v) === "") &&
      (existing.formulas[row] ?? []).every((v) => norm(v) === "");
    if (blank) {
      blankSlots.push(row);
      return;
    }
    const planRow = id === "" ? undefined : planRows.get(String(id));
    if (!planRow || seen.has(String(id))) {
      plannerRows.push(row);
      if (id !== "" && !planRow) staleIds.push(String(id));
      return;
    }
    seen.add(String(id));
    fill(row, planRow, sheetRow, existing.formulas[row]);
  });

  // A row the last load wrote that the sheet no longer has was deleted by the planner: it is
  // neither appended nor put into a blank row the planner inserted.
  const gone = plan.rows.filter((r) => !seen.has(String(r[keyPos])));
  const deletedByPlanner = gone.map((r) => String(r[keyPos])).filter((id) => written?.has(id));
  const missing = gone.filter((r) => !written?.has(String(r[keyPos])));
  const appendKinds: AppendKind[] = existing.headers.map((_, col) => {
    const p = at.indexOf(col);
    if (p >= 0) return plan.columns[p]?.kind === "formula" ? "formula" : "value";
    return plannerFormula(existing, col) === undefined ? "planner" : "planner-formula";
  });
  const appended: CellValue[][] = [];
  const appendedIds: string[] = [];
  for (const planRow of missing) {
    const slot = blankSlots.shift();
    if (slot !== undefined) {
      fill(slot, planRow, undefined, undefined);
      continue;
    }
    const out: CellValue[] = existing.headers.map((_, col) => {
      const kind = appendKinds[col];
      if (kind === "planner-formula") return plannerFormula(existing, col) ?? "";
      if (kind === "planner") return "";
      const p = at.indexOf(col);
      const c = plan.columns[p];
      return c?.kind === "formula" ? (c.formula ?? "") : norm(planRow[p]);
    });
    appended.push(out);
    appendedIds.push(String(planRow[keyPos]));
  }

  const updates = desired.flatMap((cells, col) => {
    const isFormula = appendKinds[col] === "formula";
    return runs(
      col,
      isFormula ? "formulas" : "values",
      Array.from({ length: existing.values.length }, (_, r) => cells[r]),
    );
  });
  return {
    columnAt: at,
    updates,
    appended,
    appendedIds,
    appendKinds,
    kept,
    plannerRows,
    plannerColumns,
    staleIds,
    deletedByPlanner,
  };
}

/**
 * The table with the plan's planner columns (Reason) it lacks added, empty, at its end: a
 * workbook loaded before such a column existed gets it on refresh instead of an error.
 */
export function withPlannerColumns(
  plan: TablePlan,
  existing: ReadTable,
): { table: ReadTable; added: string[] } {
  const added = plan.columns
    .filter((c) => c.planner && !existing.headers.includes(c.name))
    .map((c) => c.name);
  if (added.length === 0) return { table: existing, added };
  const blanks = added.map(() => "");
  return {
    table: {
      headers: [...existing.headers, ...added],
      values: existing.values.map((r) => [...r, ...blanks]),
      formulas: existing.formulas.map((r) => [...r, ...blanks]),
    },
    added,
  };
}

/** Drops appended rows whose ids the previous load wrote: the planner deleted them on purpose. */
export function withoutDeleted(
  merge: TableMerge,
  previousIds: ReadonlySet<string>,
): TableMerge & { deletedByPlanner: string[] } {
  const keep = merge.appendedIds.map((id) => !previousIds.has(id));
  return {
    ...merge,
    appended: merge.appended.filter((_, i) => keep[i]),
    appendedIds: merge.appendedIds.filter((_, i) => keep[i]),
    deletedByPlanner: [...merge.deletedByPlanner, ...merge.appendedIds.filter((_, i) => !keep[i])],
  };
}
