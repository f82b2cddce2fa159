// Load inside Excel end to end below the UI: the real seeds, loader and checks, the pane's
// Excel actions (buildPlan + refresh) into the recording Office.js fake.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExcelActions } from "../../src/taskpane/services/excel-actions";
import { buildPlan } from "../../src/workbook/plan";
import { FakeExcel, LATEST_LEVEL } from "../helpers/fake-excel";
import { stubOffice } from "../helpers/stub-office";
import { columnAt } from "./grid-columns";
import { addedSource, seedData } from "./seed-data";

let fake: FakeExcel;
beforeEach(() => {
  // The latest host (Microsoft 365); every level is run in tests/taskpane/host-levels.test.ts.
  fake = new FakeExcel(["Sheet1"], { apiLevel: LATEST_LEVEL });
  stubOffice(fake);
});
afterEach(() => vi.unstubAllGlobals());

describe("Load inside Excel", () => {
  it("writes the seed workbook in the pane's language; then the Figures rows can be selected and watched", async () => {
    const data = seedData();
    const excel = createExcelActions(
      () => "ru",
      () => new Date("2026-11-22T00:00:00Z"),
    );
    await excel.write(data, new AbortController().signal);
    const figures = fake.tableGrid("tblFigures");
    expect(figures.length).toBe(data.figures.length + 1);
    const plan = buildPlan({
      ...data,
      checks: data.check,
      language: "ru",
      loadedAt: "2026-11-22T00:00:00.000Z",
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(plan.sheets.map((s) => s.name)),
    );
    expect(fake.sheets.map((s) => s.name)).toContain("Источники");
    await excel.selectFigures(["zhambyl.settlements.3g", "zhambyl.settlements.total"]);
    expect(fake.selected.length).toBeGreaterThan(0);
    const values = await excel.readValues();
    expect(values["zhambyl.settlements.3g"]).toBe(51);
    const onChange = vi.fn();
    const stop = await excel.watchFigures(onChange);
    expect(fake.changeHandlers.filter((h) => !h.removed)).toHaveLength(1);
    await stop();
    expect(fake.changeHandlers.filter((h) => !h.removed)).toHaveLength(0);
  });

  it("writes nothing when cancelled before the write starts", async () => {
    const controller = new AbortController();
    controller.abort();
    const excel = createExcelActions(() => "en");
    await expect(excel.write(seedData(), controller.signal)).rejects.toThrow();
    expect(fake.ops).toEqual([]);
    expect(fake.tables).toEqual([]);
  });

  it("adds a source by refreshing with its rows appended, and keeps the text in the workbook's state", async () => {
    const data = seedData();
    const excel = createExcelActions(() => "en");
    await excel.write(data, new AbortController().signal);
    await excel.addSource(addedSource(data, 77));
    const grid = fake.tableGrid("tblFigures");
    expect(grid.length).toBe(data.figures.length + 2);
    const figureId = columnAt(grid[0] ?? [], "en", "id");
    expect(grid.some((row) => row[figureId] === "added-1.1")).toBe(true);
    const sources = fake.tableGrid("tblSources");
    const sourceId = columnAt(sources[0] ?? [], "en", "id");
    expect(sources.some((row) => row[sourceId] === "added-1")).toBe(true);
    expect((await excel.readAdded()).map((a) => a.source.id)).toEqual(["added-1"]);
  });

  it("keep mine writes the reason into that row's Reason cell of Figures, and a refresh keeps it", async () => {
    const data = seedData();
    const excel = createExcelActions(() => "kk");
    await excel.write(data, new AbortController().signal);
    const id = "zhambyl.settlements.3g";
    const at = (key: string): number => columnAt(fake.tableGrid("tblFigures")[0] ?? [], "kk", key);
    const row = (): unknown[] => {
      const rows = fake.tableGrid("tblFigures").slice(1);
      const r = rows.find((x) => x[at("id")] === id) ?? [];
      return [r[at("value")], r[at("reason")]];
    };
    expect(row()).toEqual([51, ""]);
    await excel.setValue(id, 60);
    await excel.keepWithReason(id, "=акимат деректері бойынша 60");
    expect(row()).toEqual([60, "=акимат деректері бойынша 60"]);
    const others = fake
      .tableGrid("tblFigures")
      .slice(1)
      .filter((r) => r[at("id")] !== id);
    expect(others.length).toBe(data.figures.length - 1);
    expect(others.every((r) => r[at("reason")] === "")).toBe(true);

    // Adding a source's rows refreshes the workbook: the planner's value and reason stay.
    await excel.addSource(addedSource(data, 77));
    expect(fake.tableGrid("tblFigures")).toHaveLength(data.figures.length + 2);
    expect(row()).toEqual([60, "=акимат деректері бойынша 60"]);
  });
});
