// Agreement grouping at the edges of its fast paths: a region with many quantities (found by
// key beyond the scanned few), regions interleaved (conflicts keep the first figure's order)
// and sums with many members (breakdowns counted by key).
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/domain/checks/run-checks";
import type { Figure, Relation } from "../../src/domain/types";
import { fig, rel } from "./figures";

const run = (figures: Figure[], relations: Relation[] = []) =>
  runChecks({ sources: [], figures, relations });

const ids = (figures: Figure[], relations: Relation[] = []): string[] =>
  run(figures, relations).conflicts.map((c) => c.id);

describe("agreement grouping", () => {
  it("finds the disagreeing restatements among 40 quantities of one region", () => {
    const first = Array.from({ length: 40 }, (_, i) =>
      fig(`a${i}`, 100 + i, { indicator: `i${i}`, source: "a" }),
    );
    const second = Array.from({ length: 40 }, (_, i) =>
      fig(`b${i}`, 100 + i + (i === 3 || i === 35 ? 5 : 0), { indicator: `i${i}`, source: "b" }),
    );
    expect(ids([...first, ...second])).toEqual(["agreement:i3|R|2025|", "agreement:i35|R|2025|"]);
  });

  it("tells quantities apart by date and unit within one region and indicator", () => {
    const figures = [
      fig("x1", 10, { indicator: "k", asOf: "2024" }),
      fig("x2", 10, { indicator: "k", asOf: "2025" }),
      fig("x3", 10, { indicator: "k", asOf: "2025", unit: "km" }),
      fig("x4", 12, { indicator: "k", asOf: "2024" }),
    ];
    expect(ids(figures)).toEqual(["agreement:k|R|2024|"]);
  });

  it("reports the groups of interleaved regions in the order of their first figure", () => {
    const figures = [
      fig("z1", 5, { indicator: "z", region: "R2" }),
      fig("y1", 7, { indicator: "y", region: "R1" }),
      fig("y2", 8, { indicator: "y", region: "R1" }),
      fig("z2", 6, { indicator: "z", region: "R2" }),
    ];
    expect(ids(figures)).toEqual(["agreement:z|R2|2025|", "agreement:y|R1|2025|"]);
  });

  it("leaves out the members of a breakdown of 20 parts and its total", () => {
    const parts = Array.from({ length: 20 }, (_, i) => fig(`p${i}`, i + 1, { indicator: "bs" }));
    const total = fig("t", 210, { indicator: "bs" });
    const restated = fig("u", 3, { indicator: "other" });
    const sum = rel("s", "sum", { parts: parts.map((p) => p.id), whole: ["t"] });
    expect(ids([...parts, total, restated], [sum])).toEqual([]);
    // Without the relation the same figures disagree as restatements of one quantity.
    expect(ids([...parts, total])).toEqual(["agreement:bs|R|2025|"]);
  });

  it("leaves out only the members of a small sum that share a quantity", () => {
    // w2 is checked by its `same` relation; w, the sum's lone "all", is still a restatement.
    const figures = [
      fig("p1", 2, { indicator: "bs" }),
      fig("p2", 3, { indicator: "bs" }),
      fig("w", 5, { indicator: "all" }),
      fig("w2", 6, { indicator: "all", source: "b" }),
      fig("v", 6, { indicator: "v", source: "b" }),
    ];
    const sum = rel("s", "sum", { parts: ["p1", "p2"], whole: ["w"] });
    const same = rel("q", "same", { members: ["w2", "v"] });
    expect(ids(figures, [sum, same])).toEqual(["agreement:all|R|2025|"]);
  });
});
