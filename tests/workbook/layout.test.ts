// The plan's layout: on every sheet the reader's columns come first and ids last (or hidden);
// every wrapped cell gets the lines it needs; every sheet has its print setup, fit to one page
// wide only where the scale stays legible.
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/workbook/plan";
import { fitScale, minPrintScale } from "../../src/workbook/page-layout";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { rowPoints, textMargin, textUnits, wrappedLines } from "../../src/workbook/text-fit";
import { syntheticInput } from "./synthetic";

const firstColumns: Record<string, string[]> = {
  sources: ["title", "date", "region"],
  figures: ["indicator", "region", "value"],
  coverage: ["measure", "region", "covered", "total", "stated", "coverage", "difference", "status"],
  plans: ["measure", "region", "planned", "done", "progress"],
  conflicts: ["kind", "severity", "message", "statedValue", "implied"],
  relations: ["measure", "kind"],
};

describe.each(["en", "ru", "kk"] as const)("the %s plan's layout", (language) => {
  const plan = buildPlan({ ...syntheticInput(), language });

  it("puts the reader's columns first and every id column after them or hidden", () => {
    for (const sheet of plan.sheets.filter((s) => s.tables.length > 0)) {
      const keys = sheet.tables[0]!.columns.map((c) => c.key);
      const visible = sheet.tables[0]!.columns.filter((c) => !c.hidden).map((c) => c.key);
      expect(keys.slice(0, firstColumns[sheet.key]!.length)).toEqual(firstColumns[sheet.key]);
      const lastReader = Math.max(...firstColumns[sheet.key]!.map((k) => visible.indexOf(k)));
      const ids = visible.filter((k) => k === "id" || k.endsWith("Id"));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(visible.indexOf(id)).toBeGreaterThan(lastReader);
    }
  });

  it("never prints a right-aligned number against a cell starting with a digit", () => {
    // A number sits at its cell's right edge and text at its left: "45" then "2025-12-31"
    // reads as "452025-12-31" on paper. A column with a number format holds numbers.
    for (const sheet of plan.sheets.filter((s) => s.tables.length > 0)) {
      const table = sheet.tables[0]!;
      const visible = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.hidden);
      visible.slice(1).forEach(({ c, i }, n) => {
        const left = visible[n]!;
        const isNumber = (x: typeof c) => x.numberFormat !== undefined && x.numberFormat !== "@";
        if (!isNumber(left.c) || isNumber(c)) return;
        const digitFirst = table.rows.filter((r) => /^\d/.test(String(r[i] ?? "")));
        expect(digitFirst, `${sheet.key}: ${left.c.key} | ${c.key}`).toEqual([]);
      });
    }
  });

  it("gives every row of wrapped text the height of its lines", () => {
    const figures = plan.sheets.find((s) => s.key === "figures")!;
    const table = figures.tables[0]!;
    const quote = table.columns.findIndex((c) => c.key === "quote");
    table.rows.forEach((row, r) => {
      const lines = wrappedLines(String(row[quote]), table.columns[quote]!.width!);
      const height = figures.rowHeights[String(r + 2)] ?? 15;
      expect(height).toBeGreaterThanOrEqual(lines > 1 ? rowPoints(lines) : 15);
    });
  });

  it("prints every sheet on A4 with its header row repeated, fit to width only when legible", () => {
    for (const sheet of plan.sheets) {
      const { print } = sheet;
      expect(print.paper).toBe("A4");
      expect(print.titleRows).toBe(sheet.tables.length > 0 ? 1 : 0);
      expect(print.scale).toBeGreaterThanOrEqual(minPrintScale);
      const table = sheet.tables[0];
      const widths = table
        ? table.columns.filter((c) => !c.hidden && !c.unprinted).map((c) => c.width ?? 8.43)
        : Object.values(sheet.columnWidths);
      expect(print.fitToWidth).toBe(fitScale(widths, print.orientation) >= minPrintScale);
    }
    expect(plan.sheets.find((s) => s.key === "about")?.print).toMatchObject({
      orientation: "portrait",
      fitToWidth: true,
    });
    const sources = plan.sheets.find((s) => s.key === "sources")!;
    expect(sources.print.area).toMatch(/^A1:F\d+$/);
  });
});

describe.each(["en", "ru", "kk"] as const)("the %s seed workbook's text columns", (language) => {
  it("are as wide as their longest text where they do not wrap (no text cut at the cell edge)", () => {
    const loaded = loadSeeds(readSeedsDir("seeds"));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    const plan = buildPlan({
      ...loaded,
      checks: runChecks(loaded),
      language,
      loadedAt: "2026-11-22T00:00:00Z",
    });
    const cut = plan.sheets.flatMap((s) =>
      s.tables.flatMap((t) =>
        t.columns.flatMap((c, i) => {
          if (c.wrap || c.hidden || c.unprinted || c.numberFormat) return [];
          const room = (c.width ?? 8.43) - textMargin;
          return t.rows
            .map((r) => r[i])
            .filter((v): v is string => typeof v === "string" && textUnits(v) > room)
            .map((v) => `${s.key}.${c.key} (${c.width}): ${v}`);
        }),
      ),
    );
    expect(cut).toEqual([]);
  });
});

describe.each(["en", "ru", "kk"] as const)("the %s seed workbook's Conflicts", (language) => {
  it("gives each figure id a line of its own, wide enough that no id breaks", () => {
    const loaded = loadSeeds(readSeedsDir("seeds"));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    const checks = runChecks(loaded);
    const plan = buildPlan({ ...loaded, checks, language, loadedAt: "2026-11-22T00:00:00Z" });
    const table = plan.sheets.find((s) => s.key === "conflicts")!.tables[0]!;
    for (const key of ["figures", "id"]) {
      const i = table.columns.findIndex((c) => c.key === key);
      const width = table.columns[i]!.width!;
      table.rows.forEach((row) => {
        const lines = String(row[i]).split("\n");
        expect(wrappedLines(String(row[i]), width)).toBe(lines.length);
      });
    }
    const figures = table.columns.findIndex((c) => c.key === "figures");
    expect(table.rows.map((r) => String(r[figures]).split("\n"))).toEqual(
      checks.conflicts.map((c) => c.figures.map((f) => f.id)),
    );
  });
});

describe("wrappedLines", () => {
  it("counts Cyrillic and Kazakh words, line breaks and ids longer than a line", () => {
    expect(wrappedLines("Аулы с интернетом", 30)).toBe(1);
    expect(wrappedLines("Аулы с интернетом", 8)).toBeGreaterThanOrEqual(3);
    expect(wrappedLines("Өңірде жастарға арналған IT Park ашылады", 20)).toBe(3);
    expect(wrappedLines("a\nb", 30)).toBe(2);
    expect(wrappedLines("aktobe.villages.internet.2025.ru", 12)).toBeGreaterThanOrEqual(4);
  });
});
