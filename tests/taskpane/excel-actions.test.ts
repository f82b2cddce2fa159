// The pane's own Office.js code (src/excel/select-cells, watch-changes, edit-figures) against a
// small fake, and the Figures table reference read from the real workbook plan.
import { afterEach, describe, expect, it, vi } from "vitest";
import { allCapabilities, capabilitiesUpTo } from "../../src/excel/capabilities";
import { noteReason, setFigureValue, snipToSelectedRow } from "../../src/excel/edit-figures";
import { figuresTableOf, selectFigures, type FiguresTableRef } from "../../src/excel/select-cells";
import { readFigureValues, watchTable } from "../../src/excel/watch-changes";
import { buildPlan } from "../../src/workbook/plan";
import { fakeRunChecks, figures, relations, sources } from "./fakes";
import { installFakeExcel, uninstallFakeExcel } from "./office-fake";

afterEach(uninstallFakeExcel);

const ref: FiguresTableRef = {
  name: "tblFigures",
  keyColumn: "id",
  columns: {
    id: "ID",
    value: "Value",
    quote: "Quote",
    source: "Source",
    sourceValue: "Source value",
  },
};
const header = ["ID", "Value", "Quote", "Source", "Source value"];
const rows = () => [
  ["a", 1, "q a", "s1", 1],
  ["b", 2, "q b", "s1", 2],
  ["c", 3, "q c", "s2", 3],
];

describe("Figures table reference", () => {
  it("comes from the workbook plan, in the plan's language", () => {
    const plan = buildPlan({
      sources,
      figures,
      relations,
      checks: fakeRunChecks({ sources, figures, relations }),
      language: "ru",
      loadedAt: "2026-11-22T00:00:00Z",
    });
    const t = figuresTableOf(plan);
    expect(t.name).toBe("tblFigures");
    expect(t.keyColumn).toBe("id");
    const figuresTable = plan.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblFigures")!;
    expect(t.columns.value).toBe(figuresTable.columns.find((c) => c.key === "value")?.name);
    expect(t.columns.quote).toBeDefined();
    // Keep mine writes its reason here: an editable column of the plan, in the plan's language.
    expect(t.columns.reason).toBe("Причина");
  });
});

describe("select, read and watch", () => {
  it("selects the rows of the conflict's figures on the Figures sheet", async () => {
    const excel = installFakeExcel(header, rows());
    expect(await selectFigures(ref, ["c", "a", "zzz"], allCapabilities)).toBe(true);
    expect(excel.selected).toBe("A2:E2,A4:E4");
    expect(excel.activeSheet).toBe("Figures");
    expect(await selectFigures(ref, ["zzz"], allCapabilities)).toBe(false);
  });

  it("selects the rectangle around them below ExcelApi 1.18 (Office 2021 and 2024)", async () => {
    const excel = installFakeExcel(header, rows());
    expect(await selectFigures(ref, ["c", "a"], capabilitiesUpTo(14))).toBe(true);
    expect(excel.selected).toBe("A2:E4");
  });

  it("reads the Value column by id, leaving out cells that are not numbers", async () => {
    const r = rows();
    r[1]![1] = "n/a";
    installFakeExcel(header, r);
    expect(await readFigureValues(ref)).toEqual({ a: 1, c: 3 });
  });

  it("calls back on table changes until stopped", async () => {
    const excel = installFakeExcel(header, rows());
    const onChange = vi.fn();
    const stop = await watchTable("tblFigures", onChange);
    await excel.handlers[0]?.();
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
    expect(excel.handlers).toEqual([]);
  });
});

describe("edits", () => {
  it("accepts a source value into the Value cell", async () => {
    const excel = installFakeExcel(header, rows());
    await setFigureValue(ref, "b", 20);
    expect(excel.rows[1]?.[1]).toBe(20);
    await expect(setFigureValue(ref, "zzz", 1)).rejects.toThrow(
      /figure zzz is not in table tblFigures/,
    );
  });

  it("without a reason column, notes the reason on the Value cell (ExcelApi 1.18), or says why it cannot", async () => {
    const excel = installFakeExcel(header, rows());
    await noteReason(ref, "b", "checked with the akimat", allCapabilities);
    expect(excel.notes.get("Figures!B3")).toBe("checked with the akimat");
    await expect(noteReason(ref, "b", "x", capabilitiesUpTo(9))).rejects.toThrow(
      /no reason column/,
    );
  });

  it("writes the reason column when the plan has one, as text, and on 1.18 notes it too", async () => {
    const excel = installFakeExcel(
      [...header, "Reason"],
      rows().map((r) => [...r, ""]),
    );
    await noteReason(
      { ...ref, columns: { ...ref.columns, reason: "Reason" } },
      "c",
      "=1+1 is a typo",
      capabilitiesUpTo(9),
    );
    expect(excel.rows[2]?.[5]).toBe("=1+1 is a typo");
    expect(excel.formats.get("F4")).toBe("@");
    expect(excel.notes.size).toBe(0);
    await noteReason(
      { ...ref, columns: { ...ref.columns, reason: "Reason" } },
      "a",
      "from the akimat",
      allCapabilities,
    );
    expect(excel.rows[0]?.[5]).toBe("from the akimat");
    expect(excel.notes.get("Figures!B2")).toBe("from the akimat");
  });

  it("snips a number to the selected Figures row; quotes that look like formulas stay text", async () => {
    const excel = installFakeExcel(header, rows());
    excel.selection = { row: 1, col: 2, sheet: "Figures" };
    const id = await snipToSelectedRow(ref, {
      value: 51,
      quote: "=51 (12,2%) — 3G",
      source: "zhambyl-ru",
    });
    expect(id).toBe("b");
    expect(excel.rows[1]).toEqual(["b", 51, "=51 (12,2%) — 3G", "zhambyl-ru", 51]);
    expect(excel.formats.get("C3")).toBe("@");
  });

  it("snips nothing when the selection is not in the Figures table", async () => {
    const excel = installFakeExcel(header, rows());
    excel.selection = { row: 1, col: 2, sheet: "Sources" };
    expect(await snipToSelectedRow(ref, { value: 5, quote: "q", source: "s" })).toBeNull();
    excel.selection = { row: 7, col: 0, sheet: "Figures" };
    expect(await snipToSelectedRow(ref, { value: 5, quote: "q", source: "s" })).toBeNull();
    expect(excel.rows).toEqual(rows());
  });
});
