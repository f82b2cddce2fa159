// Load and Refresh against the strict fake's real-Excel situations (issue 10): they never write
// over a cell they did not write, find their tables after a rename, live with total rows,
// filters and protected sheets, and take out what a failed load added.
import { describe, expect, it } from "vitest";
import { capabilitiesUpTo } from "../../src/excel/capabilities";
import { parseRect, rectAddress } from "../../src/excel/a1";
import { refresh, type RefreshOptions } from "../../src/excel/refresh";
import { Refusal } from "../../src/excel/refusal";
import { parseStateXml } from "../../src/workbook/state-xml";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel, HOST_LEVELS } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";
import { gridColumn, planTable } from "../helpers/plan-columns";

const writes = (fake: FakeExcel, from = 0) =>
  fake.ops.slice(from).filter((o) => o.kind !== "range.load");
const figuresSheet = (plan: WorkbookPlan): string =>
  plan.sheets.find((s) => s.key === "figures")?.name ?? "";
/** The Figures table as planned (header names and keys; the same for any number of figures). */
const figuresPlan = planTable(syntheticPlan(1), "figures");
/** The column of a Figures grid read back, by key. */
const at = (grid: unknown[][], key: string): number => gridColumn(grid, figuresPlan, key);
/** The figure id of each row of a Figures grid read back. */
const idsOf = (grid: unknown[][]) => {
  const id = at(grid, "id");
  return (r: unknown[]): unknown => r[id];
};

