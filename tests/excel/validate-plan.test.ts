import { describe, expect, it } from "vitest";
import { allCapabilities } from "../../src/excel/capabilities";
import { validatePlan } from "../../src/excel/validate-plan";
import { writePlan } from "../../src/excel/write-plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";
import { letterOf } from "../helpers/plan-columns";

function figures(plan: WorkbookPlan) {
  const t = plan.sheets.find((s) => s.key === "figures")?.tables[0];
  if (!t) throw new Error("no figures table");
  return t;
}

describe("validatePlan", () => {
  it("accepts what buildPlan makes", () => {
    expect(() => validatePlan(syntheticPlan(5))).not.toThrow();
  });

  it("names the table, row and sizes of a short row, and writes nothing", async () => {
    const plan = syntheticPlan(3);
    figures(plan).rows[1]?.pop();
    const fake = new FakeExcel();
    await expect(writePlan(fake.context, plan, { capabilities: allCapabilities })).rejects.toThrow(
      /table tblFigures \(sheet Показатели\) row 2 has 12 cells, expected 13/,
    );
    expect(fake.syncs).toBe(0);
  });

  it("refuses two columns with one header (Excel would rename one)", () => {
    const plan = syntheticPlan(1);
    const t = figures(plan);
    const first = t.columns[0];
    if (t.columns[1] && first) t.columns[1].name = first.name.toUpperCase();
    expect(() => validatePlan(plan)).toThrow(/two columns named/);
  });

  it("refuses a formula that refers to a table written later", () => {
    const plan = syntheticPlan(1);
    const status = figures(plan).columns.find((c) => c.kind === "formula");
    if (status) status.formula = "=COUNTA(tblConflicts[Id])";
    expect(() => validatePlan(plan)).toThrow(
      /refers to tblConflicts, which the plan does not write before it/,
    );
  });
});

describe("headers", () => {
  it("writes a header that looks like a number or formula as text", async () => {
    const plan = syntheticPlan(2);
    const t = figures(plan);
    const asOf = t.columns.find((c) => c.key === "asOf");
    if (asOf) asOf.name = "2025";
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, { capabilities: allCapabilities });
    expect(fake.cell(t.sheet, `${letterOf(t, "asOf")}1`)).toMatchObject({
      value: "2025",
      numberFormat: "@",
    });
    expect(fake.cell(t.sheet, "A1")).toMatchObject({
      value: t.columns[0]?.name,
      numberFormat: "General",
    });
  });
});
