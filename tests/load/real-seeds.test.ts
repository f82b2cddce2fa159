// The curated seeds load without a single error, and keep what the texts say (contradictions too).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { Figure } from "../../src/domain/types";

const seedsDir = join(__dirname, "..", "..", "seeds");

function loaded() {
  const result = loadSeeds(readSeedsDir(seedsDir));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}

describe("seeds/", () => {
  const seeds = loaded();
  const byId = new Map(seeds.figures.map((f) => [f.id, f]));
  const value = (id: string): number | undefined => byId.get(id)?.value;
  const ofSource = (source: string, indicator: string): Figure[] =>
    seeds.figures.filter((f) => f.source === source && f.indicator === indicator);

  it("loads five sources with their published dates", () => {
    expect(seeds.sources.map((s) => [s.id, s.language, s.published])).toEqual([
      ["aktobe-ru", "ru", "2026-01-13"],
      ["aktobe-kk", "kk", "2026-01-12"],
      ["aktobe-kk-long", "kk", ""],
      ["zhambyl-ru", "ru", ""],
      ["kz-kk", "kk", "2026-01-06"],
    ]);
  });

  it("documents every indicator a figure uses, each used at least once", () => {
    const keys = new Set(seeds.indicators.map((i) => i.key));
    expect(seeds.figures.filter((f) => !keys.has(f.indicator))).toEqual([]);
    expect([...keys].filter((k) => !seeds.figures.some((f) => f.indicator === k))).toEqual([]);
  });

  it("keeps repeated statements as their own rows (294 and 17 in the Kazakh Kazinform text)", () => {
    expect(ofSource("aktobe-kk", "villages.internet").map((f) => f.value)).toEqual([294, 294]);
    expect(ofSource("aktobe-kk", "villages.no_internet").map((f) => f.value)).toEqual([17, 17, 17]);
    expect(ofSource("aktobe-kk", "villages.internet.satellite").map((f) => f.value)).toEqual([
      24, 24,
    ]);
  });

  it("keeps the Zhambyl text's contradictions: 51 (12,2%) for 3G, 353 and 357 settlements", () => {
    expect(value("zhambyl.settlements.3g")).toBe(51);
    expect(value("zhambyl.settlements.3g.pct")).toBe(12.2);
    expect(value("zhambyl.settlements.2g.pct")).toBe(12.2);
    expect(ofSource("zhambyl-ru", "settlements.total").map((f) => f.value)).toEqual([353, 357]);
  });

  it("has the operators' 4G roll-out and the roadmap counts", () => {
    const planned = ofSource("zhambyl-ru", "settlements.4g.planned").map((f) => f.value);
    const done = ofSource("zhambyl-ru", "settlements.4g.done").map((f) => f.value);
    expect(planned).toEqual([68, 51, 89, 208]);
    expect(done).toEqual([23, 47, 73, 143]);
    expect(
      [
        "main",
        "main.done",
        "main.in_progress",
        "additional",
        "additional.done",
        "additional.in_progress",
      ].map((k) => value(`zhambyl.roadmap.projects.${k}`)),
    ).toEqual([22, 12, 10, 5, 2, 3]);
    expect([
      value("taraz.base_stations.5g.planned.2024"),
      value("taraz.base_stations.5g.planned.2025"),
      value("taraz.base_stations.5g"),
    ]).toEqual([26, 27, 32]);
  });

  it("reads qualifiers, ranges, units and multipliers", () => {
    expect(byId.get("aktobe.darabala.parents.ru")).toMatchObject({
      value: 272500,
      qualifier: "more_than",
    });
    expect(byId.get("aktobe.it_park.students_per_year.kk")).toMatchObject({
      value: 300,
      upper: 400,
      qualifier: "range",
    });
    expect(byId.get("aktobe.it_park.area.kk-long")).toMatchObject({ value: 1700, unit: "m2" });
    expect(byId.get("aktobe.rural_population.internet.pct.2025.kk-long")).toMatchObject({
      value: 98,
      unit: "%",
      qualifier: "more_than",
    });
    expect(byId.get("kz.households.last_mile.planned")).toMatchObject({
      value: 400000,
      qualifier: "up_to",
    });
    expect(byId.get("kz.roads.mobile.planned_km.2026-2027")).toMatchObject({
      value: 40000,
      unit: "km",
    });
    expect(byId.get("kz.population.last_mile.planned")?.value).toBe(2500000);
  });

  it("gives every source figures and reads the relations", () => {
    for (const s of seeds.sources) expect(seeds.figures.some((f) => f.source === s.id)).toBe(true);
    for (const r of seeds.relations) {
      for (const ids of Object.values(r.roles))
        for (const id of ids) expect(byId.has(id)).toBe(true);
    }
  });
});
