// Sum relations: the parts must be able to add up to the whole. Of a listed breakdown
// (relation.breakdown "listed"), parts a little short of it (at most INCOMPLETE_SHARE of the
// total) are an informational note: the list may just be incomplete; far short of it, the list
// plainly names only some parts, and holds. Parts over the total, or short of a whole said
// to be complete, are an error.
import type { Conflict, Relation } from "../types";
import { integerBounds, intersect, isEmpty, widen } from "./intervals";
import { NONE, formatNumber, incompleteSumMessage, sumMessage, sumSuggestion } from "./messages";
import {
  type CheckContext,
  conflictFigure,
  roleFigures,
  severityOf,
  shown,
  roleReading,
} from "./context";

/** How far below its total a breakdown may fall and still be only "maybe incomplete". */
export const INCOMPLETE_SHARE = 0.2;

export function checkSum(ctx: CheckContext, relation: Relation): Conflict[] {
  const parts = roleFigures(ctx, relation, "parts");
  const whole = roleFigures(ctx, relation, "whole");
  const total = whole.figures[0];
  // A missing figure leaves nothing to compare; the loader reports unknown ids.
  if (
    parts.missing !== undefined ||
    whole.missing !== undefined ||
    !total ||
    parts.figures.length === 0
  ) {
    return [];
  }
  const totalReading = ctx.reading(total);
  const partsReading = roleReading(ctx, parts.figures);
  const integer = partsReading.integer && totalReading.integer;
  const sum = partsReading.interval;
  // Integer sums are exact below 2^53; only real-valued sums need a float margin.
  const common = intersect(integer ? sum : widen(sum), totalReading.interval);
  const holds = integer ? integerBounds(common) !== null : !isEmpty(common);
  if (holds) return [];

  const all = [...parts.figures, total];
  const partsShown = parts.figures.map((f) => shown(ctx, f));
  const sumValue = parts.figures.reduce((s, f) => s + f.value, 0);
  const decimals = Math.max(0, ...partsShown.map((p) => p.decimals));
  const sumShown = {
    value: sumValue,
    qualifier: "exact" as const,
    decimals,
    percent: total.unit === "%",
  };
  const allExact = parts.figures.every((f) => f.qualifier === "exact");
  const gap = total.value - sumValue;
  const short = sum.hi <= totalReading.interval.lo && gap > 0;
  if (relation.breakdown === "listed" && short && gap > INCOMPLETE_SHARE * total.value) return [];
  if (relation.breakdown === "listed" && short) {
    return [
      {
        id: `sum:${relation.id}`,
        kind: "sum",
        severity: "info",
        relation: relation.id,
        figures: all.map(conflictFigure),
        stated: ctx.reading(total).written,
        implied: formatNumber(sumValue, "en", decimals) + (total.unit === "%" ? "%" : ""),
        message: incompleteSumMessage(partsShown, sumShown, shown(ctx, total), {
          ...sumShown,
          value: gap,
        }),
        suggestion: NONE,
      },
    ];
  }
  return [
    {
      id: `sum:${relation.id}`,
      kind: "sum",
      severity: severityOf(all),
      relation: relation.id,
      figures: all.map(conflictFigure),
      stated: ctx.reading(total).written,
      implied: formatNumber(sumValue, "en", decimals) + (total.unit === "%" ? "%" : ""),
      message: sumMessage(partsShown, sumShown, shown(ctx, total)),
      suggestion: allExact ? sumSuggestion(sumShown) : NONE,
    },
  ];
}
