// Property: any sequence of planner edits (a changed Value, a Reason typed, an added row, an
// added column with values, a deleted row) interleaved with refreshes from the same or changed sources keeps every
// edit. Runs the real writePlan and refresh() against the recording Office.js fake; a model of
// what the planner did says what the Figures table must hold after each refresh.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/domain/types";
import { cellAddress, type Rect } from "../../src/excel/a1";
import { allCapabilities } from "../../src/excel/capabilities";
import { refresh } from "../../src/excel/refresh";
import { writePlan } from "../../src/excel/write-plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { planOfFigures, syntheticFigures } from "../helpers/synthetic-plan";

const caps = { capabilities: allCapabilities };
const TABLE = "tblFigures";

/** A figure set: the first `n` synthetic figures minus those `drop` masks, values moved by `shift`. */
interface FigureSet {
  n: number;
  drop: number;
  shift: number;
}

type Action =
  | { kind: "edit"; pick: number; value: number }
  | { kind: "reason"; pick: number }
  | { kind: "row"; withId: boolean; value: number }
  | { kind: "column" }
  | { kind: "delete"; pick: number }
  | { kind: "refresh"; set: FigureSet };

// Source values are 100..200; a planner's are >= 1 000 000, so an edit never equals its source.
const plannerValue = fc.integer({ min: 1_000_000, max: 9_999_999 });
const figureSet: fc.Arbitrary<FigureSet> = fc.record({
  n: fc.integer({ min: 0, max: 8 }),
  drop: fc.nat({ max: 255 }),
  shift: fc.integer({ min: 0, max: 2 }),
});
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("edit"), pick: fc.nat(), value: plannerValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reason"), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("row"), withId: fc.boolean(), value: plannerValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("column") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete"), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("refresh"), set: figureSet }) },
) as fc.Arbitrary<Action>;

function figuresOf(set: FigureSet): Figure[] {
  return syntheticFigures(set.n, (i) => 100 + i + set.shift * 37).filter(
    (_, i) => ((set.drop >> i) & 1) === 0,
  );
}

/** What the planner did, and so what the table must still show. */
interface Model {
  /** Figure id -> the Value the planner typed. */
  edits: Map<string, number>;
  /** Figure id -> the Reason the planner typed (the plan's planner column). */
  reasons: Map<string, string>;
  /** Planner rows by the marker in their Region cell. */
  rows: Map<string, { id: string; value: number }>;
  /** Planner columns: header -> row identity ("f:id" or "p:marker") -> text typed. */
  columns: Map<string, Map<string, string>>;
  /** Figure rows the planner deleted that the last load wrote: they must not come back. */
  deleted: Set<string>;
  /** Figure ids of the last load (the workbook's stored state). */
  lastIds: Set<string>;
  counter: number;
}

interface Columns {
  id: number;
  region: number;
  value: number;
  reason: number;
}

function columnsOf(fake: FakeExcel, plan: WorkbookPlan): Columns & { headers: string[] } {
  const t = plan.sheets.find((s) => s.key === "figures")?.tables[0];
  const headers = (fake.tableGrid(TABLE)[0] ?? []).map(String);
  const at = (key: string): number => {
    const name = t?.columns.find((c) => c.key === key)?.name ?? "";
    const i = headers.indexOf(name);
    if (i < 0) throw new Error(`no column ${key} (${name}) in ${headers.join(", ")}`);
    return i;
  };
  return { id: at("id"), region: at("region"), value: at("value"), reason: at("reason"), headers };
}

const identity = (row: unknown[], c: Columns, planner: Map<string, unknown>): string => {
  const region = String(row[c.region] ?? "");
  return planner.has(region) ? `p:${region}` : `f:${String(row[c.id] ?? "")}`;
};

