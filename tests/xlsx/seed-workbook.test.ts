// The workbook of the real seeds, recalculated by LibreOffice: every formula cell equals what
// the checks compute, no error value anywhere, and exactly the conflicting cells are filled.
import { beforeAll, describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { CheckResult } from "../../src/domain/types";
import { highlight } from "../../src/workbook/colors";
import { labelsFor } from "../../src/workbook/labels";
import { buildPlan } from "../../src/workbook/plan";
import { errorCells, sheetsAsCsv, sofficeOrSkip, type HtmlCell } from "../helpers/libreoffice";
import { recalculated, xlsxFile } from "../helpers/recalculated-workbook";

const hasSoffice = sofficeOrSkip();

type Rows = Record<string, string>[];

function records(rows: string[][] | undefined): Rows {
  const [header = [], ...body] = rows ?? [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function derivedValue(checks: CheckResult, id: string): number | undefined {
  return checks.derived.find((d) => d.id === id)?.value;
}

describe.runIf(hasSoffice)("the seed workbook in LibreOffice", () => {
  let checks: CheckResult;
  let csv: Record<string, string[][]>;
  let html: Record<string, HtmlCell[]>;

  async function seedWorkbook(language: "en" | "ru" | "kk"): Promise<string> {
    const loaded = loadSeeds(readSeedsDir("seeds"));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    checks = runChecks(loaded);
    const plan = buildPlan({ ...loaded, checks, language, loadedAt: "2026-11-22T00:00:00Z" });
    return xlsxFile(plan, `seeds-${language}`);
  }

  beforeAll(async () => {
    ({ csv, html } = recalculated(await seedWorkbook("en")));
  });

  it("recomputes every share the checks derive, and its remaining", () => {
    const rows = records(csv.Coverage);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const id = row.Id ?? "";
      const derived = derivedValue(checks, `coverage:${id}`) ?? derivedValue(checks, `share:${id}`);
      expect(derived, id).toBeDefined();
      expect(Number(row["Coverage, %"]), id).toBeCloseTo(derived ?? NaN, 9);
      const remaining = derivedValue(checks, `remaining:${id}`);
      if (remaining !== undefined) expect(Number(row.Remaining), id).toBe(remaining);
    }
  });

  it("states a conflict exactly where the checks find a share conflict with a stated %", () => {
    const shareConflicts = new Set(
      checks.conflicts.filter((c) => c.kind === "share").map((c) => c.relation),
    );
    const rows = records(csv.Coverage).filter((r) => r["Stated id"] !== "");
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.Status, row.Id).toBe(shareConflicts.has(row.Id) ? "conflict" : "OK");
    }
  });

  it("recomputes plan progress and remaining as the checks do", () => {
    const rows = records(csv.Plans);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(Number(row["Progress, %"]), row.Id).toBeCloseTo(
        derivedValue(checks, `progress:${row.Id}`) ?? NaN,
        9,
      );
      expect(Number(row.Remaining), row.Id).toBe(derivedValue(checks, `remaining:${row.Id}`));
    }
  });

  it("shows no error value on any sheet", () => {
    const errors = errorCells(csv);
    expect(errors).toEqual([]);
  });

  it("fills exactly the conflicting cells", () => {
    const inConflict = new Set(checks.conflicts.flatMap((c) => c.figures.map((f) => f.id)));
    const at = (sheet: string, name: string): number => (csv[sheet]?.[0] ?? []).indexOf(name);
    const en = labelsFor("en").columns;
    const figureFills = (html.Figures ?? []).filter((c) => c.fill !== "");
    expect(
      figureFills.every(
        (c) =>
          c.column === at("Figures", en.id!) && c.fill === highlight.conflict.fill.toUpperCase(),
      ),
    ).toBe(true);
    expect(new Set(figureFills.map((c) => c.text))).toEqual(inConflict);

    const stated = new Set(
      checks.conflicts.filter((c) => c.kind === "share" && c.stated !== "").map((c) => c.relation),
    );
    const coverageRows = csv.Coverage ?? [];
    const coverageFills = (html.Coverage ?? []).filter((c) => c.fill !== "");
    expect(
      coverageFills.every(
        (c) =>
          c.column === at("Coverage", en.stated!) && c.fill === highlight.stated.fill.toUpperCase(),
      ),
    ).toBe(true);
    expect(
      new Set(coverageFills.map((c) => coverageRows[c.row]?.[at("Coverage", en.id!)])),
    ).toEqual(stated);
    for (const sheet of ["Sources", "Plans", "Conflicts"]) {
      expect(
        (html[sheet] ?? []).filter((c) => c.fill !== ""),
        sheet,
      ).toEqual([]);
    }
  });

  it("computes the same in ru and kk, whose headers name the structured references", async () => {
    // A column by its header, in that workbook's language.
    const column = (rows: string[][] | undefined, language: "en" | "ru" | "kk", key: string) => {
      const i = (rows?.[0] ?? []).indexOf(labelsFor(language).columns[key] ?? key);
      expect(i, `${language} ${key}`).toBeGreaterThan(-1);
      return (rows ?? []).slice(1).map((r) => r[i]);
    };
    for (const language of ["ru", "kk"] as const) {
      const local = sheetsAsCsv(await seedWorkbook(language));
      expect(errorCells(local), language).toEqual([]);
      const names = labelsFor(language).sheets;
      const [coverage, plans] = [local[names.coverage], local[names.plans]];
      expect(coverage?.length, language).toBe(csv.Coverage?.length);
      for (const key of ["coverage", "difference"])
        expect(column(coverage, language, key), language).toEqual(column(csv.Coverage, "en", key));
      expect(column(plans, language, "progress"), language).toEqual(
        column(csv.Plans, "en", "progress"),
      );
    }
  });
});
