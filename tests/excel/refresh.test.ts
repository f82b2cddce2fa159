import { describe, expect, it } from "vitest";
import { allCapabilities, capabilitiesUpTo } from "../../src/excel/capabilities";
import { refresh } from "../../src/excel/refresh";
import { parseStateXml } from "../../src/workbook/state-xml";
import { writePlan } from "../../src/excel/write-plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticFigures, syntheticPlan } from "../helpers/synthetic-plan";
import { columnLetter } from "../../src/workbook/a1";
import { columnOf, columnPosition } from "../../src/workbook/table";
import { cellOf, letterOf, planTable } from "../helpers/plan-columns";

const caps = { capabilities: allCapabilities };
const writes = (fake: FakeExcel, from: number) =>
  fake.ops.slice(from).filter((o) => o.kind !== "range.load");

function figuresSheet(plan: WorkbookPlan): string {
  return plan.sheets.find((s) => s.key === "figures")?.name ?? "";
}

/** The Figures table as planned: where each column is, by key (the same for any figures). */
const fig = planTable(syntheticPlan(1), "figures");
/** The sheet letter of a Figures column, by key. */
const L = (key: string): string => letterOf(fig, key);
/** The index of a Figures column in a grid read back, by key (no planner column before it). */
const P = (key: string): number => columnPosition(fig, key);

/** Sources change: figure 2's value, figure 1's value (which the planner edited), two new figures. */
const v2At = (i: number): number => (i === 1 ? 150 : i === 2 ? 202 : 100 + i);

async function loadedWorkbook(
  n = 6,
): Promise<{ fake: FakeExcel; plan: WorkbookPlan; sheet: string }> {
  const plan = syntheticPlan(n);
  const fake = new FakeExcel();
  await writePlan(fake.context, plan, caps);
  return { fake, plan, sheet: figuresSheet(plan) };
}

