// The conflict report reaches the planner in every Excel as a sheet (a Blob download does not
// work in Excel for Mac's WKWebView), on ExcelApi 1.14, 1.17 and the latest.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reportSheetNames, writeReportSheet } from "../../src/excel/report-sheet";
import { FakeExcel, HOST_LEVELS } from "../helpers/fake-excel";

const rows = [
  ["Расхождение", "Вид", "Цитаты"],
  ["share:x", "Доля", '=HYPERLINK("http://x")'],
  ["sum:y", "Сумма", "2025"],
];

describe.each(HOST_LEVELS)("the conflict report sheet on $host", ({ level }) => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    vi.stubGlobal("Excel", { run: fake.run });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("writes every cell as text on a new sheet and shows it", async () => {
    expect(await writeReportSheet("Отчёт о противоречиях", rows)).toBe("Отчёт о противоречиях");
    const sheet = "Отчёт о противоречиях";
    expect(fake.cell(sheet, "C2")).toMatchObject({
      value: '=HYPERLINK("http://x")',
      numberFormat: "@",
    });
    expect(fake.cell(sheet, "C2").formula).toBeUndefined();
    expect(fake.cell(sheet, "C3").value).toBe("2025");
    expect(fake.activeSheet).toBe(sheet);
  });

  it("replaces its own earlier report and never writes over a planner's sheet of that name", async () => {
    fake.addSheet("Report");
    fake.type("Report", "A1", "мои заметки");
    expect(await writeReportSheet("Report", rows)).toBe("Report (2)");
    expect(fake.cell("Report", "A1").value).toBe("мои заметки");
    expect(await writeReportSheet("Report", rows.slice(0, 2))).toBe("Report (2)");
    expect(fake.cell("Report (2)", "A3").value).toBe("");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Report", "Report (2)"]);
  });

  it("keeps sheet names within Excel's 31 characters", () => {
    const names = reportSheetNames("A very long conflict report sheet name");
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(names[1]?.endsWith(" (2)")).toBe(true);
  });
});
