// Property: whatever a planner does to any add-in table between loads and refreshes, refresh
// keeps it and says so. Edits are generated in every column of every table (Sources, Figures,
// Coverage, Plans, Conflicts): values that may equal a source value (this row's, another row's,
// the previous load's), formulas typed into value cells (=100+1), text typed over formula cells
// (Status), Reasons; rows inserted in the middle, rows deleted, tables sorted, filtered and
// their columns moved; any sequence of them with refreshes from the same or changed sources.
// Runs the real writePlan and refresh() on the strict Office.js fake (tests/helpers/fake-excel).
//
// After each refresh: every planner cell still holds what the planner put there; it is reported
// as kept exactly when it departs from the sources (and nothing else is reported); a kept Value
// that departs from its quote is a `source` conflict; every other cell of the add-in shows the
// sources; a deleted row does not come back while the workbook remembers writing it; a
// planner's own row stays once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import type { Figure, Relation } from "../../src/domain/types";
import { cellAddress } from "../../src/excel/a1";
import { allCapabilities } from "../../src/excel/capabilities";
import { sameFormula } from "../../src/workbook/formula-form";
import { refresh, type RefreshReport } from "../../src/excel/refresh";
import { Refusal } from "../../src/excel/refusal";
import { writePlan } from "../../src/excel/write-plan";
import { buildPlan } from "../../src/workbook/plan";
import type { CellValue, TablePlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticFigures, syntheticSources } from "../helpers/synthetic-plan";

const caps = { capabilities: allCapabilities };
const RUNS = 200;

/** Sources: the first `n` synthetic figures minus those `drop` masks, values moved by `shift`. */
interface FigureSet {
  n: number;
  drop: number;
  shift: number;
}

const figureSet: fc.Arbitrary<FigureSet> = fc.record({
  n: fc.integer({ min: 2, max: 6 }),
  drop: fc.nat({ max: 63 }),
  shift: fc.integer({ min: 0, max: 2 }),
});

function figuresOf(set: FigureSet): Figure[] {
  return syntheticFigures(set.n, (i) => 100 + i + set.shift * 37).filter(
    (_, i) => ((set.drop >> i) & 1) === 0,
  );
}

/** Relations over the figures present, so Coverage, Plans and Conflicts have rows too. */
function relationsOf(figures: Figure[]): Relation[] {
  const ids = figures.map((f) => f.id);
  const out: Relation[] = [];
  for (let i = 0; i + 1 < ids.length; i += 2) {
    const [a = "", b = ""] = [ids[i], ids[i + 1]];
    out.push({
      id: `share.${a}`,
      type: "share",
      label: `Доля ${a}`,
      roles: { part: [a], whole: [b] },
    });
    out.push({
      id: `plan.${a}`,
      type: "target",
      label: `План ${a}`,
      roles: { planned: [b], done: [a] },
      deadline: "2026",
    });
  }
  // Two figures of one quantity that differ: an agreement conflict on Conflicts.
  if (ids.length >= 2)
    out.push({
      id: "same.all",
      type: "same",
      label: "Одно и то же",
      roles: { members: ids.slice(0, 2) },
    });
  return out;
}

function planOf(figures: Figure[]): WorkbookPlan {
  const sources = syntheticSources();
  const relations = relationsOf(figures);
  return buildPlan({
    sources,
    figures,
    relations,
    checks: runChecks({ sources, figures, relations }),
    language: "ru",
    loadedAt: "2026-11-21T23:00:00Z",
  });
}

type Action =
  | { kind: "value"; table: number; row: number; col: number; pick: number; n: number }
  | { kind: "formula"; table: number; row: number; col: number; n: number }
  | { kind: "over"; table: number; row: number; col: number; n: number }
  | { kind: "insert"; table: number; row: number; typed: boolean }
  | { kind: "delete"; table: number; row: number }
  | { kind: "sort"; table: number; col: number; descending: boolean }
  | { kind: "filter"; table: number; col: number; pick: number }
  | { kind: "unfilter"; table: number }
  | { kind: "move"; table: number; col: number; to: number }
  | { kind: "refresh"; set: FigureSet };