describe.each(HOST_LEVELS)("Load and Refresh on $host (ExcelApi 1.$level)", ({ level }) => {
  const caps = { capabilities: capabilitiesUpTo(level) };
  const load = async (fake: FakeExcel, plan: WorkbookPlan) => refresh(fake.context, plan, caps);

  it("loads into a fresh workbook and a second refresh writes nothing, though Excel returns [@Col] formulas", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    const plan = syntheticPlan(6);
    await load(fake, plan);
    const formulas = fake.tableGrid("tblFigures", "formulas").flat().map(String);
    expect(formulas.some((f) => f.includes("[@"))).toBe(true);
    const ops = fake.ops.length;
    const again = await load(fake, plan);
    expect(again.cellsWritten).toBe(0);
    expect(writes(fake, ops)).toEqual([]);
  });

  it("refuses to write over the planner's own sheet named like ours, naming the sheet and range; nothing is written", async () => {
    const plan = syntheticPlan(4);
    const sheet = figuresSheet(plan);
    const fake = new FakeExcel(["Sheet1", sheet], { apiLevel: level });
    fake.type(sheet, "B3", "мои данные");
    fake.type(sheet, "C5", "=1+1");
    const error = await load(fake, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect(error).toMatchObject({ kind: "clash", params: { sheet, range: "B3:C5" } });
    expect((error as Error).message).toMatch(
      new RegExp(`Sheet “${sheet}” already has data in B3:C5`),
    );
    expect(writes(fake)).toEqual([]);
    expect(fake.cell(sheet, "B3").value).toBe("мои данные");
    expect(fake.tables).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", sheet]);
  });

  it("loads next to the planner's data on a sheet named like ours when the table's cells are free", async () => {
    const plan = syntheticPlan(4);
    const sheet = figuresSheet(plan);
    const fake = new FakeExcel(["Sheet1", sheet], { apiLevel: level });
    fake.type(sheet, "Z40", "моя заметка");
    const theirs = fake.addTableState(sheet, { top: 50, left: 30, bottom: 52, right: 31 });
    await load(fake, plan);
    expect(fake.tables).toContain(theirs);
    expect(fake.table("tblFigures").sheet).toBe(sheet);
    expect(fake.cell(sheet, "Z40").value).toBe("моя заметка");
  });

  it("refuses when a planner's table stands where ours would go", async () => {
    const plan = syntheticPlan(4);
    const sheet = figuresSheet(plan);
    const fake = new FakeExcel([sheet], { apiLevel: level });
    const t = fake.addTableState(sheet, { top: 1, left: 1, bottom: 3, right: 2 });
    t.name = "Данные";
    await expect(load(fake, plan)).rejects.toMatchObject({
      kind: "tableInTheWay",
      params: { sheet, range: "Данные" },
    });
    expect(writes(fake)).toEqual([]);
  });

  it("finds its tables by the id in the state part after the planner renamed table and sheet", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    const plan = syntheticPlan(5);
    await load(fake, plan);
    const ids = parseStateXml(fake.xmlParts[0]?.xml ?? "").tableIds ?? {};
    expect(ids.tblFigures).toBe(fake.table("tblFigures").id);
    fake.renameTable("tblFigures", "МоиПоказатели");
    fake.renameSheet(figuresSheet(plan), "Мой лист");
    const tables = fake.tables.length;
    const ops = fake.ops.length;
    const again = await load(fake, plan);
    expect(again.cellsWritten).toBe(0);
    expect(writes(fake, ops)).toEqual([]);
    expect(fake.tables).toHaveLength(tables);
    const grown = await load(fake, syntheticPlan(7));
    expect(grown.tables.find((t) => t.name === "tblFigures")?.appended).toBe(2);
    expect(fake.table("МоиПоказатели").sheet).toBe("Мой лист");
    expect(fake.tableGrid("МоиПоказатели")).toHaveLength(8);
  });

  it("appends above a total row and keeps it; the total row is not read as a figure", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    await load(fake, syntheticPlan(4));
    fake.setTotals("tblFigures", true);
    const sheet = fake.table("tblFigures").sheet;
    const again = await load(fake, syntheticPlan(4));
    expect(again.cellsWritten).toBe(0);
    expect(again.tables.find((t) => t.name === "tblFigures")?.plannerRows).toBe(0);
    const report = await load(fake, syntheticPlan(6));
    expect(report.tables.find((t) => t.name === "tblFigures")?.appended).toBe(2);
    const grid = fake.tableGrid("tblFigures");
    expect(grid).toHaveLength(1 + 6 + 1);
    expect(grid.at(-1)?.[0]).toBe("Total");
    expect(grid.slice(1, -1).map(idsOf(grid))).toEqual(
      Array.from({ length: 6 }, (_, k) => `f00000${k}`),
    );
    expect(fake.cell(sheet, "A8").value).toBe("Total");
  });

  it("refuses clearly to change a filtered table, nothing written; an unchanged one refreshes", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    await load(fake, syntheticPlan(4));
    const header = fake.tableGrid("tblFigures")[0] as string[];
    const id = header[at([header], "id")] ?? "";
    fake.filterTable("tblFigures", id, (v) => v !== "f000002");
    await expect(load(fake, syntheticPlan(4))).resolves.toMatchObject({ cellsWritten: 0 });
    const ops = fake.ops.length;
    await expect(load(fake, syntheticPlan(6))).rejects.toMatchObject({
      kind: "filtered",
      message: expect.stringMatching(/Table tblFigures .* is filtered\. Nothing was written/),
    });
    expect(writes(fake, ops)).toEqual([]);
  });

  it("refuses clearly to write on a protected sheet, nothing written", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    const plan = syntheticPlan(4);
    await load(fake, plan);
    fake.protect(figuresSheet(plan));
    const ops = fake.ops.length;
    await expect(load(fake, syntheticPlan(6))).rejects.toMatchObject({
      kind: "protected",
      params: { sheet: figuresSheet(plan) },
    });
    expect(writes(fake, ops)).toEqual([]);
  });

  it("takes out what a failed load added and leaves events and calculation as they were", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    fake.type("Sheet1", "A1", "планировщик");
    fake.calculationMode = "Automatic";
    let tablesAdded = 0;
    fake.failOn = (op) => op.kind === "tables.add" && ++tablesAdded === 2;
    await expect(load(fake, syntheticPlan(5))).rejects.toThrow(/tables.add/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.tables).toEqual([]);
    expect(fake.xmlParts).toEqual([]);
    expect(fake.cell("Sheet1", "A1").value).toBe("планировщик");
    expect([fake.enableEvents, fake.calculationMode]).toEqual([true, "Automatic"]);
    // And the next load works from there.
    fake.failOn = undefined;
    await load(fake, syntheticPlan(5));
    expect(fake.tableGrid("tblFigures")).toHaveLength(6);
  });

  it("takes out the rows a failed refresh appended and puts back the cells it changed", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    await load(fake, syntheticPlan(4));
    const before = fake.tableGrid("tblFigures", "stored");
    fake.failOn = (op) => op.kind === "conditionalFormats.add";
    const v2 = syntheticPlan(6, { loadedAt: "2026-12-01T00:00:00Z" });
    await expect(load(fake, v2)).rejects.toThrow(/conditionalFormats.add/);
    expect(fake.tableGrid("tblFigures", "stored")).toEqual(before);
    expect(fake.enableEvents).toBe(true);
  });
});

