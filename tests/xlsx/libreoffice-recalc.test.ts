// LibreOffice recalculates the written workbook (cached results ignored) and must find the same
// numbers as the checks, no error value, and exactly the conflicting cells filled; after a
// planner's edit the derived cells and the highlights follow.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { highlight } from "../../src/workbook/colors";
import { buildPlan } from "../../src/workbook/plan";
import {
  errorCells,
  sheetsAsCsv,
  sheetsAsHtml,
  sofficeOrSkip,
  type HtmlCell,
} from "../helpers/libreoffice";
import { recalculated, scratchFile, xlsxFile } from "../helpers/recalculated-workbook";
import { syntheticInput } from "../workbook/synthetic";

const hasSoffice = sofficeOrSkip();

function filled(cells: HtmlCell[] | undefined): string[] {
  return (cells ?? [])
    .filter((c) => c.fill !== "")
    .map((c) => `${c.row},${c.column}:${c.text}:${c.fill}`);
}

describe.runIf(hasSoffice)("LibreOffice recalculation of the .xlsx", () => {
  let file: string;
  let csv: Record<string, string[][]>;
  let html: Record<string, HtmlCell[]>;

  beforeAll(async () => {
    file = await xlsxFile(buildPlan(syntheticInput()), "synthetic");
    ({ csv, html } = recalculated(file));
  });

  it("recomputes coverage, difference, status and remaining from the Figures values", () => {
    const rows = csv.Coverage ?? [];
    expect(rows[0]?.slice(0, 8)).toEqual([
      "Id",
      "Region",
      "Measure",
      "Covered id",
      "Covered",
      "Total id",
      "Total",
      "Coverage, %",
    ]);
    const [, ok, bad, sum] = rows;
    expect(sum?.[5]).toBe("f.4g|f.no4g");
    expect(Number(sum?.[6])).toBe(410);
    expect(sum?.[13]).toBe("OK");
    expect(Number(ok?.[7])).toBeCloseTo((50 / 410) * 100, 9);
    expect(Number(ok?.[12])).toBeCloseTo((50 / 410) * 100 - 12.2, 9);
    expect(ok?.[13]).toBe("OK");
    expect(Number(bad?.[7])).toBeCloseTo((60 / 410) * 100, 9);
    expect(bad?.[13]).toBe("conflict");
    expect(Number(bad?.[16])).toBe(350);
    const plan = csv.Plans?.[1] ?? [];
    expect(Number(plan[7])).toBeCloseTo(64, 9);
    expect(Number(plan[8])).toBe(36);
    expect(plan[10]).toBe("in progress");
    expect(csv.Figures?.slice(1).map((r) => r[10])).toEqual(Array(8).fill("OK"));
  });

  it("shows no error value on any sheet", () => {
    const errors = errorCells(csv);
    expect(Object.keys(csv)).toHaveLength(7);
    expect(errors).toEqual([]);
  });

  it("fills exactly the conflicting cells: the conflict's figure ids and its stated %", () => {
    const conflict = highlight.conflict.fill.toUpperCase();
    expect(filled(html.Figures)).toEqual([
      `1,0:f.total:${conflict}`,
      `4,0:f.3g:${conflict}`,
      `5,0:f.3g.pct:${conflict}`,
    ]);
    expect(filled(html.Coverage)).toEqual([`2,9:12.2%:${highlight.stated.fill.toUpperCase()}`]);
    for (const sheet of ["Sources", "Plans", "Conflicts"]) expect(filled(html[sheet])).toEqual([]);
  });

  it("follows a planner's edit: derived cells recalculate and the edited value turns red", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const figures = wb.getWorksheet("Figures");
    expect(figures?.getCell("A3").value).toBe("f.4g");
    figures!.getCell("D3").value = 60;
    const edited = scratchFile("edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const rows = sheetsAsCsv(edited);
    const ok = rows.Coverage?.[1] ?? [];
    expect(Number(ok[4])).toBe(60);
    expect(Number(ok[7])).toBeCloseTo((60 / 410) * 100, 9);
    expect(ok[13]).toBe("conflict");
    expect(Number(ok[16])).toBe(350);
    expect(rows.Figures?.[2]?.[10]).toBe("edited: differs from source");

    const cells = sheetsAsHtml(edited);
    expect(filled(cells.Figures)).toContain(`2,3:60:${highlight.edited.fill.toUpperCase()}`);
    expect(filled(cells.Coverage)).toEqual([
      `1,9:12.2%:${highlight.stated.fill.toUpperCase()}`,
      `2,9:12.2%:${highlight.stated.fill.toUpperCase()}`,
      `3,9:12.2%:${highlight.stated.fill.toUpperCase()}`,
    ]);
    expect(Number(rows.Coverage?.[3]?.[6])).toBe(420);
  });

  it("still finds every figure when a planner reorders Figures (row hints miss, MATCH finds)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const figures = wb.getWorksheet("Figures")!;
    const valueColumns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "L"];
    const rows = [2, 3, 4, 5, 6, 7, 8, 9];
    const before = rows.map((r) => valueColumns.map((c) => figures.getCell(`${c}${r}`).value));
    rows.forEach((r, i) => {
      const source = before[before.length - 1 - i] ?? [];
      valueColumns.forEach((c, j) => (figures.getCell(`${c}${r}`).value = source[j] ?? null));
    });
    expect(figures.getCell("A2").value).toBe("f.no4g");
    const reordered = scratchFile("reordered.xlsx");
    await wb.xlsx.writeFile(reordered);
    const after = sheetsAsCsv(reordered);
    expect(errorCells(after)).toEqual([]);
    expect(after.Coverage).toEqual(csv.Coverage);
    expect(after.Plans).toEqual(csv.Plans);
  });

  it("finds figures whatever the case of a typed id, one id or several (as Excel's MATCH does)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const coverage = wb.getWorksheet("Coverage")!;
    expect(coverage.getCell("F4").value).toBe("f.4g|f.no4g");
    coverage.getCell("F4").value = "F.4G|f.NO4G";
    const covered = String(coverage.getCell("D2").value);
    coverage.getCell("D2").value = covered.toUpperCase();
    const cased = scratchFile("cased.xlsx");
    await wb.xlsx.writeFile(cased);
    const after = sheetsAsCsv(cased);
    expect(errorCells(after)).toEqual([]);
    const ids = (rows: string[][] | undefined) =>
      (rows ?? []).map((r) => r.filter((_, i) => i !== 3 && i !== 5));
    expect(Number(after.Coverage?.[3]?.[6])).toBe(410);
    expect(ids(after.Coverage)).toEqual(ids(csv.Coverage));
  });
});
