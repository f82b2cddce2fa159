import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/domain/types";
import { shareTolerance, unbounded } from "../../src/workbook/share-tolerance";

function fig(
  value: number,
  unit = "",
  qualifier: Figure["qualifier"] = "exact",
  quote = String(value),
): Figure {
  return {
    id: `f${value}${unit}`,
    source: "s",
    region: "r",
    indicator: "i",
    value,
    unit,
    qualifier,
    asOf: "",
    quote,
  };
}

describe("shareTolerance", () => {
  it("allows half a unit of the stated precision when part and whole are exact counts", () => {
    const t = shareTolerance([fig(43)], [fig(353)], fig(12.2, "%", "exact", "12,2%"));
    expect(t.below).toBeCloseTo(0.05, 6);
    expect(t.above).toBeCloseTo(0.05, 6);
    const whole = shareTolerance([fig(43)], [fig(353)], fig(12, "%", "exact", "12%"));
    expect(whole.below).toBeCloseTo(0.5, 6);
  });

  it("reads the precision from the quote: 12,0% is a tenth, not a unit", () => {
    const t = shareTolerance([fig(12)], [fig(100)], fig(12, "%", "exact", "это 12,0%"));
    expect(t.above).toBeCloseTo(0.05, 6);
  });

  it("leaves one side open for more than / less than", () => {
    const more = shareTolerance([fig(95)], [fig(100)], fig(90, "%", "more_than", "более 90%"));
    expect(more.above).toBe(unbounded);
    expect(more.below).toBeLessThan(1e-6);
    const less = shareTolerance([fig(5)], [fig(100)], fig(10, "%", "less_than", "менее 10%"));
    expect(less.below).toBeCloseTo(10, 6);
    expect(less.above).toBeLessThan(1e-6);
  });

  it("widens by what rounded counts allow: 272,5 thousand stands for 272 450..272 550", () => {
    const part = fig(272_500, "", "exact", "272,5 тысячи");
    const t = shareTolerance([part], [fig(1_000_000)], fig(27.25, "%", "exact", "27,25%"));
    // a whole count of 272 450..272 549 puts coverage at 27.245..27.2549, plus 0.005 for "27,25"
    // below: the stated value may be 0.005 lower, or coverage 0.0049 higher; above: the reverse
    expect(t.below).toBeCloseTo(0.005 + 0.0049, 6);
    expect(t.above).toBeCloseTo(0.005 + 0.005, 6);
  });
});