describe("someone else edits between two syncs", () => {
  const caps = { capabilities: capabilitiesUpTo(14) };

  it("rows inserted above the table after the read: the writes move with the table", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
    await refresh(fake.context, syntheticPlan(4), caps);
    const sheet = fake.table("tblFigures").sheet;
    fake.type(sheet, "P1", "планировщик");
    const v2 = syntheticPlan(4, { valueAt: (i) => (i === 2 ? 500 : 100 + i) });
    // Reads are syncs 1..3 of this refresh; the write batch is the 4th.
    fake.onSync(fake.syncs + 4, () => fake.insertRows(sheet, 0, 2));
    await refresh(fake.context, v2, caps);
    const grid = fake.tableGrid("tblFigures");
    const valueAt = at(grid, "value");
    expect(grid.find((r) => idsOf(grid)(r) === "f000002")?.[valueAt]).toBe(500);
    expect(grid.filter((r) => r[valueAt] === 500)).toHaveLength(1);
    expect(fake.cell(sheet, "P3").value).toBe("планировщик");
  });

  it("the table sorted after the read: the writes are taken back and the planner told to refresh again", async () => {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
    await refresh(fake.context, syntheticPlan(4), caps);
    const before = fake.tableGrid("tblFigures", "stored");
    const header = before[0] as string[];
    const v2 = syntheticPlan(4, { valueAt: (i) => (i === 0 ? 500 : 100 + i) });
    const id = header[at(before, "id")] ?? "";
    fake.onSync(fake.syncs + 4, () => fake.sortTable("tblFigures", id, true));
    await expect(refresh(fake.context, v2, caps)).rejects.toMatchObject({ kind: "moved" });
    const after = fake.tableGrid("tblFigures", "stored");
    // The planner's sort stays, and no row got another row's value.
    expect(after.slice(1).map(idsOf(after))).toEqual(["f000003", "f000002", "f000001", "f000000"]);
    const byId = (g: unknown[][]) => new Map(g.slice(1).map((r) => [idsOf(g)(r), r.join("|")]));
    expect(byId(after)).toEqual(byId(before));
    expect(fake.enableEvents).toBe(true);
  });
});

