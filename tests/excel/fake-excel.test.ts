// The Office.js fake holds the code to Excel's rules (tests/helpers/fake-excel.ts lists them
// with their sources): requirement sets, laziness, no transactions, total rows, filters,
// Excel's display form of formulas, protected sheets, edits by someone else between syncs.
import { describe, expect, it } from "vitest";
import { apiSets } from "../helpers/api-sets.generated";
import {
  BASE_MEMBERS,
  FakeExcel,
  INTERNAL_MEMBERS,
  LATEST_LEVEL,
  OfficeError,
} from "../helpers/fake-excel";

/** A workbook with table tblT (A1:B4: Id, Value, rows a..c) on sheet S. */
async function withTable(level = LATEST_LEVEL): Promise<FakeExcel> {
  const fake = new FakeExcel(["S"], { apiLevel: level });
  const ws = fake.context.workbook.worksheets.getItem("S");
  ws.getRange("A1:B4").values = [
    ["Id", "Value"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ];
  ws.tables.add("A1:B4", true).name = "tblT";
  await fake.sync();
  return fake;
}

describe("requirement sets", () => {
  it("a 1.18 member (RangeAreas.select) fails at ExcelApi 1.14 with ApiNotFound, and works at 1.18", async () => {
    const old = await withTable(14);
    const areas = old.context.workbook.worksheets.getItem("S").getRanges("A2:B2,A4:B4");
    let error: unknown;
    try {
      areas.select();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OfficeError);
    expect(error).toMatchObject({
      code: "ApiNotFound",
      message: expect.stringMatching(
        /RangeAreas.select is part of the ExcelApi 1.18 requirement set/,
      ),
    });
    const current = await withTable(18);
    current.context.workbook.worksheets.getItem("S").getRanges("A2:B2,A4:B4").select();
    await current.sync();
    expect(current.selected).toEqual(["S!A2:B2", "S!A4:B4"]);
  });

  it("gates setters on their own set: calculationMode is read on 1.1, set on 1.8", async () => {
    const fake = await withTable(7);
    const app = fake.context.workbook.application;
    app.load("calculationMode");
    await fake.sync();
    expect(app.calculationMode).toBe("Automatic");
    expect(() => (app.calculationMode = "Manual" as Excel.CalculationMode)).toThrow(/1\.8/);
  });

  it("gates the parameter rules of the d.ts remarks: several rows need 1.4, alwaysInsert 1.15", async () => {
    const fake = await withTable(3);
    const rows = fake.context.workbook.tables.getItem("tblT").rows;
    expect(() =>
      rows.add(undefined, [
        ["d", 4],
        ["e", 5],
      ]),
    ).toThrow(/ExcelApi 1.4/);
    const at14 = await withTable(14);
    expect(() =>
      at14.context.workbook.tables.getItem("tblT").rows.add(undefined, [["d", 4]], true),
    ).toThrow(/ExcelApi 1.15/);
  });

  it("gates Excel.run options: mergeUndoGroup is 1.20", async () => {
    const fake = await withTable(17);
    await expect(fake.run({ mergeUndoGroup: true }, async () => 1)).rejects.toThrow(/1\.20/);
    await expect(fake.run({ delayForCellEdit: true }, async () => 1)).resolves.toBe(1);
  });

  it("tags every member it offers with a set from the d.ts", async () => {
    const fake = await withTable();
    const c = fake.context;
    const table = c.workbook.tables.getItem("tblT");
    const range = c.workbook.worksheets.getItem("S").getRange("A1");
    const objects: [unknown, string][] = [
      [c, "RequestContext"],
      [c.workbook, "Workbook"],
      [c.workbook.application, "Application"],
      [c.runtime, "Runtime"],
      [c.workbook.worksheets, "WorksheetCollection"],
      [c.workbook.worksheets.getItem("S"), "Worksheet"],
      [c.workbook.worksheets.getItem("S").freezePanes, "WorksheetFreezePanes"],
      [c.workbook.worksheets.getItem("S").protection, "WorksheetProtection"],
      [c.workbook.worksheets.getItem("S").getRanges("A1"), "RangeAreas"],
      [range, "Range"],
      [range.format, "RangeFormat"],
      [range.format.fill, "RangeFill"],
      [range.format.font, "RangeFont"],
      [range.conditionalFormats, "ConditionalFormatCollection"],
      [c.workbook.tables, "TableCollection"],
      [table, "Table"],
      [table.rows, "TableRowCollection"],
      [table.columns, "TableColumnCollection"],
      [table.columns.getItem("Id"), "TableColumn"],
      [table.autoFilter, "AutoFilter"],
      [c.workbook.customXmlParts, "CustomXmlPartCollection"],
      [c.workbook.customXmlParts.getByNamespace("urn:x"), "CustomXmlPartScopedCollection"],
      [c.workbook.notes, "NoteCollection"],
    ];
    const untagged: string[] = [];
    for (const [obj, type] of objects) {
      const names = new Set<string>(Object.keys(obj as object));
      for (
        let p = Object.getPrototypeOf(obj);
        p && p !== Object.prototype;
        p = Object.getPrototypeOf(p)
      )
        for (const n of Object.getOwnPropertyNames(p)) names.add(n);
      for (const n of names) {
        if (INTERNAL_MEMBERS.has(n) || BASE_MEMBERS.has(n)) continue;
        if (!apiSets[`${type}.${n}`]) untagged.push(`${type}.${n}`);
      }
    }
    expect(untagged, untagged.join(" ")).toEqual([]);
  });
});

describe("Excel's rules", () => {
  it("is not transactional: operations before a failing one stay applied, the rest of the batch is lost", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("D1").values = [["first"]];
    ws.getRange("D2").formulas = [["=1"]];
    ws.getRange("D3").values = [["third"]];
    fake.failOn = (op) => op.kind === "range.formulas";
    await expect(fake.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.cell("S", "D1").value).toBe("first");
    expect(fake.cell("S", "D3").value).toBe("");
  });

  it("runs loads in queue order with the writes: a load after a write sees it", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    const before = ws.getRange("B2").load("values");
    ws.getRange("B2").values = [[9]];
    const after = ws.getRange("B2").load("values");
    await fake.sync();
    expect([before.values, after.values]).toEqual([[[1]], [[9]]]);
  });

  it("keeps a total row inside getRange but out of the body; rows.add goes above it and pushes cells below down", async () => {
    const fake = await withTable();
    fake.type("S", "A7", "planner's note");
    fake.setTotals("tblT", true);
    const t = fake.context.workbook.tables.getItem("tblT");
    const whole = t.getRange().load("address");
    const body = t.getDataBodyRange().load("address");
    t.load("showTotals");
    await fake.sync();
    expect([whole.address, body.address, t.showTotals]).toEqual(["S!A1:B5", "S!A2:B4", true]);
    t.rows.add(undefined, [["d", 4]]);
    await fake.sync();
    expect(fake.cell("S", "A5").value).toBe("d");
    expect(fake.cell("S", "A6").value).toBe("Total");
    // Pushed down twice: by the total row, then by the new row.
    expect(fake.cell("S", "A9").value).toBe("planner's note");
  });

  it("hides filtered rows; multi-row writes across them and rows.add fail with FilteredRangeConflict", async () => {
    const fake = await withTable();
    fake.filterTable("tblT", "Value", (v) => v !== 2);
    const t = fake.context.workbook.tables.getItem("tblT");
    t.autoFilter.load("isDataFiltered");
    const hidden = fake.context.workbook.worksheets.getItem("S").getRange("A3").load("rowHidden");
    await fake.sync();
    expect([t.autoFilter.isDataFiltered, hidden.rowHidden]).toEqual([true, true]);
    fake.context.workbook.worksheets.getItem("S").getRange("B2:B4").values = [[1], [2], [3]];
    await expect(fake.sync()).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    fake.context.workbook.tables.getItem("tblT").rows.add(undefined, [["d", 4]]);
    await expect(fake.sync()).rejects.toMatchObject({ code: "FilteredRangeConflict" });
  });

  it("returns a calculated column's formulas in Excel's display form and keeps the file form", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    fake.resizeTable("tblT", { columns: 1 });
    fake.type("S", "C1", "Double value");
    ws.getRange("C2:C4").formulas = [
      ["=tblT[[#This Row],[Value]]*2"],
      ["=tblT[[#This Row],[Double value]]+SUM(tblT[Value])"],
      ['="tblT[[#This Row],[Value]]"&OTHER[[#This Row],[X]]'],
    ];
    const read = ws.getRange("C2:C4").load("formulas");
    await fake.sync();
    expect(read.formulas).toEqual([
      ["=[@Value]*2"],
      ["=[@[Double value]]+SUM([Value])"],
      ['="tblT[[#This Row],[Value]]"&OTHER[[#This Row],[X]]'],
    ]);
    expect(fake.tableGrid("tblT", "stored")[1]?.[2]).toBe("=tblT[[#This Row],[Value]]*2");
  });

  it("refuses every write to a protected sheet with AccessDenied", async () => {
    const fake = await withTable();
    fake.protect("S");
    fake.context.workbook.worksheets.getItem("S").getRange("D1").values = [["x"]];
    await expect(fake.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    const p = fake.context.workbook.worksheets.getItem("S").protection.load("protected");
    await fake.sync();
    expect(p.protected).toBe(true);
  });

  it("finds a table by id after the planner renamed it; names are case-insensitive", async () => {
    const fake = await withTable();
    const id = fake.table("tblT").id;
    fake.renameTable("tblT", "MyTable");
    const byId = fake.context.workbook.tables.getItemOrNullObject(id).load("name");
    const gone = fake.context.workbook.tables.getItemOrNullObject("tblT").load("name");
    const upper = fake.context.workbook.tables.getItem("MYTABLE").load("name");
    await fake.sync();
    expect([byId.isNullObject, byId.name, gone.isNullObject, upper.name]).toEqual([
      false,
      "MyTable",
      true,
      "MyTable",
    ]);
  });

  it("lets someone else sort, insert or delete rows between two syncs", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    fake.onSync(fake.syncs + 1, () => fake.sortTable("tblT", "Value", true));
    fake.onSync(fake.syncs + 2, () => fake.insertRows("S", 0, 2));
    const first = ws.getRange("A2").load("values");
    await fake.sync();
    expect(first.values).toEqual([["c"]]);
    const moved = fake.context.workbook.tables.getItem("tblT").getRange().load("address");
    await fake.sync();
    expect(moved.address).toBe("S!A3:B6");
    fake.deleteRows("S", 3, 1);
    expect(fake.tableGrid("tblT")).toEqual([
      ["Id", "Value"],
      ["b", 2],
      ["a", 1],
    ]);
  });
});

