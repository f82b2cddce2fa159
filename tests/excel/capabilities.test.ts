import { afterEach, describe, expect, it, vi } from "vitest";
import { capabilitiesUpTo, detectCapabilities } from "../../src/excel/capabilities";
import { loadIntoWorkbook } from "../../src/excel/load-workbook";
import { runOptions } from "../../src/excel/run-options";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";

describe("capabilities", () => {
  it("asks for each ExcelApi version it uses", () => {
    const asked: string[] = [];
    const caps = detectCapabilities((name, version) => {
      asked.push(`${name} ${version}`);
      return version !== "1.20" && version !== "1.18";
    });
    expect(asked).toEqual([
      "ExcelApi 1.5",
      "ExcelApi 1.6",
      "ExcelApi 1.7",
      "ExcelApi 1.8",
      "ExcelApi 1.9",
      "ExcelApi 1.18",
      "ExcelApi 1.18",
      "ExcelApi 1.20",
    ]);
    expect(caps).toMatchObject({
      suspendScreenUpdating: true,
      notes: false,
      mergeUndoGroup: false,
    });
  });

  it("asks Excel.run for one undo step only on ExcelApi 1.20, and always to wait for cell edit", () => {
    expect(runOptions(capabilitiesUpTo(20))).toEqual({
      delayForCellEdit: true,
      mergeUndoGroup: true,
    });
    expect(runOptions(capabilitiesUpTo(19))).toEqual({ delayForCellEdit: true });
  });
});

describe("loadIntoWorkbook", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("runs one Excel.run batch with the run options and loads a fresh workbook through refresh", async () => {
    const fake = new FakeExcel();
    const seen: unknown[] = [];
    vi.stubGlobal("Excel", {
      run: (options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
        seen.push(options);
        return batch(fake.context);
      },
    });
    const plan = syntheticPlan(3);
    const report = await loadIntoWorkbook(plan, [], capabilitiesUpTo(18));
    expect(seen).toEqual([{ delayForCellEdit: true }]);
    expect(report.sheetsAdded).toEqual(plan.sheets.map((s) => s.name));
    expect(fake.tableGrid("tblFigures")).toHaveLength(4);
    expect(report.syncs).toBe(fake.syncs);
  });
});