describe("someone else inserts rows while a refresh appends", () => {
  const caps = { capabilities: capabilitiesUpTo(14) };

  /** Every appended row has the value format and highlights whose formulas read its own row. */
  function assertAppendedRowsFormatted(fake: FakeExcel, ids: string[]): void {
    const t = fake.table("tblFigures");
    const grid = fake.tableGrid("tblFigures");
    const valueCol = t.rect.left + at(grid, "value");
    const format = (row: number) =>
      fake.cell(t.sheet, rectAddress({ top: row, left: valueCol, bottom: row, right: valueCol }))
        .numberFormat;
    const idOf = idsOf(grid);
    const first = t.rect.top + grid.findIndex((r) => idOf(r) === "f000000");
    for (const id of ids) {
      const row = t.rect.top + grid.findIndex((r) => idOf(r) === id);
      expect(row, id).toBeGreaterThan(t.rect.top);
      expect(format(row), `${id}'s value format`).toBe(format(first));
      const on = fake.sheet(t.sheet).conditionalFormats.filter((cf) => {
        const r = parseRect(cf.address);
        return r.top <= row && row <= r.bottom;
      });
      // The edited-value and the conflict highlights, each reading the row it colours.
      expect(on.length, `highlights on ${id}'s row`).toBeGreaterThanOrEqual(2);
      for (const cf of on) {
        const top = parseRect(cf.address).top + 1;
        const rows = [...cf.formula.matchAll(/\$?[A-Z]{1,3}(\d+)/g)].map((m) => Number(m[1]));
        expect(rows.length).toBeGreaterThan(0);
        expect(
          rows.every((r) => r === top),
          `${cf.address} ${cf.formula}`,
        ).toBe(true);
      }
    }
  }

  const appended = ["f000005", "f000006", "f000007"];

  /** A refresh stopped because rows moved: it took its rows back. */
  function refusedMoved(fake: FakeExcel, result: unknown): boolean {
    if (!(result instanceof Error)) return false;
    expect(result).toMatchObject({ kind: "moved" });
    const grid = fake.tableGrid("tblFigures");
    expect(grid.filter((r) => appended.includes(String(idsOf(grid)(r))))).toEqual([]);
    return true;
  }

  const small = { ...caps, maxBatchBytes: 1_500 };

  /** Each sync n of a refresh 5 -> 8 in small batches, with a workbook loaded with 5 figures to edit before it. */
  async function* eachSync(): AsyncGenerator<{ fake: FakeExcel; n: number }> {
    const syncs = await syncsOf(small);
    expect(syncs).toBeGreaterThan(6);
    for (let n = 1; n <= syncs; n++) {
      const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
      await refresh(fake.context, syntheticPlan(5), caps);
      yield { fake, n };
    }
  }

  /** Syncs a refresh appending three figures makes (counted on a copy). */
  async function syncsOf(options: RefreshOptions): Promise<number> {
    const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
    await refresh(fake.context, syntheticPlan(5), caps);
    const from = fake.syncs;
    await refresh(fake.context, syntheticPlan(8), options);
    return fake.syncs - from;
  }

  it("rows inserted above the table before any sync of the refresh: new rows get their format and highlights", async () => {
    const syncs = await syncsOf(caps);
    let written = 0;
    for (let n = 1; n <= syncs; n++) {
      const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
      await refresh(fake.context, syntheticPlan(5), caps);
      const sheet = fake.table("tblFigures").sheet;
      fake.onSync(fake.syncs + n, () => fake.insertRows(sheet, 0, 2));
      const result = await refresh(fake.context, syntheticPlan(8), caps).catch((e: unknown) => e);
      // Between the reads (body read at the old place) the row check sees it: taken back.
      if (refusedMoved(fake, result)) continue;
      written += 1;
      assertAppendedRowsFormatted(fake, appended);
    }
    expect(written).toBeGreaterThan(0);
  });

  it("a row inserted inside the table between two write batches: new rows get their format and highlights", async () => {
    let written = 0;
    for await (const { fake, n } of eachSync()) {
      const t = fake.table("tblFigures");
      fake.onSync(fake.syncs + n, () => fake.insertRows(t.sheet, t.rect.top + 2));
      const result = await refresh(fake.context, syntheticPlan(8), small).catch((e: unknown) => e);
      // Before the write's first batch the row check sees the insert: taken back.
      if (refusedMoved(fake, result)) continue;
      written += 1;
      assertAppendedRowsFormatted(fake, appended);
    }
    expect(written).toBeGreaterThan(2);
  });

  for (const withId of [true, false]) {
    it(`a planner's row typed at the very bottom between two syncs (${withId ? "with" : "without"} an id) stays as typed; the refresh's rows are its own`, async () => {
      let written = 0;
      for await (const { fake, n } of eachSync()) {
        let typed: string[] = [];
        const mine = "строка планировщика";
        fake.onSync(fake.syncs + n, () => {
          typeBottomRow(fake, { quote: mine, value: 555, ...(withId ? { id: "p-001" } : {}) });
          typed = plannerRow(fake, mine);
        });
        const result = await refresh(fake.context, syntheticPlan(8), small).catch(
          (e: unknown) => e,
        );
        expect(typed.length, `the planner typed before sync ${n}`).toBeGreaterThan(0);
        expect(
          plannerRow(fake, mine),
          `the planner's row after a row typed before sync ${n}`,
        ).toEqual(typed);
        if (result instanceof Error) {
          // Between the reads the body check sees the table grow: nothing written, asked again.
          expect(result).toMatchObject({ kind: "moved" });
          continue;
        }
        written += 1;
        const grid = fake.tableGrid("tblFigures");
        const idOf = idsOf(grid);
        const valueAt = at(grid, "value");
        const ours = grid.slice(1).filter((r) => String(idOf(r)).startsWith("f"));
        expect(ours.map((r) => [idOf(r), r[valueAt]])).toEqual(
          Array.from({ length: 8 }, (_, i) => [`f00000${i}`, 100 + i]),
        );
        assertAppendedRowsFormatted(fake, appended);
      }
      expect(written).toBeGreaterThan(2);
    });
  }

  for (const withId of [true, false]) {
    it(`a refresh failing after a planner typed a row at the bottom (${withId ? "with" : "without"} an id) takes out its own rows, not the planner's`, async () => {
      let undone = 0;
      for await (const { fake, n } of eachSync()) {
        const before = fake.tableGrid("tblFigures", "stored");
        let typed: string[] = [];
        const mine = "строка планировщика";
        fake.onSync(fake.syncs + n, () => {
          typeBottomRow(fake, { quote: mine, value: 555, ...(withId ? { id: "p-001" } : {}) });
          typed = plannerRow(fake, mine);
        });
        let failed = false;
        fake.failOn = (op) => {
          if (failed || op.kind !== "customXmlParts.add") return false;
          failed = true;
          return true;
        };
        const result = await refresh(fake.context, syntheticPlan(8), small).catch(
          (e: unknown) => e,
        );
        expect(result).toBeInstanceOf(Error);
        expect(plannerRow(fake, mine), `the planner's row typed before sync ${n}`).toEqual(typed);
        if (!failed) continue; // refused as moved before writing
        undone += 1;
        // The table as before, with the planner's row: the refresh's rows are gone.
        const after = fake.tableGrid("tblFigures", "stored");
        const quote = at(after, "quote");
        expect(after.filter((r) => r[quote] !== mine)).toEqual(before);
        expect(after).toHaveLength(before.length + 1);
      }
      expect(undone).toBeGreaterThan(2);
    });
  }

  /** A planner typing into the row below the table: it grows by it (Excel's auto-expansion). */
  function typeBottomRow(fake: FakeExcel, cells: Record<string, string | number>): void {
    fake.resizeTable("tblFigures", { rows: 1 });
    const t = fake.table("tblFigures");
    const header = fake.tableGrid("tblFigures").slice(0, 1);
    for (const [key, v] of Object.entries(cells)) {
      const col = t.rect.left + at(header, key);
      fake.type(
        t.sheet,
        rectAddress({ top: t.rect.bottom, left: col, bottom: t.rect.bottom, right: col }),
        v,
      );
    }
  }

  /** The cells (value, formula, number format) of the table row whose quote is `marker`. */
  function plannerRow(fake: FakeExcel, marker: string): string[] {
    const t = fake.table("tblFigures");
    const grid = fake.tableGrid("tblFigures");
    const k = grid.findIndex((r) => r[at(grid, "quote")] === marker);
    if (k < 0) return [];
    const row = t.rect.top + k;
    return grid[0]!
      .map((_, j) => {
        const c = fake.cell(
          t.sheet,
          rectAddress({ top: row, left: t.rect.left + j, bottom: row, right: t.rect.left + j }),
        );
        return `${String(c.value)}|${c.formula ?? ""}|${c.numberFormat}`;
      })
      .concat(
        fake
          .sheet(t.sheet)
          .conditionalFormats.filter((cf) => {
            const r = parseRect(cf.address);
            return r.top <= row && row <= r.bottom;
          })
          .map((cf) => `highlight ${cf.formula}`),
      );
  }
});

