// The Conflicts sheet's stated and implied columns hold percents and counts alike: their headers
// name no unit («Заявлено», not «Заявлено, %»), and each value carries its own ("12,2%" as
// written, a bare count of things, "12 500 км" for a measure), in the workbook's language.
import { describe, expect, it } from "vitest";
import type { CheckResult, Conflict, Figure } from "../../src/domain/types";
import { buildPlan } from "../../src/workbook/plan";
import { checks, figures, syntheticInput } from "./synthetic";

const road = (id: string, value: number): Figure => ({
  id,
  source: "src1",
  region: "Жамбыл",
  indicator: "road_km",
  value,
  unit: "km",
  qualifier: "exact",
  asOf: "2025",
  quote: String(value),
});

/** An agreement conflict of two figures, as the checks write it (stated as the text does). */
function agreement(
  id: string,
  [a, b]: [Figure, Figure],
  stated: string,
  implied: string,
): Conflict {
  const none = { en: "", ru: "", kk: "" };
  const figure = (f: Figure) => ({ id: f.id, value: f.value, source: f.source, quote: f.quote });
  return {
    ...{ id, kind: "agreement", severity: "error", stated, implied },
    figures: [figure(a), figure(b)],
    message: none,
    suggestion: none,
  };
}

const roads: [Figure, Figure] = [road("road.a", 12500), road("road.b", 13000)];
const byId = new Map(figures.map((f) => [f.id, f]));
const settlements: [Figure, Figure] = [byId.get("f.total")!, byId.get("f.no4g")!];

const withCounts: CheckResult = {
  ...checks,
  conflicts: [
    ...checks.conflicts,
    agreement("agreement:roads", roads, "12 500", "13,000"),
    agreement("agreement:settlements", settlements, "410", "360"),
  ],
};

const expected = {
  en: { header: ["Stated", "Implied"], share: ["12.2%", "14.6%"], km: ["12,500 km", "13,000 km"] },
  ru: {
    header: ["Заявлено", "Следует из данных"],
    share: ["12,2%", "14,6%"],
    km: ["12 500 км", "13 000 км"],
  },
  kk: {
    header: ["Мәлімделген", "Деректерден шығатыны"],
    share: ["12,2%", "14,6%"],
    km: ["12 500 км", "13 000 км"],
  },
} as const;

describe.each(["en", "ru", "kk"] as const)("the %s Conflicts sheet", (language) => {
  const plan = buildPlan({
    ...syntheticInput(language),
    figures: [...figures, ...roads],
    checks: withCounts,
  });
  const table = plan.sheets.find((s) => s.key === "conflicts")!.tables[0]!;
  const at = (key: string) => table.columns.findIndex((c) => c.key === key);
  const values = (row: number) =>
    [at("statedValue"), at("implied")].map((i) => String(table.rows[row]![i]).replace(/\s/g, " "));

  it("heads stated and implied without a unit", () => {
    expect([table.columns[at("statedValue")]!.name, table.columns[at("implied")]!.name]).toEqual(
      expected[language].header,
    );
  });

  it("writes each value with its own unit in the language's number form", () => {
    expect(values(0)).toEqual(expected[language].share);
    expect(values(1)).toEqual(expected[language].km);
    expect(values(2)).toEqual(["410", "360"]);
  });
});
