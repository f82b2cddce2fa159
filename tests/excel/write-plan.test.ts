import { describe, expect, it } from "vitest";
import { parseRect } from "../../src/excel/a1";
import { allCapabilities, capabilitiesUpTo } from "../../src/excel/capabilities";
import { parseStateXml, stateXml } from "../../src/workbook/state-xml";
import { writePlan } from "../../src/excel/write-plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";
import { letterOf } from "../helpers/plan-columns";

const caps = { capabilities: allCapabilities };

function figuresTable(plan: WorkbookPlan) {
  const t = plan.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblFigures");
  if (!t) throw new Error("no tblFigures in the plan");
  return t;
}

describe("writePlan", () => {
  it("writes every table with its name, header, values and one formula per calculated-column cell", async () => {
    const plan = syntheticPlan(40);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    for (const sheet of plan.sheets) {
      expect(fake.sheet(sheet.name).name).toBe(sheet.name);
      for (const table of sheet.tables) {
        const values = fake.tableGrid(table.name, "values");
        const formulas = fake.tableGrid(table.name, "stored");
        expect(values[0]).toEqual(table.columns.map((c) => c.name));
        expect(values.length).toBe(1 + Math.max(table.rows.length, 1));
        expect(fake.table(table.name).style).toBe(table.style);
        table.rows.forEach((row, i) =>
          table.columns.forEach((c, j) => {
            if (c.kind === "formula") expect(formulas[i + 1]?.[j]).toBe(c.formula);
            else expect(values[i + 1]?.[j]).toBe(row[j] ?? "");
          }),
        );
      }
    }
  });

  it("applies number formats, conditional formats, widths, hidden columns and freeze panes", async () => {
    const plan = syntheticPlan(10);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    const figures = figuresTable(plan);
    const sheet = fake.sheet(figures.sheet);
    const valueCol = figures.columns.findIndex((c) => c.key === "value");
    const format = figures.columns[valueCol]?.numberFormat;
    expect(format).toBeDefined();
    expect(fake.cell(figures.sheet, `${letterOf(figures, "value")}2`).numberFormat).toBe(format);
    expect(sheet.conditionalFormats.map((c) => [c.address, c.type, c.formula, c.fill])).toEqual(
      figures.conditionalFormats.map((c) => [c.range, "Custom", c.formula, c.fill]),
    );
    expect(sheet.conditionalFormats[0]?.fontColor).toBe(figures.conditionalFormats[0]?.font?.color);
    const planSheet = plan.sheets.find((s) => s.name === figures.sheet);
    const v = letterOf(figures, "value");
    expect(sheet.columnWidths.get(parseRect(`${v}1`).left)).toBeCloseTo(
      ((planSheet?.columnWidths[v] ?? 0) * 7 + 5) * 0.75,
    );
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([
      planSheet?.freeze.rows,
      planSheet?.freeze.columns,
    ]);
    // Every sheet hides exactly its tables' hidden columns (the lookup hints of Coverage, Plans).
    const hiddenOf = (s: WorkbookPlan["sheets"][number]) =>
      s.tables.flatMap((t) => {
        const left = parseRect(t.topLeft).left;
        return t.columns.flatMap((c, j) => (c.hidden ? [left + j] : []));
      });
    expect(plan.sheets.flatMap(hiddenOf).length).toBeGreaterThan(0);
    for (const s of plan.sheets) {
      expect([...fake.sheet(s.name).hiddenColumns].sort((a, b) => a - b)).toEqual(hiddenOf(s));
    }
  });

  it("writes text as text (= + - @, numbers, dates): the cell gets format @ before its value", async () => {
    const plan = syntheticPlan(8);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    const sources = plan.sheets.find((s) => s.key === "sources");
    const figures = figuresTable(plan);
    // publisher "=Kazinform" (column F of Sources) and region "-Туркестанская область" (B2 of Figures)
    const sourcesTable = sources!.tables[0]!;
    const pub = fake.cell(sources?.name ?? "", `${letterOf(sourcesTable, "publisher")}2`);
    expect(pub).toMatchObject({ value: "=Kazinform", numberFormat: "@" });
    expect(pub.formula).toBeUndefined();
    const region = fake.cell(figures.sheet, `${letterOf(figures, "region")}2`);
    expect(region).toMatchObject({ value: "-Туркестанская область", numberFormat: "@" });
    // "2025" (as-of) would become a number and an ISO date a serial: they stay text too.
    expect(fake.cell(figures.sheet, `${letterOf(figures, "asOf")}2`)).toMatchObject({
      value: "2025",
      numberFormat: "@",
    });
    expect(fake.cell(sources?.name ?? "", `${letterOf(sourcesTable, "date")}2`)).toMatchObject({
      value: "2025-06-01",
      numberFormat: "@",
    });
    const fmt = fake.ops.findIndex(
      (o) =>
        o.kind === "range.numberFormat" &&
        o.target.startsWith(`${figures.sheet}!${letterOf(figures, "region")}2`),
    );
    const val = fake.ops.findIndex(
      (o) => o.kind === "range.values" && o.target.startsWith(`${figures.sheet}!A2`),
    );
    expect(fmt).toBeGreaterThanOrEqual(0);
    expect(fmt).toBeLessThan(val);
  });

  it("uses a constant number of syncs for 50, 5 000 and 50 000 figures, more only for payload chunks", async () => {
    const counts: Record<number, { syncs: number; batches: number; maxBytes: number }> = {};
    for (const n of [50, 5_000, 50_000]) {
      const plan = syntheticPlan(n);
      const unlimited = new FakeExcel();
      unlimited.payloadLimitBytes = Infinity; // a desktop host: no 5 MB limit per request
      const one = await writePlan(unlimited.context, plan, { ...caps, maxBatchBytes: 1e12 });
      // Read, one write batch, the state part (it keeps the new tables' ids), restore.
      expect(unlimited.syncs).toBe(4);
      expect(one.syncs).toBe(4);
      const fake = new FakeExcel();
      const report = await writePlan(fake.context, plan, caps);
      expect(fake.syncs).toBe(report.syncs);
      // A write too big for one request sets Manual between batches: three restore syncs
      // (calculation, events, recalculation) instead of one.
      const manual = fake.ops.some((o) => o.kind === "application.calculationMode");
      expect(report.syncs).toBe(1 + report.batches + (manual ? 3 : 1));
      counts[n] = {
        syncs: fake.syncs,
        batches: report.batches,
        maxBytes: Math.max(...fake.syncBytes),
      };
      // Every request stays below Excel on the web's 5 MB, and batches are as few as the payload allows.
      expect(Math.max(...fake.syncBytes)).toBeLessThan(5_000_000);
      const total = fake.syncBytes.reduce((a, b) => a + b, 0);
      expect(report.batches).toBeLessThanOrEqual(Math.ceil(total / 3_000_000) + 1);
    }
    expect(counts[50]?.syncs).toBe(4);
    expect(counts[50_000]?.batches).toBeGreaterThan(1);
  }, 120_000);

  it("suspends events and calculation while writing and leaves calculationMode alone when the write fits one request", async () => {
    const fake = new FakeExcel();
    fake.calculationMode = "Manual";
    await writePlan(fake.context, syntheticPlan(5), caps);
    const writes = fake.ops.filter((o) => o.kind === "range.values");
    expect(writes.length).toBeGreaterThan(0);
    for (const op of writes) {
      expect(op).toMatchObject({
        eventsEnabled: false,
        calcSuspended: true,
        screenSuspended: true,
      });
    }
    expect(fake.enableEvents).toBe(true);
    expect(fake.calculationMode).toBe("Manual");
    expect(fake.calculateCalls).toEqual([]); // the planner calculates by hand: no forced recalc

    // calculationMode is application-wide: a one-request write never sets it at all.
    const auto = new FakeExcel();
    await writePlan(auto.context, syntheticPlan(5), caps);
    expect(auto.ops.filter((o) => o.kind === "application.calculationMode")).toEqual([]);
    expect(auto.calculationMode).toBe("Automatic");
  });

  it("sets Manual only between the batches of a write too big for one request, and puts Automatic back first", async () => {
    const fake = new FakeExcel();
    await writePlan(fake.context, syntheticPlan(400), { ...caps, maxBatchBytes: 60_000 });
    const modes = fake.ops.filter((o) => o.kind === "application.calculationMode");
    expect(modes.map((o) => o.calculationMode)).toEqual(["Manual", "Automatic"]);
    const restore = fake.ops.findIndex(
      (o) => o.kind === "application.calculationMode" && o.calculationMode === "Automatic",
    );
    expect(fake.ops[restore + 1]?.kind).toBe("runtime.enableEvents");
    expect(fake.calculationMode).toBe("Automatic");
    expect(fake.calculateCalls).toEqual(["Recalculate"]);
  });

  it("retries the restore of calculationMode when its sync fails, so no workbook stays in Manual", async () => {
    const fake = new FakeExcel();
    let failures = 0;
    fake.failOn = (op) =>
      op.kind === "application.calculationMode" &&
      fake.calculationMode === "Manual" &&
      failures++ < 2;
    await writePlan(fake.context, syntheticPlan(400), { ...caps, maxBatchBytes: 60_000 });
    expect(failures).toBe(3);
    expect(fake.calculationMode).toBe("Automatic");
    expect(fake.enableEvents).toBe(true);
  });

  it("restores events when a write fails, and reports the write's error", async () => {
    const fake = new FakeExcel();
    fake.failOn = (op) => op.kind === "range.formulas";
    await expect(writePlan(fake.context, syntheticPlan(5), caps)).rejects.toThrow(
      /InvalidArgument: range.formulas/,
    );
    expect(fake.enableEvents).toBe(true);
    expect(fake.calculationMode).toBe("Automatic");
    expect(fake.ops.at(-1)?.kind).toBe("runtime.enableEvents");
  });

  it("refuses hosts below ExcelApi 1.9 and does not use freeze panes below 1.7", async () => {
    await expect(
      writePlan(new FakeExcel().context, syntheticPlan(2), { capabilities: capabilitiesUpTo(8) }),
    ).rejects.toThrow(/ExcelApi 1.9/);
    const fake = new FakeExcel();
    await writePlan(fake.context, syntheticPlan(2), {
      capabilities: { ...allCapabilities, freezePanes: false },
    });
    expect(fake.ops.some((o) => o.kind.startsWith("freezePanes"))).toBe(false);
  });

  it("replaces the add-in state part of its namespace instead of adding a second one", async () => {
    const plan = syntheticPlan(3);
    const fake = new FakeExcel();
    fake.addPart(
      stateXml(plan.stateNamespace, { ...plan.state, loadedAt: "2020-01-01T00:00:00Z" }),
    );
    fake.addPart(`<other xmlns="urn:someone:else">x</other>`);
    await writePlan(fake.context, plan, caps);
    const ours = fake.xmlParts.filter((p) => p.namespace === plan.stateNamespace);
    expect(ours).toHaveLength(1);
    expect(parseStateXml(ours[0]?.xml ?? "")).toEqual({
      ...plan.state,
      tableIds: Object.fromEntries(fake.tables.map((t) => [t.name, t.id])),
    });
    expect(fake.xmlParts.filter((p) => p.namespace === "urn:someone:else")).toHaveLength(1);
  });

  it("refuses to write over tables that already exist (refresh keeps edits instead)", async () => {
    const plan = syntheticPlan(3);
    const fake = new FakeExcel();
    await writePlan(fake.context, plan, caps);
    const before = fake.ops.length;
    await expect(writePlan(fake.context, plan, caps)).rejects.toThrow(
      /already has table tblSources/,
    );
    expect(fake.ops.length).toBe(before);
  });
});