describe("someone else inserts a row while a refresh updates", () => {
  const caps = { capabilities: capabilitiesUpTo(14) };

  it("between two write batches: every row keeps its own value, or the refresh is taken back", async () => {
    const small = { ...caps, maxBatchBytes: 1_200 };
    const v2 = syntheticPlan(6, { valueAt: (i) => 200 + i });
    const probe = new FakeExcel(["Sheet1"], { apiLevel: 14 });
    await refresh(probe.context, syntheticPlan(6), caps);
    const from = probe.syncs;
    await refresh(probe.context, v2, small);
    const syncs = probe.syncs - from;
    expect(syncs).toBeGreaterThan(6);
    let refused = 0;
    for (let n = 4; n <= syncs; n++) {
      const fake = new FakeExcel(["Sheet1"], { apiLevel: 14 });
      await refresh(fake.context, syntheticPlan(6), caps);
      const t = fake.table("tblFigures");
      fake.onSync(fake.syncs + n, () => fake.insertRows(t.sheet, t.rect.top + 2));
      const result = await refresh(fake.context, v2, small).catch((e: unknown) => e);
      const grid = fake.tableGrid("tblFigures");
      const valueAt = at(grid, "value");
      const idOf = idsOf(grid);
      const rows = grid.slice(1).filter((r) => String(idOf(r)).startsWith("f"));
      expect(rows).toHaveLength(6);
      for (const r of rows) {
        const i = Number(String(idOf(r)).slice(1));
        // Never another row's value: the old one when taken back, the new one when written.
        expect(r[valueAt], `${String(idOf(r))} after an insert before sync ${n}`).toBe(
          result instanceof Error ? 100 + i : 200 + i,
        );
      }
      if (result instanceof Error) {
        expect(result).toMatchObject({ kind: "moved" });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
