// LibreOffice recalculates the written workbook (cached results ignored) and must find the same
// numbers as the checks, no error value, and exactly the conflicting cells filled; after a
// planner's edit the derived cells and the highlights follow.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { highlight } from "../../src/workbook/colors";
import { columnLetter } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/plan";
import type { TablePlan } from "../../src/workbook/plan-types";
import {
  errorCells,
  sheetsAsCsv,
  sheetsAsHtml,
  sofficeOrSkip,
  type HtmlCell,
} from "../helpers/libreoffice";
import { recalculated, scratchFile, xlsxFile } from "../helpers/recalculated-workbook";
import { syntheticInput } from "../workbook/synthetic";

const synthetic = buildPlan(syntheticInput());
const tableOf = (name: string): TablePlan =>
  synthetic.sheets.flatMap((x) => x.tables).find((t) => t.name === name)!;
const figuresPlan = tableOf("tblFigures");
/** 0-based CSV column of each key, by table: tests read columns by name, not place. */
type Key =
  | "id"
  | "value"
  | "status"
  | "coveredId"
  | "covered"
  | "totalId"
  | "total"
  | "coverage"
  | "stated"
  | "difference"
  | "remaining"
  | "progress";
/** Column of each key (throws for a key the table lacks). */
function byKey<T>(t: TablePlan, at: (i: number) => T): Record<Key, T> {
  return new Proxy({} as Record<Key, T>, {
    get: (_, key) => {
      const i = t.columns.findIndex((c) => c.key === key);
      if (i < 0) throw new Error(`${t.name} has no column ${String(key)}`);
      return at(i);
    },
  });
}
const C = byKey(tableOf("tblCoverage"), (i) => i);
const P = byKey(tableOf("tblPlans"), (i) => i);
const F = byKey(figuresPlan, (i) => i);
const L = {
  F: byKey(figuresPlan, (i) => columnLetter(i + 1)),
  C: byKey(tableOf("tblCoverage"), (i) => columnLetter(i + 1)),
};

const hasSoffice = sofficeOrSkip();

function filled(cells: HtmlCell[] | undefined): string[] {
  // Counts and percents end their format with `_)` (a space as wide as ")", so a number keeps
  // clear of the next column's text); LibreOffice's HTML export writes it as a trailing space.
  return (cells ?? [])
    .filter((c) => c.fill !== "")
    .map((c) => `${c.row},${c.column}:${c.text.trimEnd()}:${c.fill}`);
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
    expect(rows[0]?.slice(0, 4)).toEqual(["Measure", "Region", "Covered", "Total"]);
    const [, ok, bad, sum] = rows;
    expect(sum?.[C.totalId]).toBe("f.4g|f.no4g");
    expect(Number(sum?.[C.total])).toBe(410);
    expect(sum?.[C.status]).toBe("OK");
    expect(Number(ok?.[C.coverage])).toBeCloseTo((50 / 410) * 100, 9);
    expect(Number(ok?.[C.difference])).toBeCloseTo((50 / 410) * 100 - 12.2, 9);
    expect(ok?.[C.status]).toBe("OK");
    expect(Number(bad?.[C.coverage])).toBeCloseTo((60 / 410) * 100, 9);
    expect(bad?.[C.status]).toBe("conflict");
    expect(Number(bad?.[C.remaining])).toBe(350);
    const plan = csv.Plans?.[1] ?? [];
    expect(Number(plan[P.progress])).toBeCloseTo(64, 9);
    expect(Number(plan[P.remaining])).toBe(36);
    expect(plan[P.status]).toBe("in progress");
    expect(csv.Figures?.slice(1).map((r) => r[F.status])).toEqual(Array(8).fill("OK"));
  });

  it("shows no error value on any sheet", () => {
    const errors = errorCells(csv);
    expect(Object.keys(csv)).toHaveLength(7);
    expect(errors).toEqual([]);
  });

  it("fills exactly the conflicting cells: the conflict's figure ids and its stated %", () => {
    const conflict = highlight.conflict.fill.toUpperCase();
    expect(filled(html.Figures)).toEqual([
      `1,${F.id}:f.total:${conflict}`,
      `4,${F.id}:f.3g:${conflict}`,
      `5,${F.id}:f.3g.pct:${conflict}`,
    ]);
    expect(filled(html.Coverage)).toEqual([
      `2,${C.stated}:12.2%:${highlight.stated.fill.toUpperCase()}`,
    ]);
    for (const sheet of ["Sources", "Plans", "Conflicts"]) expect(filled(html[sheet])).toEqual([]);
  });

  it("follows a planner's edit: derived cells recalculate and the edited value turns red", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const figures = wb.getWorksheet("Figures");
    expect(figures?.getCell(`${L.F.id}3`).value).toBe("f.4g");
    figures!.getCell(`${L.F.value}3`).value = 60;
    const edited = scratchFile("edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const rows = sheetsAsCsv(edited);
    const ok = rows.Coverage?.[1] ?? [];
    expect(Number(ok[C.covered])).toBe(60);
    expect(Number(ok[C.coverage])).toBeCloseTo((60 / 410) * 100, 9);
    expect(ok[C.status]).toBe("conflict");
    expect(Number(ok[C.remaining])).toBe(350);
    expect(rows.Figures?.[2]?.[F.status]).toBe("edited: differs from source");

    const cells = sheetsAsHtml(edited);
    expect(filled(cells.Figures)).toContain(
      `2,${F.value}:60:${highlight.edited.fill.toUpperCase()}`,
    );
    expect(filled(cells.Coverage)).toEqual([
      `1,${C.stated}:12.2%:${highlight.stated.fill.toUpperCase()}`,
      `2,${C.stated}:12.2%:${highlight.stated.fill.toUpperCase()}`,
      `3,${C.stated}:12.2%:${highlight.stated.fill.toUpperCase()}`,
    ]);
    expect(Number(rows.Coverage?.[3]?.[C.total])).toBe(420);
  });

  it("still finds every figure when a planner reorders Figures (row hints miss, MATCH finds)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const figures = wb.getWorksheet("Figures")!;
    const valueColumns = figuresPlan.columns
      .filter((c) => c.kind === "value" && !c.planner)
      .map((c) => columnLetter(figuresPlan.columns.indexOf(c) + 1));
    const rows = [2, 3, 4, 5, 6, 7, 8, 9];
    const before = rows.map((r) => valueColumns.map((c) => figures.getCell(`${c}${r}`).value));
    rows.forEach((r, i) => {
      const source = before[before.length - 1 - i] ?? [];
      valueColumns.forEach((c, j) => (figures.getCell(`${c}${r}`).value = source[j] ?? null));
    });
    expect(figures.getCell(`${L.F.id}2`).value).toBe("f.no4g");
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
    expect(coverage.getCell(`${L.C.totalId}4`).value).toBe("f.4g|f.no4g");
    coverage.getCell(`${L.C.totalId}4`).value = "F.4G|f.NO4G";
    const covered = String(coverage.getCell(`${L.C.coveredId}2`).value);
    coverage.getCell(`${L.C.coveredId}2`).value = covered.toUpperCase();
    const cased = scratchFile("cased.xlsx");
    await wb.xlsx.writeFile(cased);
    const after = sheetsAsCsv(cased);
    expect(errorCells(after)).toEqual([]);
    const ids = (rows: string[][] | undefined) =>
      (rows ?? []).map((r) => r.filter((_, i) => i !== C.coveredId && i !== C.totalId));
    expect(Number(after.Coverage?.[3]?.[C.total])).toBe(410);
    expect(ids(after.Coverage)).toEqual(ids(csv.Coverage));
  });
});