const at = { table: fc.nat(), row: fc.nat(), col: fc.nat() };
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("value" as const),
      ...at,
      pick: fc.nat(),
      n: fc.nat(999),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("formula" as const), ...at, n: fc.nat(999) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("over" as const), ...at, n: fc.nat(999) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      table: fc.nat(),
      row: fc.nat(),
      typed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("delete" as const), table: fc.nat(), row: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sort" as const),
      table: fc.nat(),
      col: fc.nat(),
      descending: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("filter" as const),
      table: fc.nat(),
      col: fc.nat(),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("unfilter" as const), table: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("move" as const),
      table: fc.nat(),
      col: fc.nat(),
      to: fc.nat(),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("refresh" as const), set: figureSet }) },
);

/** What the planner put in one cell: the value as the cell then holds it, and a formula if typed. */
interface Put {
  value: unknown;
  formula?: string;
  /** In a formula column of the add-in (text over Status). */
  overFormula: boolean;
  /** In the plan's planner column (Reason): never reported, always kept. */
  planner: boolean;
}

/** What the planner did, and so what the workbook must still show. */
interface Model {
  /** table -> row id -> column header -> what the planner put there. */
  puts: Map<string, Map<string, Map<string, Put>>>;
  /** Planner rows: table -> the markers typed into their key cell. */
  markers: Map<string, Set<string>>;
  /** table -> ids the planner deleted that the last load wrote. */
  deleted: Map<string, Set<string>>;
  /** table -> ids the last load wrote (the workbook's state). */
  written: Map<string, Set<string>>;
  counter: number;
}

const tablesOf = (plan: WorkbookPlan): TablePlan[] => plan.sheets.flatMap((s) => s.tables);
const norm = (v: unknown): unknown => (v === null || v === undefined ? "" : v);

interface Grid {
  table: TablePlan;
  sheet: string;
  top: number;
  left: number;
  headers: string[];
  values: unknown[][];
  formulas: unknown[][];
  keyCol: number;
}

function gridOf(fake: FakeExcel, table: TablePlan): Grid {
  const t = fake.table(table.name);
  const values = fake.tableGrid(table.name, "values");
  const formulas = fake.tableGrid(table.name, "formulas");
  const headers = (values[0] ?? []).map(String);
  const key = table.columns.find((c) => c.key === table.keyColumn)?.name ?? "";
  return {
    table,
    sheet: t.sheet,
    top: t.rect.top,
    left: t.rect.left,
    headers,
    values: values.slice(1),
    formulas: formulas.slice(1),
    keyCol: headers.indexOf(key),
  };
}

const idOf = (g: Grid, r: number): string => String(norm(g.values[r]?.[g.keyCol]));

/** The plan row of `id` as header -> planned cell (value, or formula for formula columns). */
function plannedRow(table: TablePlan, id: string): Map<string, CellValue> | undefined {
  const keyPos = table.columns.findIndex((c) => c.key === table.keyColumn);
  const row = table.rows.find((r) => String(r[keyPos]) === id);
  if (!row) return undefined;
  return new Map(
    table.columns.map((c, i) => [
      c.name,
      c.kind === "formula" ? (c.formula ?? "") : (row[i] ?? null),
    ]),
  );
}

function putOf(model: Model, table: string, id: string): Map<string, Put> {
  let byId = model.puts.get(table);
  if (!byId) model.puts.set(table, (byId = new Map()));
  let puts = byId.get(id);
  if (!puts) byId.set(id, (puts = new Map()));
  return puts;
}

/** The rows of plan ids (not planner rows, not blank rows) of a grid. */
function planRowsOf(g: Grid, plan: WorkbookPlan): number[] {
  const table = tablesOf(plan).find((t) => t.name === g.table.name)!;
  return g.values.flatMap((_, r) => (plannedRow(table, idOf(g, r)) ? [r] : []));
}

