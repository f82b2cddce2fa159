// Every number of the five texts is accounted for: a figure (inside its quote, same value)
// or a row of seeds/skipped.csv; and no skipped row is stale.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { checkCoverage, readSkipped, type CoverageReport } from "../../src/domain/load/coverage";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { readNumbers } from "../../src/domain/numbers/read-numbers";

const seedsDir = join(__dirname, "..", "..", "seeds");
const seeds = loadSeeds(readSeedsDir(seedsDir));
if (!seeds.ok) throw new Error(seeds.errors.map((e) => e.message).join("\n"));
const { sources, figures } = seeds;
const sourceIds = new Set(sources.map((s) => s.id));
const skippedCsv = readFileSync(join(seedsDir, "skipped.csv"), "utf8");

function report(r: CoverageReport): string[] {
  return [
    ...r.uncovered.map(
      ({ source, mention: m }) =>
        `${source}: "${m.text}" at ${m.start} (${m.kind}) is neither a figure nor skipped`,
    ),
    ...r.stale.map(
      (s) => `skipped.csv row ${s.line}: "${s.text}" #${s.occurrence} in ${s.source} skips nothing`,
    ),
  ];
}

describe("coverage of the seed texts", () => {
  const { skipped, errors } = readSkipped("skipped.csv", skippedCsv, sourceIds);

  it("skipped.csv is a valid table with a reason on every row", () => {
    expect(errors).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
  });

  it("accounts for every number the reader finds, with no stale skipped row", () => {
    expect(report(checkCoverage(sources, figures, skipped, readNumbers))).toEqual([]);
  });

  it("every source has numbers, and figures account for most of them", () => {
    for (const source of sources) {
      const mentions = readNumbers(source.text);
      const own = figures.filter((f) => f.source === source.id);
      expect(own.length, source.id).toBeGreaterThan(mentions.length / 3);
    }
  });
});

describe("the coverage check itself", () => {
  const { skipped } = readSkipped("skipped.csv", skippedCsv, sourceIds);

  it("finds a number once its figure is removed", () => {
    const without = figures.filter((f) => f.id !== "zhambyl.settlements.fiber.in_progress");
    const lost = checkCoverage(sources, without, skipped, readNumbers).uncovered;
    expect(lost.map((u) => [u.source, u.mention.text, u.mention.value])).toEqual([
      ["zhambyl-ru", "54", 54],
    ]);
  });

  it("matches quotes with spaces compared as the loader does (NBSP for a space)", () => {
    const nbsp = figures.map((f) => ({ ...f, quote: f.quote.replaceAll(" ", "\u00a0") }));
    expect(report(checkCoverage(sources, nbsp, skipped, readNumbers))).toEqual([]);
  });

  it("does not count a figure whose value differs from the mention inside its quote", () => {
    const changed = figures.map((f) => (f.id === "kz.cities.5g" ? { ...f, value: 21 } : f));
    expect(report(checkCoverage(sources, changed, skipped, readNumbers))).toHaveLength(1);
  });

  it("finds a stale skipped row, and one whose occurrence does not exist", () => {
    const extra = readSkipped(
      "skipped.csv",
      "source,text,occurrence,reason\nkz-kk,Қазақстанда,1,no number here\nkz-kk,5G,9,no ninth 5G\n",
      sourceIds,
    );
    expect(extra.errors).toEqual([]);
    expect(
      report(checkCoverage(sources, figures, [...skipped, ...extra.skipped], readNumbers)),
    ).toEqual([
      'skipped.csv row 2: "Қазақстанда" #1 in kz-kk skips nothing',
      'skipped.csv row 3: "5G" #9 in kz-kk skips nothing',
    ]);
  });

  it("reports bad skipped rows with row and column", () => {
    const bad = readSkipped(
      "skipped.csv",
      "source,text,occurrence,reason\nnope,5G,first,\n",
      sourceIds,
    );
    expect(bad.errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, "source", "nope"],
      [2, "occurrence", "first"],
      [2, "reason", ""],
    ]);
  });
});
