// The pane's single-row actions in src/excel (select, accept a value, keep with a reason, snip a
// number from a source, watch and read the Value column) against the fake.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { allCapabilities, capabilitiesUpTo } from "../../src/excel/capabilities";
import { noteReason, setFigureValue, snipToSelectedRow } from "../../src/excel/edit-figures";
import { figuresTableOf, selectFigures } from "../../src/excel/select-cells";
import { readFigureValues, watchTable } from "../../src/excel/watch-changes";
import { writePlan } from "../../src/excel/write-plan";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";

let fake: FakeExcel;
let runOptions: unknown[] = [];
const plan = syntheticPlan(5);
const ref = figuresTableOf(plan);
const sheet = plan.sheets.find((s) => s.key === "figures")?.name ?? "";

beforeEach(async () => {
  fake = new FakeExcel();
  runOptions = [];
  await writePlan(fake.context, plan, { capabilities: allCapabilities });
  vi.stubGlobal("Excel", {
    run: (a: unknown, b?: unknown) => {
      runOptions.push(typeof a === "function" ? undefined : a);
      const batch = (typeof a === "function" ? a : b) as (
        c: Excel.RequestContext,
      ) => Promise<unknown>;
      return batch(fake.context);
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("row actions", () => {
  it("selects the rows of the given figure ids on their sheet", async () => {
    expect(await selectFigures(ref, ["f000003", "f000001"], allCapabilities)).toBe(true);
    expect(fake.activeSheet).toBe(sheet);
    expect(fake.selected).toEqual([`${sheet}!A3:M3`, `${sheet}!A5:M5`]);
    expect(await selectFigures(ref, ["nope"], allCapabilities)).toBe(false);
    // Clicking in the pane while editing a cell waits for the edit instead of failing.
    expect(runOptions).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it("sets a figure's value in its own row, found by id", async () => {
    await setFigureValue(ref, "f000002", 42);
    expect(fake.cell(sheet, "C4").value).toBe(42);
    expect(await readFigureValues(ref)).toMatchObject({ f000001: 101, f000002: 42 });
    await expect(setFigureValue(ref, "zzz", 1)).rejects.toThrow(
      /figure zzz is not in table tblFigures/,
    );
  });

  it("writes the planner's reason into the row's Reason cell on ExcelApi 1.9, as text", async () => {
    await noteReason(ref, "f000002", "=по данным 2025 года", capabilitiesUpTo(9));
    expect(fake.cell(sheet, "M4")).toMatchObject({
      value: "=по данным 2025 года",
      numberFormat: "@",
    });
    expect(fake.cell(sheet, "M4").formula).toBeUndefined();
    expect(fake.cell(sheet, "M3").value).toBe("");
    expect(fake.notes).toEqual([]);
  });

  it("on ExcelApi 1.18 also notes the reason on the Value cell, replacing an older note", async () => {
    await noteReason(ref, "f000001", "из отчёта акимата", allCapabilities);
    await noteReason(ref, "f000001", "уточнено по телефону", allCapabilities);
    expect(fake.cell(sheet, "M3").value).toBe("уточнено по телефону");
    expect(fake.notes).toEqual([{ sheet, address: "C3", content: "уточнено по телефону" }]);
    const noColumn = { ...ref, columns: { ...ref.columns } };
    delete noColumn.columns.reason;
    await expect(noteReason(noColumn, "f000001", "x", capabilitiesUpTo(17))).rejects.toThrow(
      /no reason column and this Excel has no notes \(ExcelApi 1.18\)/,
    );
  });

  it("snips a number from a source into the selected row, the quote written as text", async () => {
    fake.selection = { sheet, address: "H4" };
    fake.activeSheet = sheet;
    const id = await snipToSelectedRow(ref, { value: 77, quote: "-77 сёл", source: "src2" });
    expect(id).toBe("f000002");
    expect([fake.cell(sheet, "C4").value, fake.cell(sheet, "G4").value]).toEqual([77, 77]);
    expect(fake.cell(sheet, "I4")).toMatchObject({ value: "-77 сёл", numberFormat: "@" });
    fake.selection = { sheet, address: "Z40" };
    expect(await snipToSelectedRow(ref, { value: 1, quote: "1", source: "s" })).toBeNull();
  });

  it("watches the table and stops watching", async () => {
    const seen: number[] = [];
    const stop = await watchTable(ref.name, () => seen.push(1));
    expect(fake.changeHandlers.map((h) => [h.table, h.removed])).toEqual([["tblFigures", false]]);
    await fake.changeHandlers[0]?.handler();
    expect(seen).toEqual([1]);
    await stop();
    expect(fake.changeHandlers[0]?.removed).toBe(true);
  });
});