function apply(
  fake: FakeExcel,
  plan: WorkbookPlan,
  model: Model,
  a: Exclude<Action, { kind: "refresh" }>,
): void {
  const tables = tablesOf(plan);
  const table = tables[a.table % tables.length]!;
  const g = gridOf(fake, table);
  const t = fake.table(table.name);
  const address = (r: number, c: number) => cellAddress(g.top + 1 + r, g.left + c);
  const column = (header: string) => table.columns.find((c) => c.name === header);
  if (a.kind === "value" || a.kind === "formula" || a.kind === "over") {
    const rows = planRowsOf(g, plan);
    if (rows.length === 0) return;
    const r = rows[a.row % rows.length]!;
    const id = idOf(g, r);
    // The add-in's columns of the kind this action edits (not the key: that would be another row).
    const cols = g.headers.flatMap((h, c) => {
      const plan = column(h);
      if (!plan || plan.key === table.keyColumn) return [];
      const isFormula = plan.kind === "formula";
      return (a.kind === "over") === isFormula ? [c] : [];
    });
    if (cols.length === 0) return;
    const c = cols[a.col % cols.length]!;
    const header = g.headers[c]!;
    let typed: string | number;
    if (a.kind === "formula") typed = `=${a.n}+1`;
    else if (a.kind === "over") typed = a.n % 2 === 0 ? `вручную ${a.n}` : a.n;
    else {
      // Values that may equal a source value: this cell's, another row's of this column, the
      // value the cell shows now, a number, a text.
      const others = g.values.map((row) => row[c]).filter((v) => norm(v) !== "");
      const pool: (string | number)[] = [
        ...(others as (string | number)[]),
        String(plannedRow(table, id)?.get(header) ?? ""),
        a.n,
        `исправлено ${a.n}`,
      ].filter((v) => typeof v === "number" || (typeof v === "string" && !/^[=+\-]/.test(v)));
      typed = pool[a.pick % pool.length] ?? a.n;
    }
    fake.type(g.sheet, address(r, c), typed);
    const cell = fake.cell(g.sheet, address(r, c));
    putOf(model, table.name, id).set(header, {
      value: cell.formula === undefined ? cell.value : undefined,
      formula:
        cell.formula === undefined
          ? undefined
          : String(fake.tableGrid(table.name, "formulas")[r + 1]?.[c]),
      overFormula: column(header)?.kind === "formula",
      planner: column(header)?.planner === true,
    });
  } else if (a.kind === "insert") {
    // A whole sheet row inserted inside the body (Excel extends the table); maybe typed into.
    if (g.values.length === 0) return;
    const r = a.row % g.values.length;
    fake.insertRows(g.sheet, g.top + 1 + r);
    if (!a.typed) return;
    const marker = `мой-${++model.counter}`;
    fake.type(g.sheet, address(r, g.keyCol), marker);
    if (!model.markers.has(table.name)) model.markers.set(table.name, new Set());
    model.markers.get(table.name)!.add(marker);
  } else if (a.kind === "delete") {
    if (g.values.length <= 1) return; // a table keeps one body row
    const r = a.row % g.values.length;
    const id = idOf(g, r);
    fake.deleteRows(g.sheet, g.top + 1 + r);
    model.markers.get(table.name)?.delete(id);
    model.puts.get(table.name)?.delete(id);
    if (model.written.get(table.name)?.has(id)) {
      if (!model.deleted.has(table.name)) model.deleted.set(table.name, new Set());
      model.deleted.get(table.name)!.add(id);
    }
  } else if (a.kind === "sort") {
    fake.sortTable(table.name, g.headers[a.col % g.headers.length]!, a.descending);
  } else if (a.kind === "filter") {
    if (g.values.length === 0) return;
    const c = a.col % g.headers.length;
    const hide = norm(g.values[a.pick % g.values.length]?.[c]);
    fake.filterTable(table.name, g.headers[c]!, (v) => norm(v) !== hide);
  } else if (a.kind === "unfilter") {
    if (t.filtered) fake.clearFilter(table.name);
  } else {
    moveColumn(fake, g, a.col % g.headers.length, a.to % g.headers.length);
  }
}

/** A planner moving a whole table column (header and body) to another place in the table. */
function moveColumn(fake: FakeExcel, g: Grid, from: number, to: number): void {
  if (from === to) return;
  const t = fake.table(g.table.name);
  const cells = fake.sheet(g.sheet).cells;
  const key = (r: number, c: number) => `${r},${c}`;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(cells.get(key(r, c)));
    const [moved] = row.splice(from, 1);
    row.splice(to, 0, moved);
    row.forEach((cell, i) => {
      if (cell) cells.set(key(r, t.rect.left + i), cell);
      else cells.delete(key(r, t.rect.left + i));
    });
  }
}