describe("formats move with their cells", () => {
  it("a conditional format and a fill move down with inserted rows, grow with rows inserted inside, and their formula follows", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    const cf = ws.getRange("B2:B4").conditionalFormats.add("Custom") as Excel.ConditionalFormat;
    cf.custom.rule.formula = "=$B2>1";
    ws.getRange("A2:A4").format.fill.color = "#FFFF00";
    await fake.sync();
    fake.insertRows("S", 0, 2);
    expect(fake.sheet("S").conditionalFormats.map((c) => [c.address, c.formula])).toEqual([
      ["B4:B6", "=$B4>1"],
    ]);
    expect([...fake.sheet("S").fills.keys()]).toEqual(["A4:A6"]);
    fake.insertRows("S", 4, 1);
    expect(fake.sheet("S").conditionalFormats[0]?.address).toBe("B4:B7");
    expect([...fake.sheet("S").fills.keys()]).toEqual(["A4:A7"]);
    fake.deleteRows("S", 3, 2);
    expect(fake.sheet("S").conditionalFormats.map((c) => [c.address, c.formula])).toEqual([
      ["B4:B5", "=$B4>1"],
    ]);
  });

  it("Range.delete takes its rows' highlights and moves the cells below up (a total row stays the table's last)", async () => {
    const fake = await withTable();
    fake.setTotals("tblT", true);
    const ws = fake.context.workbook.worksheets.getItem("S");
    const cf = ws.getRange("B4:B4").conditionalFormats.add("Custom") as Excel.ConditionalFormat;
    cf.custom.rule.formula = "=$B4>1";
    await fake.sync();
    ws.getRange("A4:B4").delete("Up");
    await fake.sync();
    expect(fake.tableGrid("tblT")).toEqual([
      ["Id", "Value"],
      ["a", 1],
      ["b", 2],
      ["Total", 0],
    ]);
    expect(fake.sheet("S").conditionalFormats).toEqual([]);
  });
});