/** A planner deleting one body row of the table: the rows below move up (ListRow.delete). */
function deleteBodyRow(fake: FakeExcel, bodyRow: number): void {
  const t = fake.table(TABLE);
  const cells = fake.sheet(t.sheet).cells;
  const key = (r: number, c: number): string => `${r},${c}`;
  for (let r = t.rect.top + 1 + bodyRow; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const below = cells.get(key(r + 1, c));
      if (r < t.rect.bottom && below) cells.set(key(r, c), below);
      else cells.delete(key(r, c));
    }
  }
  t.rect = { ...t.rect, bottom: t.rect.bottom - 1 };
}

function apply(
  fake: FakeExcel,
  plan: WorkbookPlan,
  model: Model,
  a: Exclude<Action, { kind: "refresh" }>,
): void {
  const t = fake.table(TABLE);
  const rect: Rect = t.rect;
  const c = columnsOf(fake, plan);
  const body = fake.tableGrid(TABLE).slice(1);
  const at = (bodyRow: number, col: number): string =>
    cellAddress(rect.top + 1 + bodyRow, rect.left + col);
  if (a.kind === "edit") {
    if (body.length === 0) return;
    const r = a.pick % body.length;
    const row = body[r] ?? [];
    const who = identity(row, c, model.rows);
    if (who.startsWith("p:")) {
      const planner = model.rows.get(who.slice(2));
      if (planner) planner.value = a.value;
    } else if (who !== "f:") model.edits.set(who.slice(2), a.value);
    else return; // a blank row the refresh may fill: not the planner's
    fake.type(t.sheet, at(r, c.value), a.value);
  } else if (a.kind === "reason") {
    if (body.length === 0) return;
    const r = a.pick % body.length;
    const who = identity(body[r] ?? [], c, model.rows);
    if (!who.startsWith("f:") || who === "f:") return; // a Reason explains a figure's value
    const text = `причина ${++model.counter}`;
    fake.type(t.sheet, at(r, c.reason), text);
    model.reasons.set(who.slice(2), text);
  } else if (a.kind === "row") {
    const marker = `строка планировщика ${++model.counter}`;
    const id = a.withId ? `мой-${model.counter}` : "";
    fake.resizeTable(TABLE, { rows: 1 });
    const r = body.length;
    if (id) fake.type(t.sheet, at(r, c.id), id);
    fake.type(t.sheet, at(r, c.region), marker);
    fake.type(t.sheet, at(r, c.value), a.value);
    model.rows.set(marker, { id, value: a.value });
  } else if (a.kind === "column") {
    const header = `Заметка ${++model.counter}`;
    fake.resizeTable(TABLE, { columns: 1 });
    const col = c.headers.length;
    fake.type(t.sheet, cellAddress(rect.top, rect.left + col), header);
    const cells = new Map<string, string>();
    body.forEach((row, r) => {
      const who = identity(row, c, model.rows);
      if (who === "f:") return;
      const text = `заметка ${model.counter}/${r}`;
      fake.type(t.sheet, at(r, col), text);
      cells.set(who, text);
    });
    model.columns.set(header, cells);
  } else {
    if (body.length <= 1) return; // an Excel table keeps at least one body row
    const r = a.pick % body.length;
    const who = identity(body[r] ?? [], c, model.rows);
    deleteBodyRow(fake, r);
    if (who.startsWith("p:")) model.rows.delete(who.slice(2));
    else {
      const id = who.slice(2);
      model.edits.delete(id);
      model.reasons.delete(id);
      if (model.lastIds.has(id)) model.deleted.add(id);
    }
    for (const cells of model.columns.values()) cells.delete(who);
  }
}

