// Counts show without a trailing point: "#,##0.##" showed 294 as "294." in Excel. Whole counts
// get "#,##0_)", a count with decimals as many decimal places as it has, in both writers.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { allCapabilities } from "../../src/excel/capabilities";
import { refresh } from "../../src/excel/refresh";
import { cellFormat, formats } from "../../src/workbook/colors";
import { firstBodyCell } from "../../src/workbook/table";
import { xlsxBuffer } from "../../src/xlsx/write-xlsx";
import { FakeExcel } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";

const caps = { capabilities: allCapabilities };
/** Cells of the Figures Value column, rows 2 to 5, found by key. */
const valueCells = (): string[] => {
  const t = syntheticPlan(1)
    .sheets.flatMap((s) => s.tables)
    .find((x) => x.name === "tblFigures")!;
  const letter = firstBodyCell(t, "value").replace(/[$\d]/g, "");
  return [2, 3, 4, 5].map((r) => `${letter}${r}`);
};
const values = (i: number): number => [294, 12.25, 1_200, 0.5][i] ?? 1;

describe("count format", () => {
  it("is #,##0 for whole counts and has a decimal place per decimal elsewhere", () => {
    expect(formats.count).toBe("#,##0_)");
    expect(cellFormat(formats.count, 294)).toBe("#,##0_)");
    expect(cellFormat(formats.count, 12.25)).toBe("#,##0.00_)");
    expect(cellFormat(formats.count, 0.5)).toBe("#,##0.0_)");
    expect(cellFormat(formats.percent, 12.2)).toBe(formats.percent);
  });

  it("is written per cell by Load, and follows a value that gains decimals on Refresh", async () => {
    const fake = new FakeExcel();
    await refresh(fake.context, syntheticPlan(4, { valueAt: values }), caps);
    const sheet = fake.table("tblFigures").sheet;
    expect(valueCells().map((a) => fake.cell(sheet, a).numberFormat)).toEqual([
      "#,##0_)",
      "#,##0.00_)",
      "#,##0_)",
      "#,##0.0_)",
    ]);
    await refresh(
      fake.context,
      syntheticPlan(4, { valueAt: (i) => (i === 0 ? 294.5 : values(i)) }),
      caps,
    );
    expect(fake.cell(sheet, valueCells()[0]!)).toMatchObject({
      value: 294.5,
      numberFormat: "#,##0.0_)",
    });
  });

  it("is written per cell into the .xlsx", async () => {
    const plan = syntheticPlan(4, { valueAt: values });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(plan)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(plan.sheets.find((s) => s.key === "figures")?.name ?? "");
    expect(valueCells().map((a) => ws?.getCell(a).numFmt)).toEqual([
      "#,##0_)",
      "#,##0.00_)",
      "#,##0_)",
      "#,##0.0_)",
    ]);
  });
});