describe("cell formats read back", () => {
  it("loads fill, font and wrap by path; No Fill reads #FFFFFF with tintAndShade null; mixed cells read null", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("A2:A3").format.fill.color = "#FFFF00";
    ws.getRange("A3").format.fill.clear();
    ws.getRange("B2").format.font.bold = true;
    ws.getRange("B2").format.wrapText = true;
    const paths = [
      "format/fill/color",
      "format/fill/tintAndShade",
      "format/font/bold",
      "format/font/color",
      "format/wrapText",
    ];
    const read = (a: string): Excel.Range => ws.getRange(a).load(paths);
    const [a2, a3, b2, mixed] = [read("A2"), read("A3"), read("B2"), read("A2:A3")];
    expect(() => a2.format.fill.color).toThrow(/PropertyNotLoaded/);
    await fake.sync();
    expect([a2.format.fill.color, a2.format.fill.tintAndShade]).toEqual(["#FFFF00", 0]);
    expect([a3.format.fill.color, a3.format.fill.tintAndShade]).toEqual(["#FFFFFF", null]);
    expect([b2.format.font.bold, b2.format.font.color, b2.format.wrapText]).toEqual([
      true,
      "#000000",
      true,
    ]);
    expect([mixed.format.fill.color, mixed.format.font.bold]).toEqual([null, false]);
    expect(fake.cell("S", "B2").bold).toBe(true);
  });

  it("gates a load path's members: format/fill/tintAndShade is ExcelApi 1.9", async () => {
    const old = await withTable(8);
    const range = old.context.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => range.load("format/fill/tintAndShade")).toThrow(/ApiNotFound|1\.9/);
    expect(() => range.load("format/fill/color")).not.toThrow();
  });
});

describe("payload limits (Excel on the web)", () => {
  it("refuses a request above 5 MB as a whole, and a response above 5 MB", async () => {
    const fake = await withTable();
    const ws = fake.context.workbook.worksheets.getItem("S");
    const big = Array.from({ length: 3_000 }, (_, i) => [`${i} ${"ж".repeat(1_000)}`]);
    ws.getRange("A1").values = [["первая"]];
    ws.getRange("D1:D3000").values = big;
    await expect(fake.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("S", "A1").value).toBe("Id");
    // Written in two requests it goes through; read back whole it does not.
    ws.getRange("D1:D1500").values = big.slice(0, 1_500);
    await fake.sync();
    ws.getRange("D1501:D3000").values = big.slice(1_500);
    await fake.sync();
    ws.getRange("D1:D3000").load("values");
    await expect(fake.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
