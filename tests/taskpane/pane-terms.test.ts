// The pane names the sheets and columns the planner sees: every sheet or column name its
// catalog quotes («…» in ru and kk, “…” in en) is a sheet name or column header of that
// language's workbook, and the words both show (sections, kinds, severities) are the same.
import { describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { catalogs, translate, uiLanguages, type MessageKey } from "../../src/i18n/index";
import { termsFor } from "../../src/terms/index";
import { buildPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";

const result = loadSeeds(readSeedsDir("seeds"));
if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
const loaded = result;
const checks = runChecks(loaded);

function plan(language: "en" | "ru" | "kk"): WorkbookPlan {
  return buildPlan({ ...loaded, checks, language, loadedAt: "2026-11-22T00:00:00Z" });
}

/** Names a pane message may quote that are pane controls, not workbook names. */
const CONTROLS: MessageKey[] = ["load.refresh"];

const QUOTED: Record<"en" | "ru" | "kk", RegExp> = {
  en: /“([^”]+)”/g,
  ru: /«([^»]+)»/g,
  kk: /«([^»]+)»/g,
};

describe.each(uiLanguages)("the %s pane and workbook", (language) => {
  const p = plan(language);
  const sheets = new Set(p.sheets.map((s) => s.name));
  const columns = new Set(
    p.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns.map((c) => c.name))),
  );
  // The conflict report is a sheet the pane itself writes.
  const names = new Set([...sheets, ...columns, termsFor(language).sheets.report]);
  const controls = new Set(CONTROLS.map((k) => translate(language, k)));

  it("quotes only sheet and column names the workbook has (or its own buttons)", () => {
    const quoted = Object.entries(catalogs[language]).flatMap(([key, text]) =>
      [...text.matchAll(QUOTED[language])]
        .map((m) => m[1] ?? "")
        .filter((name) => !name.includes("{"))
        .map((name) => ({ key, name })),
    );
    // The instructions of the Sources section name the Figures sheet.
    expect(quoted.map((q) => q.key)).toEqual(
      expect.arrayContaining(["sources.hint", "sources.noRow", "conflicts.live"]),
    );
    const unknown = quoted.filter((q) => !names.has(q.name) && !controls.has(q.name));
    expect(unknown, JSON.stringify(unknown)).toEqual([]);
  });

  it("calls the sections and the report by the workbook's sheet names", () => {
    const byKey = new Map(p.sheets.map((s) => [s.key, s.name]));
    expect(translate(language, "tab.conflicts")).toBe(byKey.get("conflicts"));
    expect(translate(language, "conflicts.heading")).toBe(byKey.get("conflicts"));
    expect(translate(language, "tab.sources")).toBe(byKey.get("sources"));
    expect(translate(language, "sources.heading")).toBe(byKey.get("sources"));
    expect(translate(language, "report.sheet")).toBe(termsFor(language).sheets.report);
  });

  it("shows a conflict's kind and severity as the Conflicts sheet does", () => {
    const table = p.sheets.find((s) => s.key === "conflicts")?.tables[0];
    const col = (key: string): number => table?.columns.findIndex((c) => c.key === key) ?? -1;
    expect(table?.rows.length).toBe(checks.conflicts.length);
    checks.conflicts.forEach((c, i) => {
      expect(table?.rows[i]?.[col("kind")]).toBe(translate(language, `kind.${c.kind}`));
      expect(table?.rows[i]?.[col("severity")]).toBe(translate(language, `severity.${c.severity}`));
    });
    // The CSV report's headers are the sheet's.
    expect(translate(language, "csv.kind")).toBe(table?.columns[col("kind")]?.name);
    expect(translate(language, "csv.message")).toBe(table?.columns[col("message")]?.name);
    // The card's and the report's "Stated" is the sheet's header, which says no unit: the
    // column holds percents and counts alike.
    for (const key of ["conflict.stated", "csv.stated"] as const)
      expect(translate(language, key)).toBe(table?.columns[col("statedValue")]?.name);
    expect(translate(language, "csv.implied")).toBe(table?.columns[col("implied")]?.name);
    expect(table?.columns[col("statedValue")]?.name).not.toContain("%");
  });

  if (language !== "en") {
    it("never names a sheet by its English name", () => {
      const english = Object.values(termsFor("en").sheets).filter((name) => !sheets.has(name));
      const found = Object.entries(catalogs[language]).filter(([, text]) =>
        english.some((name) => new RegExp(`\\b${name}\\b`).test(text)),
      );
      expect(found).toEqual([]);
    });
  }
});