describe("refresh", () => {
  it("writes nothing when the workbook already matches the sources (a second refresh is a no-op)", async () => {
    const { fake, plan } = await loadedWorkbook();
    const grids = plan.sheets
      .flatMap((s) => s.tables)
      .map((t) => fake.tableGrid(t.name, "formulas"));
    const syncs = fake.syncs;
    const ops = fake.ops.length;
    const report = await refresh(fake.context, plan, caps);
    expect(report.cellsWritten).toBe(0);
    expect(writes(fake, ops)).toEqual([]);
    expect(fake.syncs - syncs).toBe(3); // three reads, no write batch, nothing to restore
    expect(report.syncs).toBe(3);
    expect(
      plan.sheets.flatMap((s) => s.tables).map((t) => fake.tableGrid(t.name, "formulas")),
    ).toEqual(grids);
  });

  it("updates the source side, keeps planner edits, rows, columns and their formatting, appends new figures", async () => {
    const { fake, sheet } = await loadedWorkbook(6);
    // The planner edits f000001's value and writes why in Reason, adds a comment column and a
    // calculated column (N and O, after the table's last column), and a row.
    const [n, o] = [columnLetter(fig.columns.length + 1), columnLetter(fig.columns.length + 2)];
    fake.type(sheet, cellOf(fig, "value", 3), 999);
    fake.type(sheet, cellOf(fig, "reason", 3), "по отчёту акимата");
    fake.resizeTable("tblFigures", { columns: 2, rows: 1 });
    fake.type(sheet, `${n}1`, "Комментарий");
    fake.type(sheet, `${o}1`, "Удвоено");
    for (let r = 2; r <= 8; r++) {
      fake.type(sheet, `${n}${r}`, `заметка ${r}`, "@");
      fake.type(sheet, `${o}${r}`, "=tblFigures[[#This Row],[Значение]]*2");
    }
    fake.sheet(sheet).fills.set(`${n}2:${n}8`, "#FFFF00");
    fake.type(sheet, cellOf(fig, "indicator", 8), "моя строка");
    fake.type(sheet, cellOf(fig, "value", 8), 5);

    const v2 = syntheticPlan(8, { valueAt: v2At });
    const figures = syntheticFigures(8, v2At);
    const report = await refresh(fake.context, v2, { ...caps, figures });

    const cell = (a: string) => fake.cell(sheet, a);
    const at = (key: string, row: number) => cell(cellOf(fig, key, row));
    expect(at("value", 3).value).toBe(999); // edited: kept
    expect(at("reason", 3).value).toBe("по отчёту акимата"); // the planner's reason: kept
    expect(at("reason", 4).value).toBe(""); // no reason written where the planner gave none
    expect(at("sourceValue", 3).value).toBe(150); // its source value moves on
    expect([at("value", 4).value, at("sourceValue", 4).value]).toEqual([202, 202]); // not edited: updated
    expect(report.kept).toEqual([
      {
        table: "tblFigures",
        id: "f000001",
        row: 1,
        col: P("value"),
        columnKey: "value",
        planner: 999,
        source: 150,
      },
    ]);
    expect(report.conflicts.map((c) => [c.id, c.kind])).toEqual([["source:f000001", "source"]]);
    // Planner's row, column values and formatting untouched.
    expect([at("indicator", 8).value, at("value", 8).value, at("id", 8).value]).toEqual([
      "моя строка",
      5,
      "",
    ]);
    expect(cell(`${n}3`)).toMatchObject({ value: "заметка 3", numberFormat: "@" });
    expect(fake.sheet(sheet).fills.get(`${n}2:${n}8`)).toBe("#FFFF00");
    // Two new figures appended below the planner's row, with the status formula and the planner's formula.
    const grid = fake.tableGrid("tblFigures", "stored");
    expect(grid).toHaveLength(1 + 6 + 1 + 2);
    const status = v2.sheets
      .find((s) => s.key === "figures")
      ?.tables[0]?.columns.find((c) => c.key === "status")?.formula;
    expect(["indicator", "region", "value", "id"].map((k) => grid[8]?.[P(k)])).toEqual([
      "villages_internet",
      "Жамбылская область",
      106,
      "f000006",
    ]);
    expect(grid[8]?.[P("status")]).toBe(status);
    expect(grid[9]?.[P("reason")]).toBe(""); // Reason, empty in a new row
    expect(grid[9]?.[fig.columns.length]).toBe("");
    expect(grid[9]?.[fig.columns.length + 1]).toBe("=tblFigures[[#This Row],[Значение]]*2");
    // New rows get the plan's number formats, and text that looks like a formula stays text.
    const valueFormat = columnOf(planTable(v2, "figures"), "value").numberFormat;
    expect(valueFormat).toBeDefined();
    expect(at("value", 9).numberFormat).toBe(valueFormat);
    expect(at("region", 10)).toMatchObject({ value: "-Туркестанская область", numberFormat: "@" });
    expect(at("region", 10).formula).toBeUndefined();
    expect(at("asOf", 10)).toMatchObject({ value: "2025", numberFormat: "@" });
    // The edited-value highlight covers the new rows too: Value against Source value, row by row.
    expect(fake.sheet(sheet).conditionalFormats.map((c) => [c.address, c.formula])).toContainEqual([
      `${L("value")}9:${L("value")}10`,
      `=$${L("value")}9<>$${L("sourceValue")}9`,
    ]);
    const t = report.tables.find((x) => x.name === "tblFigures");
    expect(t).toMatchObject({
      appended: 2,
      plannerRows: 1,
      plannerColumns: ["Комментарий", "Удвоено"],
    });

    // Again with the same sources: nothing written, the edit still kept and reported.
    const ops = fake.ops.length;
    const again = await refresh(fake.context, v2, { ...caps, figures });
    expect(again.cellsWritten).toBe(0);
    expect(writes(fake, ops)).toEqual([]);
    expect(again.kept).toHaveLength(1);
  });

  it("adds the Reason column to a workbook loaded before it existed, after the planner's columns", async () => {
    const old = syntheticPlan(4);
    const oldFigures = old.sheets.find((s) => s.key === "figures")?.tables[0];
    expect(oldFigures?.columns.pop()?.key).toBe("reason");
    oldFigures?.rows.forEach((r) => r.pop());
    const fake = new FakeExcel();
    await writePlan(fake.context, old, caps);
    const sheet = figuresSheet(old);
    const oldColumns = oldFigures?.columns.map((c) => c.name) ?? [];
    // The planner's column right after the old table's last one; Reason comes after it.
    const [mine, reason] = [oldColumns.length + 1, oldColumns.length + 2].map(columnLetter);
    fake.resizeTable("tblFigures", { columns: 1 });
    fake.type(sheet, `${mine}1`, "Комментарий");
    fake.type(sheet, `${mine}2`, "моё");

    const plan = syntheticPlan(4);
    const report = await refresh(fake.context, plan, caps);
    expect(report.kept).toEqual([]);
    const grid = fake.tableGrid("tblFigures");
    expect(grid[0]).toEqual([...oldColumns, "Комментарий", columnOf(fig, "reason").name]);
    expect(grid.slice(1).map((r) => r[oldColumns.length + 1])).toEqual(["", "", "", ""]);
    expect(fake.cell(sheet, `${mine}2`).value).toBe("моё");
    fake.type(sheet, `${reason}3`, "по отчёту акимата");

    const ops = fake.ops.length;
    const again = await refresh(fake.context, plan, caps);
    expect(again.cellsWritten).toBe(0);
    expect(writes(fake, ops)).toEqual([]);
    expect(fake.cell(sheet, `${reason}3`).value).toBe("по отчёту акимата");
  });

  it("adds a note with the source quote on a kept edit only on ExcelApi 1.18, once", async () => {
    const { fake, sheet, plan } = await loadedWorkbook(4);
    const value = cellOf(fig, "value", 2); // f000000's value
    fake.type(sheet, value, 7);
    const report = await refresh(fake.context, plan, caps);
    expect(report.notesWritten).toBe(1);
    expect(fake.notes).toHaveLength(1);
    expect(fake.notes[0]).toMatchObject({ sheet, address: value });
    expect(fake.notes[0]?.content).toContain(
      "«В 0 районах к интернету подключено 100 сельских населённых пунктов",
    );
    const again = await refresh(fake.context, plan, caps);
    expect(again.notesWritten).toBe(0);
    expect(fake.notes).toHaveLength(1);

    const old = await loadedWorkbook(4);
    old.fake.type(old.sheet, value, 7);
    const syncs = old.fake.syncs;
    const r = await refresh(old.fake.context, old.plan, { capabilities: capabilitiesUpTo(17) });
    expect(r.kept).toHaveLength(1);
    expect(old.fake.notes).toEqual([]);
    expect(old.fake.ops.some((o) => o.kind.startsWith("note"))).toBe(false);
    expect(old.fake.syncs - syncs).toBe(3);
  });

  it("does not bring back a figure row the planner deleted", async () => {
    const { fake, plan } = await loadedWorkbook(5);
    fake.resizeTable("tblFigures", { rows: -1 });
    const report = await refresh(fake.context, plan, caps);
    expect(fake.tableGrid("tblFigures")).toHaveLength(1 + 4);
    expect(report.tables.find((t) => t.name === "tblFigures")?.deletedByPlanner).toEqual([
      "f000004",
    ]);
  });

  it("replaces the state part and restores events and calculation when a refresh write fails", async () => {
    const { fake } = await loadedWorkbook(3);
    const v2 = syntheticPlan(4, { loadedAt: "2026-11-22T01:00:00Z" });
    await refresh(fake.context, v2, caps);
    const ours = fake.xmlParts.filter((p) => p.namespace === v2.stateNamespace);
    expect(ours).toHaveLength(1);
    expect(parseStateXml(ours[0]?.xml ?? "").loadedAt).toBe("2026-11-22T01:00:00Z");

    fake.failOn = (op) => op.kind === "table.rows.add";
    await expect(refresh(fake.context, syntheticPlan(6), caps)).rejects.toThrow(/table.rows.add/);
    expect(fake.enableEvents).toBe(true);
    expect(fake.calculationMode).toBe("Automatic");
  });

  it("keeps the sync count constant when many figures are appended (but for payload chunks)", async () => {
    for (const n of [50, 5_000]) {
      const { fake } = await loadedWorkbook(5);
      const syncs = fake.syncs;
      const report = await refresh(fake.context, syntheticPlan(n), {
        ...caps,
        maxBatchBytes: 1e12,
      });
      // Three reads, the write batch (with the check that no rows moved since the read), the
      // state part, restore.
      expect(fake.syncs - syncs).toBe(6);
      expect(report.syncs).toBe(6);
      expect(fake.tableGrid("tblFigures")).toHaveLength(1 + n);
    }
  }, 60_000);

  it("reads a 50 000-figure table back in chunks below the 5 MB response limit", async () => {
    const plan = syntheticPlan(50_000);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    const syncs = fake.syncs;
    const report = await refresh(fake.context, plan, caps);
    expect(report.cellsWritten).toBe(0);
    const responses = fake.responseBytes.slice(syncs);
    expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(10_000_000);
    expect(Math.max(...responses)).toBeLessThan(5_000_000);
    expect(report.syncs).toBe(fake.syncs - syncs);
  }, 120_000);

  it("follows columns the planner inserted in the middle: values, formulas and highlights land in the moved columns", async () => {
    const { fake, sheet } = await loadedWorkbook(3);
    // A planner's column right before Value (0-based sheet column = its position, table at A1):
    // Value and every column after it move one right.
    const ins = P("value");
    expect(ins).toBeGreaterThan(0); // in the middle, not before the table
    fake.insertColumn(sheet, ins);
    fake.type(sheet, `${columnLetter(ins + 1)}1`, "Ответственный");
    fake.type(sheet, `${columnLetter(ins + 1)}2`, "Айгерим");
    const v2 = syntheticPlan(5);
    const report = await refresh(fake.context, v2, caps);
    const grid = fake.tableGrid("tblFigures", "stored");
    const moved = (key: string) => (P(key) >= ins ? P(key) + 1 : P(key));
    expect(grid[0]?.[ins]).toBe("Ответственный");
    expect(grid[1]?.[ins]).toBe("Айгерим");
    expect(grid[4]?.[ins]).toBe(""); // an appended row leaves the planner's column empty
    // f000003, appended: every value in its moved column, as planned.
    const planned = planTable(v2, "figures");
    const row = planned.rows[3] ?? [];
    expect(row[P("id")]).toBe("f000003");
    for (const c of planned.columns.filter((x) => x.kind === "value")) {
      expect(grid[4]?.[moved(c.key)], c.key).toBe(row[P(c.key)] ?? "");
    }
    expect(grid[5]?.[moved("status")]).toBe(columnOf(planned, "status").formula);
    // The highlights of the new rows read the moved columns: Value against Source value, and the
    // id coloured when Conflicts is not empty.
    const letter = (key: string) => letterOf(fig, key, ins);
    const highlights = fake.sheet(sheet).conditionalFormats.map((c) => [c.address, c.formula]);
    expect(highlights).toContainEqual([
      `${letter("value")}5:${letter("value")}6`,
      `=$${letter("value")}5<>$${letter("sourceValue")}5`,
    ]);
    expect(highlights).toContainEqual([
      `${letter("id")}5:${letter("id")}6`,
      `=$${letter("conflicts")}5<>""`,
    ]);
    expect(report.tables.find((t) => t.name === "tblFigures")?.plannerColumns).toEqual([
      "Ответственный",
    ]);
  });

  it("refuses to refresh in another language than the workbook's, before writing anything", async () => {
    const { fake } = await loadedWorkbook(2);
    const ops = fake.ops.length;
    const en = { ...syntheticPlan(2) };
    en.language = "en";
    en.state = { ...en.state, language: "en" };
    await expect(refresh(fake.context, en, caps)).rejects.toThrow(/loaded in ru; refresh it in ru/);
    expect(writes(fake, ops)).toEqual([]);
  });

  it("writes into a sheet the planner renamed, without adding an empty one under the old name", async () => {
    const { fake, sheet } = await loadedWorkbook(3);
    fake.renameSheet(sheet, "Мои данные");
    fake.type("Мои данные", cellOf(fig, "value", 2), 1);
    const report = await refresh(fake.context, syntheticPlan(4), caps);
    expect(fake.notes.map((n) => [n.sheet, n.address])).toEqual([
      ["Мои данные", cellOf(fig, "value", 2)],
    ]);
    expect(report.sheetsAdded).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).not.toContain(sheet);
    expect(fake.table("tblFigures").sheet).toBe("Мои данные");
    expect(fake.cell("Мои данные", cellOf(fig, "id", 5)).value).toBe("f000003");
  });
});