/** Before a refresh: a value put back to what the last load wrote is no edit any more. */
function forgetRestored(fake: FakeExcel, lastPlan: WorkbookPlan, model: Model): void {
  for (const table of tablesOf(lastPlan)) {
    for (const [id, puts] of model.puts.get(table.name) ?? []) {
      const planned = plannedRow(table, id);
      for (const [header, put] of puts) {
        if (put.formula !== undefined || put.overFormula || put.planner || !planned) continue;
        if (sameValue(put.value, planned.get(header))) puts.delete(header);
      }
    }
  }
}

/** Equal as Excel cells: a number and the text of that number are what a planner would type. */
function sameValue(a: unknown, b: unknown): boolean {
  return norm(a) === norm(b);
}

function expectKept(
  fake: FakeExcel,
  plan: WorkbookPlan,
  model: Model,
  report: RefreshReport,
): void {
  const reported = new Set(report.kept.map((k) => `${k.table}|${k.id}|${k.columnKey}`));
  const expected = new Set<string>();
  for (const table of tablesOf(plan)) {
    const g = gridOf(fake, table);
    const puts = model.puts.get(table.name) ?? new Map<string, Map<string, Put>>();
    const ids = g.values.map((_, r) => idOf(g, r));
    // Planner rows stay, once each.
    for (const marker of model.markers.get(table.name) ?? [])
      expect(
        ids.filter((id) => id === marker),
        `${table.name}: planner row ${marker}`,
      ).toHaveLength(1);
    // Deleted rows stay deleted; every other id of the sources is there once.
    const deleted = model.deleted.get(table.name) ?? new Set();
    const keyPos = table.columns.findIndex((c) => c.key === table.keyColumn);
    for (const row of table.rows) {
      const id = String(row[keyPos]);
      const count = ids.filter((x) => x === id).length;
      if (deleted.has(id)) expect(count, `${table.name}: deleted ${id} came back`).toBe(0);
      else expect(count, `${table.name}: ${id} once`).toBe(1);
    }
    g.values.forEach((row, r) => {
      const id = ids[r]!;
      const planned = plannedRow(table, id);
      const mine = puts.get(id);
      g.headers.forEach((header, c) => {
        const put = mine?.get(header);
        const where = `${table.name} ${id} "${header}"`;
        if (put) {
          // What the planner put there is still there.
          if (put.formula !== undefined)
            expect(g.formulas[r]?.[c], `${where}: typed formula`).toBe(put.formula);
          else expect(norm(row[c]), `${where}: planner's value`).toEqual(norm(put.value));
          if (!planned || put.planner) return;
          const departs =
            put.formula !== undefined ||
            put.overFormula ||
            !sameValue(put.value, planned.get(header));
          if (departs)
            expected.add(
              `${table.name}|${id}|${table.columns.find((x) => x.name === header)?.key}`,
            );
          return;
        }
        const planColumn = table.columns.find((x) => x.name === header);
        if (!planned || !planColumn || planColumn.planner) return;
        // Every other cell of the add-in shows the sources.
        if (planColumn.kind === "formula")
          expect(
            sameFormula(g.formulas[r]?.[c], planColumn.formula, table.name),
            `${where}: the add-in's formula`,
          ).toBe(true);
        else
          expect(norm(row[c]), `${where}: the sources' value`).toEqual(norm(planned.get(header)));
      });
    });
  }
  expect([...reported].sort(), "kept edits reported, and only those").toEqual([...expected].sort());
  // A kept Value that is a number departing from its source value is a source conflict.
  const figures = tablesOf(plan).find((t) => t.name === "tblFigures")!;
  const valueName = figures.columns.find((c) => c.key === "value")!.name;
  for (const k of report.kept.filter((x) => x.table === "tblFigures" && x.columnKey === "value")) {
    if (typeof k.planner !== "number" || k.planner === plannedRow(figures, k.id)?.get(valueName))
      continue;
    expect(
      report.conflicts.some((c) => c.kind === "source" && c.figures.some((f) => f.id === k.id)),
      `a source conflict for the kept value of ${k.id}`,
    ).toBe(true);
  }
}

