// Properties over random figures: nothing consistent is ever reported, and exact figures
// that are off are always reported.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import { fig, pct, rel } from "./figures";

const shareCase = fc
  .record({
    w: fc.integer({ min: 1, max: 1_000_000 }),
    t: fc.double({ min: 0, max: 1, noNaN: true }),
    d: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ w, t, d }) => ({ w, p: Math.floor(w * t), d }));

function shareConflicts(p: number, w: number, stated: number, d: number): number {
  const written = stated.toFixed(d).replace(".", ",");
  return runChecks({
    sources: [],
    figures: [
      fig("p", p, { quote: `${p} (${written}%)` }),
      fig("w", w, { quote: `из ${w}` }),
      pct("s", stated, `${p} (${written}%)`),
    ],
    relations: [rel("r", "share", { part: ["p"], whole: ["w"], stated: ["s"] })],
  }).conflicts.length;
}

describe("properties", () => {
  it("a percentage correctly rounded from its counts is never a conflict", () => {
    fc.assert(
      fc.property(shareCase, ({ p, w, d }) => {
        const stated = Number(((p / w) * 100).toFixed(d));
        expect(shareConflicts(p, w, stated, d)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("a percentage off by at least one written digit from exact counts is always a conflict", () => {
    fc.assert(
      fc.property(
        shareCase,
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        ({ p, w, d }, k, up) => {
          const right = Number(((p / w) * 100).toFixed(d));
          const stated = right + (up ? k : -k) * 10 ** -d;
          fc.pre(stated >= 0 && stated <= 100);
          expect(shareConflicts(p, w, Number(stated.toFixed(d)), d)).toBe(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("parts add up to their total exactly when no sum conflict is reported", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -3, max: 3 }),
        (parts, delta) => {
          const total = parts.reduce((a, b) => a + b, 0) + delta;
          fc.pre(total >= 0);
          const figures = [...parts.map((v, i) => fig(`p${i}`, v)), fig("t", total)];
          const r = runChecks({
            sources: [],
            figures,
            relations: [rel("s", "sum", { parts: parts.map((_, i) => `p${i}`), whole: ["t"] })],
          });
          expect(r.conflicts.length).toBe(delta === 0 ? 0 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
