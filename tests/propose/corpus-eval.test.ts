// The targets on the development corpus (tests/corpus): region right for at least 90%
// of the proposed figures, indicator right for at least 80% of those whose measure is in
// seeds/indicators.csv. The same numbers `npm run eval:sources` prints.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSources } from "../../bench/source-eval";

const evals = evaluateSources(join(__dirname, "..", "corpus"));
const sum = (k: "matched" | "regionRight" | "withIndicator" | "indicatorRight") =>
  evals.reduce((s, e) => s + e[k], 0);

describe("proposals on the development corpus", () => {
  it("reads at least 30 texts, both languages, and proposes figures for most", () => {
    expect(evals.length).toBeGreaterThanOrEqual(30);
    expect(new Set(evals.map((e) => e.language))).toEqual(new Set(["ru", "kk"]));
    expect(evals.filter((e) => e.refused).length).toBeLessThanOrEqual(3);
    expect(sum("matched")).toBeGreaterThan(200);
  });

  it("gets the region of at least 90% of the proposed figures", () => {
    expect(sum("regionRight") / sum("matched")).toBeGreaterThanOrEqual(0.9);
  });

  it("gets the indicator of at least 80% of those in indicators.csv", () => {
    expect(sum("withIndicator")).toBeGreaterThan(50);
    expect(sum("indicatorRight") / sum("withIndicator")).toBeGreaterThanOrEqual(0.8);
  });
});
