// The checks on the five seed texts, loaded the way the CLI loads them (readSeedsDir + loadSeeds):
// every genuine internal inconsistency is reported, and nothing consistent.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { CheckResult, Figure, Relation } from "../../src/domain/types";

let result: CheckResult;
let relations: Relation[];
let figures: Figure[];

beforeAll(() => {
  const loaded = loadSeeds(readSeedsDir(join(__dirname, "..", "..", "seeds")));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  relations = loaded.relations;
  figures = loaded.figures;
  result = runChecks(loaded);
});

const conflict = (id: string) => result.conflicts.find((c) => c.id === id);
const derived = (id: string) => result.derived.find((d) => d.id === id);

describe("checks on the seeds", () => {
  it("reports exactly the four genuine inconsistencies of text 003", () => {
    expect(result.figures).toBe(96);
    expect(result.conflicts.map((c) => c.id).sort()).toEqual([
      "agreement:zhambyl.same.settlements",
      "share:zhambyl.3g.coverage",
      "share:zhambyl.fiber.coverage",
      "share:zhambyl.no_fiber.share",
    ]);
    expect(result.conflicts.every((c) => c.severity === "error")).toBe(true);
  });

  it("3G: 51 (12,2%) of 353 is 14,4%; 43 — the 2G count — would fit", () => {
    const c = conflict("share:zhambyl.3g.coverage");
    expect(c).toMatchObject({ stated: "12,2%", implied: "14.4%" });
    expect(c?.figures.map((f) => f.value)).toEqual([51, 353, 12.2]);
    expect(c?.figures[0]?.quote).toBe("51 (12,2%) — 3G");
    expect(c?.message.ru).toBe("В тексте указано 12,2%, но 51 из 353 — это 14,4%.");
    expect(c?.message.kk).toBe("Мәтінде 12,2% делінген, бірақ 353-тің 51-і — 14,4%.");
    expect(c?.suggestion.en).toBe("A part of 43 of 353, or a whole of 417–419, would give 12.2%.");
  });

  it("fiber: 189 of 357 (50,9%) is 52,9%; 168 (49,1%) is 47,1%; no integer part of 357 fits either", () => {
    expect(conflict("share:zhambyl.fiber.coverage")).toMatchObject({
      stated: "50,9%",
      implied: "52.9%",
    });
    expect(conflict("share:zhambyl.no_fiber.share")).toMatchObject({
      stated: "49,1%",
      implied: "47.1%",
    });
    expect(conflict("share:zhambyl.fiber.coverage")?.suggestion.en).toBe(
      "No whole-number part of 357 gives 50.9%; a whole of 371 would.",
    );
    expect(conflict("share:zhambyl.no_fiber.share")?.suggestion.en).toBe(
      "No whole-number part of 357 gives 49.1%; a whole of 342 would.",
    );
  });

  it("353 and 357 settlements of one region in one text disagree", () => {
    const c = conflict("agreement:zhambyl.same.settlements");
    expect(c?.figures.map((f) => f.value)).toEqual([353, 357]);
    expect(c?.figures.every((f) => f.source === "zhambyl-ru")).toBe(true);
  });

  it("what holds is checked and not reported: 2G, 4G, sums, operators, hub events, roadmap", () => {
    const checked = new Set(relations.map((r) => r.id));
    for (const id of [
      "zhambyl.2g.coverage", // 43 (12,2%) of 353
      "zhambyl.4g.coverage", // 259 (73,4%) of 353
      "zhambyl.mobile.sum", // 43 + 51 + 259 = 353
      "zhambyl.fiber.sum", // 189 + 168 = 357
      "zhambyl.roadmap.main.sum", // 12 + 10 = 22
      "zhambyl.roadmap.additional.sum", // 2 + 3 = 5
      "zhambyl.4g.planned.sum", // 68 + 51 + 89 = 208
      "zhambyl.4g.done.sum", // 23 + 47 + 73 = 143
      "zhambyl.hub.events.sum", // более 150 vs 68 + 103 = 171
    ]) {
      expect(checked.has(id), id).toBe(true);
      expect(
        result.conflicts.some((c) => c.relation === id),
        id,
      ).toBe(false);
    }
  });

  it("the three Aktobe texts agree with each other and with themselves (294 = 270 + 24 in each)", () => {
    const aktobe = relations.filter((r) => r.id.startsWith("aktobe."));
    expect(aktobe.filter((r) => r.type === "same").length).toBeGreaterThanOrEqual(12);
    expect(aktobe.filter((r) => r.type === "sum").map((r) => r.id)).toEqual([
      "aktobe.internet.ru",
      "aktobe.internet.kk",
      "aktobe.internet.kk-long",
    ]);
    expect(result.conflicts.some((c) => c.figures.some((f) => f.id.startsWith("aktobe")))).toBe(
      false,
    );
  });

  it("shares of people are not compared with shares of settlements (98 % rural population, 99 % target)", () => {
    const population = [
      "aktobe.rural_population.internet.pct.2025.kk-long",
      "kz.population.hsi.target.pct.2027",
    ];
    const used = relations.flatMap((r) => Object.values(r.roles).flat());
    for (const id of population) expect(used).not.toContain(id);
    expect(derived("coverage:aktobe.internet.coverage")?.value).toBeCloseTo(94.53, 2);
  });

  it("derived: coverage, still to connect, plan progress, cameras at the operations centre", () => {
    expect(derived("coverage:zhambyl.3g.coverage")?.value).toBeCloseTo(14.45, 2);
    expect(derived("remaining:zhambyl.fiber.coverage")?.value).toBe(168);
    expect(derived("remaining:aktobe.internet.coverage")?.value).toBe(17);
    expect(derived("progress:taraz.5g.progress")?.value).toBeCloseTo(60.38, 2);
    expect(derived("remaining:taraz.5g.progress")?.value).toBe(21);
    expect(derived("progress:zhambyl.4g.progress")?.value).toBeCloseTo(68.75, 2);
    expect(derived("share:aktobe.cameras.ocu.share")?.value).toBeCloseTo(25.32, 2);
    expect(result.derived.every((d) => Number.isFinite(d.value))).toBe(true);
  });

  it("the Aktobe relations do bite: one changed figure breaks its sum and its agreement", () => {
    const changed = figures.map((f) =>
      f.id === "aktobe.villages.internet.mobile.2025.kk" ? { ...f, value: 271 } : f,
    );
    const ids = runChecks({ sources: [], figures: changed, relations }).conflicts.map((c) => c.id);
    expect(ids).toContain("sum:aktobe.internet.kk");
    expect(ids).toContain("agreement:aktobe.same.villages.internet.mobile");
  });

  it("each Aktobe quantity is compared across the three texts, 'шамамен 20 мыңы' as about 20 000", () => {
    const same = new Map(
      relations.filter((r) => r.type === "same").map((r) => [r.id, r.roles["members"] ?? []]),
    );
    const valuesOf = (id: string) =>
      (same.get(id) ?? []).map((m) => figures.find((f) => f.id === m)?.value);
    expect(valuesOf("aktobe.same.villages.internet")).toEqual([294, 294, 294, 294]);
    expect(valuesOf("aktobe.same.villages.internet.mobile")).toEqual([270, 270, 270]);
    expect(valuesOf("aktobe.same.villages.internet.satellite")).toEqual([24, 24, 24, 24]);
    expect(valuesOf("aktobe.same.villages.no_internet")).toEqual([17, 17, 17, 17, 17]);
    expect(valuesOf("aktobe.same.villages.fiber.planned")).toEqual([206, 206, 206]);
    expect(valuesOf("aktobe.same.towers.roads")).toEqual([17, 17, 17]);
    expect(valuesOf("aktobe.same.districts.towers")).toEqual([9, 9, 9]);
    expect(valuesOf("aktobe.same.darabala.parents")).toEqual([272500, 272500, 272500]);
    expect(valuesOf("aktobe.same.darabala.children")).toEqual([356200, 356200, 356200]);
    expect(valuesOf("aktobe.same.cameras.installed")).toEqual([79000, 79000, 79000]);
    expect(valuesOf("aktobe.same.cameras.ocu_connected")).toEqual([20000, 20000, 20000]);
    expect(valuesOf("aktobe.same.crimes.solved")).toEqual([250, 250, 250]);
    const about = figures.find((f) => f.id === "aktobe.cameras.ocu_connected.kk-long");
    expect(about?.qualifier).toBe("about");
    expect(result.conflicts.some((c) => c.id.startsWith("agreement:aktobe"))).toBe(false);
  });
});
