// proposeSource: region, indicator and as-of of every quantity of a new text, skipped rows for
// the other numbers, relations from the statements, and clear refusals of bad input.
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import { withAdded } from "../../src/domain/propose/added-sources";
import { proposeSource } from "../../src/domain/propose/propose-source";
import { filedAs, fixture, loadedSeeds, pairsOf } from "./seed-texts";

const seeds = loadedSeeds();

describe("proposeSource on the curated seed texts", () => {
  const pairs = seeds.sources.flatMap((s) =>
    pairsOf(
      s,
      seeds.figures.filter((f) => f.source === s.id),
      seeds.indicators,
    ),
  );

  it("proposes a figure for every curated number", () => {
    const missing = pairs.filter((p) => !p.proposed).map((p) => p.curated.id);
    expect(missing).toEqual([]);
  });

  it("gets the region of at least 90% of them", () => {
    const right = pairs.filter((p) => p.proposed?.region === filedAs(p.curated.region));
    const wrong = pairs
      .filter((p) => p.proposed && p.proposed.region !== filedAs(p.curated.region))
      .map((p) => `${p.curated.id}: ${p.proposed?.region}`);
    expect(right.length / pairs.length, wrong.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("gets the indicator of at least 80% of them", () => {
    const right = pairs.filter((p) => p.proposed?.indicator === p.curated.indicator);
    const wrong = pairs
      .filter((p) => p.proposed && p.proposed.indicator !== p.curated.indicator)
      .map((p) => `${p.curated.id}: ${p.proposed?.indicator}`);
    expect(right.length / pairs.length, wrong.join("\n")).toBeGreaterThanOrEqual(0.8);
  });

  it("dates a figure by its sentence's year, or by the date line for 'this year'", () => {
    const byId = new Map(pairs.map((p) => [p.curated.id, p.proposed]));
    expect(byId.get("aktobe.villages.internet.2025.ru")?.asOf).toBe("2025");
    expect(byId.get("aktobe.villages.fiber.planned.2026-2027.ru")?.asOf).toBe("2026-2027");
    expect(byId.get("kz.villages.fiber.planned.2026-2027")?.asOf).toBe("2026-2027");
    expect(byId.get("aktobe.cameras.installed.ru")?.asOf).toBe("");
  });
});

describe("proposeSource on new texts", () => {
  const existing = seeds;

  it("files a Russian Aktobe text: regions, indicators, as-of, skipped years and relations", () => {
    const result = proposeSource({ text: fixture("aktobe-ru.txt"), file: "x.txt", existing });
    if (!result.ok) throw new Error(result.message.en);
    const p = result.proposal;
    expect(p.source).toMatchObject({
      id: "aktobe-ru-2",
      language: "ru",
      published: "2026-02-10",
      region: "Aktobe region",
      title: "В Актюбинской области подвели итоги подключения аулов к интернету",
    });
    const rows = p.figures.map((f) => [f.value, f.region, f.indicator, f.asOf]);
    expect(rows).toEqual([
      [296, "Aktobe region", "villages.internet", "2025"],
      [272, "Aktobe region", "villages.internet.mobile", ""],
      [24, "Aktobe region", "villages.internet.satellite", ""],
      [1200, "Aktobe region", "cameras.installed.planned", "2026"],
      [800, "Aktobe region", "cameras.ocu_connected.planned", ""],
      [12, "Aktobe region", expect.stringMatching(/^(?!villages|cameras)/), ""],
    ]);
    expect(p.figures[5]?.proposal.newIndicator).toBe(true);
    expect(p.skipped.map((s) => [s.text, s.occurrence])).toEqual([
      ["2026-02-10", 1],
      ["2025", 1],
      ["2026", 2],
    ]);
    // "296 аулов … Из них 272 …, а 24 …" is a breakdown; "1 200 камер … 800 из них" a share.
    expect(p.relations.map((r) => [r.type, r.roles])).toEqual([
      [
        "sum",
        {
          parts: [
            "aktobe-ru-2.villages.internet.mobile",
            "aktobe-ru-2.villages.internet.satellite",
          ],
          whole: ["aktobe-ru-2.villages.internet.2025"],
        },
      ],
      [
        "share",
        {
          part: ["aktobe-ru-2.cameras.ocu_connected.planned"],
          whole: ["aktobe-ru-2.cameras.installed.planned.2026"],
        },
      ],
    ]);
  });

  it("files a Kazakh Zhambyl text, a figure of Taraz under Zhambyl region", () => {
    const result = proposeSource({ text: fixture("zhambyl-kk.txt"), file: "y.txt", existing });
    if (!result.ok) throw new Error(result.message.en);
    const p = result.proposal;
    expect(p.source).toMatchObject({ id: "zhambyl-kk", language: "kk", region: "Zhambyl region" });
    const rows = p.figures.map((f) => [f.value, f.region, f.indicator, f.asOf]);
    expect(rows.slice(0, 3)).toEqual([
      [353, "Zhambyl region", "settlements.total", "2025"],
      [259, "Zhambyl region", "settlements.4g", "2025"],
      [32, "Zhambyl region", "base_stations.5g", ""],
    ]);
    const schools = p.figures[3];
    expect(schools).toMatchObject({ value: 40, asOf: "2026" });
    expect(schools?.indicator).toMatch(/^schools\./);
    const indicator = p.indicators.find((i) => i.key === schools?.indicator);
    expect(indicator?.label.kk).toContain("Мектептер");
    expect(indicator?.label.ru).toContain("Школы");
    expect(indicator?.label.en).toContain("Schools");
  });

  it("an existing source id or figure id is never reused", () => {
    const once = proposeSource({ text: fixture("aktobe-ru.txt"), file: "x.txt", existing });
    if (!once.ok) throw new Error("expected a proposal");
    const twice = proposeSource({
      text: fixture("aktobe-ru.txt"),
      file: "z.txt",
      existing: {
        ...existing,
        sources: [...existing.sources, once.proposal.source],
        figures: [...existing.figures, ...once.proposal.figures],
      },
    });
    if (!twice.ok) throw new Error("expected a proposal");
    expect(twice.proposal.source.id).toBe("aktobe-ru-3");
    const ids = new Set(once.proposal.figures.map((f) => f.id));
    expect(twice.proposal.figures.filter((f) => ids.has(f.id))).toEqual([]);
  });

  it.each([
    ["empty.txt", "empty", /empty/],
    ["no-numbers.txt", "no-numbers", /no quantities/],
    ["no-region.txt", "no-region", /No region found/],
  ])("refuses %s with a clear message", (file, reason, message) => {
    const result = proposeSource({ text: fixture(file), file, existing });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message.en).toMatch(message);
    expect(result.message.ru).not.toBe("");
    expect(result.message.kk).not.toBe("");
  });

  it("a text with no region of its own takes the planner's", () => {
    const result = proposeSource({
      text: fixture("no-region.txt"),
      file: "n.txt",
      existing,
      region: "Astana",
    });
    expect(result.ok && result.proposal.figures.map((f) => f.region)).toEqual(["Astana", "Astana"]);
  });
});

describe("a new text checked with the curated ones", () => {
  const check = (text: string) => {
    const result = proposeSource({ text, file: "n.txt", existing: seeds });
    if (!result.ok) throw new Error(result.message.en);
    const p = result.proposal;
    const joined = withAdded(seeds, [{ ...p, figures: p.figures }]);
    const conflicts = runChecks(joined).conflicts.filter((c) =>
      c.figures.some((f) => f.source === p.source.id),
    );
    return { p, conflicts };
  };

  it("a disagreement of the same indicator, region and year is an agreement conflict", () => {
    const { conflicts } = check(
      " date 2026-02-10 Интернет в аулах\n\nПо итогам 2025 года интернетом обеспечены 296 аулов Актюбинской области.",
    );
    expect(conflicts.map((c) => c.kind)).toEqual(["agreement"]);
    expect(conflicts[0]?.message.ru).toContain("«Интернет в аулах»");
  });

  it("another year of the same indicator is a series, not a conflict", () => {
    const { p, conflicts } = check(
      " date 2027-02-10 Интернет в аулах\n\nПо итогам 2026 года интернетом обеспечены 300 аулов Актюбинской области.",
    );
    expect(p.figures[0]).toMatchObject({ indicator: "villages.internet", asOf: "2026" });
    expect(conflicts).toEqual([]);
  });
});