/** After a refresh: every planner edit is still there, and the sources' figures are in. */
function expectEditsKept(
  fake: FakeExcel,
  plan: WorkbookPlan,
  model: Model,
  ids: Set<string>,
  kept: { id: string; planner: unknown }[],
): void {
  const c = columnsOf(fake, plan);
  const body = fake.tableGrid(TABLE).slice(1);
  const rowsOf = (who: string) => body.filter((row) => identity(row, c, model.rows) === who);
  for (const [id, value] of model.edits) {
    const rows = rowsOf(`f:${id}`);
    expect(rows, `edited figure ${id}`).toHaveLength(1);
    expect(rows[0]?.[c.value], `the planner's value of ${id}`).toBe(value);
  }
  for (const [id, text] of model.reasons) {
    const rows = rowsOf(`f:${id}`);
    expect(rows, `figure ${id} with a reason`).toHaveLength(1);
    expect(rows[0]?.[c.reason], `the planner's reason for ${id}`).toBe(text);
  }
  for (const [marker, p] of model.rows) {
    const rows = rowsOf(`p:${marker}`);
    expect(rows, `planner row ${marker}`).toHaveLength(1);
    expect([rows[0]?.[c.id], rows[0]?.[c.value]]).toEqual([p.id, p.value]);
  }
  for (const [header, cells] of model.columns) {
    const col = c.headers.indexOf(header);
    expect(col, `planner column ${header}`).toBeGreaterThanOrEqual(0);
    for (const [who, text] of cells)
      expect(rowsOf(who)[0]?.[col], `${header} of ${who}`).toBe(text);
  }
  for (const id of model.deleted) expect(rowsOf(`f:${id}`), `deleted ${id}`).toHaveLength(0);
  for (const id of ids)
    if (!model.deleted.has(id)) expect(rowsOf(`f:${id}`), `figure ${id}`).toHaveLength(1);
  // The refresh reports exactly the edits of figures the sources still have.
  const expected = [...model.edits]
    .filter(([id]) => ids.has(id))
    .map(([id, planner]) => ({ id, planner }));
  const got = kept.map((k) => ({ id: k.id, planner: k.planner }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(got.sort(byId)).toEqual(expected.sort(byId));
}

async function play(first: FigureSet, actions: Action[]): Promise<void> {
  const fake = new FakeExcel();
  let figures = figuresOf(first);
  let plan = planOfFigures(figures);
  await writePlan(fake.context, plan, caps);
  const model: Model = {
    edits: new Map(),
    reasons: new Map(),
    rows: new Map(),
    columns: new Map(),
    deleted: new Set(),
    lastIds: new Set(figures.map((f) => f.id)),
    counter: 0,
  };
  for (const a of actions) {
    if (a.kind !== "refresh") {
      apply(fake, plan, model, a);
      continue;
    }
    figures = figuresOf(a.set);
    plan = planOfFigures(figures);
    const ids = new Set(figures.map((f) => f.id));
    // A deleted row stays deleted while the workbook's state still lists it.
    for (const id of model.deleted) if (!model.lastIds.has(id)) model.deleted.delete(id);
    const report = await refresh(fake.context, plan, { ...caps, figures });
    expectEditsKept(
      fake,
      plan,
      model,
      ids,
      report.kept.filter((k) => k.table === TABLE),
    );
    // The state lists the new figures, and the stale rows (ids the sources dropped, left in
    // the sheet) it listed before: their fingerprints are carried over.
    const stale = report.tables.find((t) => t.name === TABLE)?.staleIds ?? [];
    model.lastIds = new Set([...ids, ...stale.filter((id) => model.lastIds.has(id))]);
    for (const id of model.deleted) if (!ids.has(id)) model.deleted.delete(id);
  }
}

describe("refresh keeps every planner edit (property)", () => {
  it("any edits, reasons, rows, columns and deletions interleaved with refreshes from same or changed sources", async () => {
    await fc.assert(fc.asyncProperty(figureSet, fc.array(action, { maxLength: 14 }), play), {
      numRuns: 300,
    });
  }, 120_000);

  it("a planner's edit survives a refresh whose sources changed that very value", async () => {
    // The plainest case of the property, spelled out: edit f000001, sources move it from 101 to 138.
    await play({ n: 3, drop: 0, shift: 0 }, [
      { kind: "edit", pick: 1, value: 1_234_567 },
      { kind: "refresh", set: { n: 3, drop: 0, shift: 1 } },
      { kind: "refresh", set: { n: 4, drop: 1, shift: 2 } },
    ]);
  });
});