/** After a refresh: a put equal to what the sources now say is the sources' again. */
function forgetAbsorbed(plan: WorkbookPlan, model: Model): void {
  for (const table of tablesOf(plan))
    for (const [id, puts] of model.puts.get(table.name) ?? []) {
      const planned = plannedRow(table, id);
      for (const [header, put] of puts)
        if (
          planned &&
          put.formula === undefined &&
          !put.overFormula &&
          !put.planner &&
          sameValue(put.value, planned.get(header))
        )
          puts.delete(header);
    }
}

/**
 * The ids the workbook remembers writing: the plan's, and the stale rows (ids the sources dropped, left in the sheet) it remembered before.
 */
function writtenIds(
  plan: WorkbookPlan,
  report?: RefreshReport,
  before?: Map<string, Set<string>>,
): Map<string, Set<string>> {
  return new Map(
    tablesOf(plan).map((t) => {
      const keyPos = t.columns.findIndex((c) => c.key === t.keyColumn);
      const refreshed = report?.tables.find((x) => x.name === t.name);
      const ids = new Set(t.rows.map((r) => String(r[keyPos])));
      for (const id of refreshed?.staleIds ?? []) if (before?.get(t.name)?.has(id)) ids.add(id);
      return [t.name, ids];
    }),
  );
}

async function play(first: FigureSet, actions: Action[]): Promise<void> {
  const fake = new FakeExcel();
  let plan = planOf(figuresOf(first));
  await writePlan(fake.context, plan, caps);
  const model: Model = {
    puts: new Map(),
    markers: new Map(),
    deleted: new Map(),
    written: writtenIds(plan),
    counter: 0,
  };
  for (const a of actions) {
    if (a.kind !== "refresh") {
      apply(fake, plan, model, a);
      continue;
    }
    forgetRestored(fake, plan, model);
    const lastPlan = plan;
    const figures = figuresOf(a.set);
    plan = planOf(figures);
    const before = tablesOf(plan).map((t) => fake.tableGrid(t.name, "formulas"));
    let report: RefreshReport;
    try {
      report = await refresh(fake.context, plan, { ...caps, figures });
    } catch (error) {
      // Excel adds no row to a filtered table: refused clearly, before anything is written.
      expect(error).toBeInstanceOf(Refusal);
      expect((error as Refusal).kind).toBe("filtered");
      expect(tablesOf(plan).map((t) => fake.tableGrid(t.name, "formulas"))).toEqual(before);
      plan = lastPlan;
      continue;
    }
    expectKept(fake, plan, model, report);
    forgetAbsorbed(plan, model);
    model.written = writtenIds(plan, report, model.written);
    // A deleted id stays deleted only while the workbook remembers writing it.
    for (const [table, ids] of model.deleted)
      for (const id of ids) if (!model.written.get(table)?.has(id)) ids.delete(id);
  }
}

describe("refresh keeps every kind of planner work (property, strict Office.js fake)", () => {
  it(`${RUNS} random sequences of edits in every column of every table, row and table changes, and refreshes`, async () => {
    // A fixed seed: the same sequences every run, so a failure in CI is one a developer can
    // replay (fast-check prints the seed and path of a counterexample).
    await fc.assert(fc.asyncProperty(figureSet, fc.array(action, { maxLength: 12 }), play), {
      numRuns: RUNS,
      seed: 20_261_202,
    });
  }, 300_000);

  it("the cases of issue 14, spelled out", async () => {
    // =100+1 typed into Value, text over Status, a corrected Region, a sort, a row inserted in
    // the middle, a filter; then the sources change every value.
    await play({ n: 4, drop: 0, shift: 0 }, [
      { kind: "formula", table: 1, row: 0, col: 2, n: 100 },
      { kind: "over", table: 1, row: 1, col: 0, n: 2 },
      { kind: "value", table: 1, row: 2, col: 0, pick: 1_000, n: 7 },
      { kind: "sort", table: 1, col: 3, descending: true },
      { kind: "insert", table: 1, row: 1, typed: true },
      { kind: "refresh", set: { n: 4, drop: 0, shift: 1 } },
      { kind: "filter", table: 1, col: 1, pick: 0 },
      { kind: "refresh", set: { n: 5, drop: 0, shift: 2 } },
      { kind: "unfilter", table: 1 },
      { kind: "refresh", set: { n: 5, drop: 0, shift: 2 } },
    ]);
  });
});
