// The real seeds, in each language, through the Office.js writer into the fake: every table
// lands as planned, a refresh changes nothing, and a planner's edit survives a refresh as a
// source conflict worded by the checks.
import { describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { allCapabilities } from "../../src/excel/capabilities";
import { refresh } from "../../src/excel/refresh";
import { writePlan } from "../../src/excel/write-plan";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { buildPlan } from "../../src/workbook/plan";
import type { PlanLanguage } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { cellOf, planTable, rowOf } from "../helpers/plan-columns";

const caps = { capabilities: allCapabilities };

function seedPlan(language: PlanLanguage) {
  const loaded = loadSeeds(readSeedsDir("seeds"));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  const checks = runChecks(loaded);
  return {
    loaded,
    plan: buildPlan({ ...loaded, checks, language, loadedAt: "2026-11-22T00:00:00Z" }),
  };
}

describe.each(["kk", "ru", "en"] as const)("the seed workbook in %s", (language) => {
  it("writes every table as planned and a refresh writes nothing", async () => {
    const { plan } = seedPlan(language);
    const fake = new FakeExcel();
    const report = await writePlan(fake.context, plan, caps);
    expect(report.syncs).toBe(4); // read, write, state part with the tables' ids, restore
    for (const table of plan.sheets.flatMap((s) => s.tables)) {
      const values = fake.tableGrid(table.name, "values");
      const formulas = fake.tableGrid(table.name, "stored");
      table.rows.forEach((row, i) =>
        table.columns.forEach((c, j) => {
          const at = `${table.name} row ${i + 1} ${c.key}`;
          if (c.kind === "formula") expect(formulas[i + 1]?.[j], at).toBe(c.formula);
          else expect(values[i + 1]?.[j], at).toBe(row[j] ?? "");
        }),
      );
    }
    const ops = fake.ops.length;
    const again = await refresh(fake.context, plan, caps);
    expect(again.cellsWritten).toBe(0);
    expect(fake.ops.slice(ops).filter((o) => o.kind !== "range.load")).toEqual([]);
  });

  it("keeps a planner's edit through a refresh and reports it as a source conflict", async () => {
    const { plan, loaded } = seedPlan(language);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    const figures = plan.sheets.find((s) => s.key === "figures");
    const first = loaded.figures[0];
    if (!figures || !first) throw new Error("no figures");
    const table = planTable(plan, "figures");
    const value = cellOf(table, "value", rowOf(table, first.id));
    fake.type(figures.name, value, first.value * 10 + 7);
    const report = await refresh(fake.context, plan, { ...caps, figures: loaded.figures });
    expect(fake.cell(figures.name, value).value).toBe(first.value * 10 + 7);
    expect(report.kept.map((k) => k.id)).toEqual([first.id]);
    expect(report.conflicts.map((c) => c.id)).toEqual([`source:${first.id}`]);
    expect(fake.notes[0]?.content).toContain(first.quote);
  });
});
