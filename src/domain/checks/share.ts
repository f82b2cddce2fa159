// Share relations: part / whole × 100, against a stated percentage when the text gives one.
// Gives the share (or coverage) and what remains of the whole, and a conflict when no
// reading of part, whole and stated percentage can be true together.
import type { Conflict, Derived, Figure, Relation } from "../types";
import {
  type Interval,
  PERCENT,
  POSITIVE,
  closed,
  contains,
  integerBounds,
  intersect,
  isEmpty,
  isPoint,
  percentOf,
  point,
  scale,
  widen,
} from "./intervals";
import {
  type Shown,
  cannotComputeMessage,
  formatPercent,
  partOverWholeMessage,
  shareMessage,
  shareSuggestion,
  statedOver100Message,
  truncatedMessage,
  NONE,
} from "./messages";
import {
  type CheckContext,
  conflictFigure,
  decimalsOfStep,
  derivedOf,
  fromRoles,
  roleFigures,
  roleReading,
  severityOf,
  shown,
  sumValues,
} from "./context";

/** Beyond this many candidate wholes the check reasons on real intervals (never stricter). */
const MAX_ENUMERATED_WHOLES = 10_000;

export interface ShareTerms {
  part: Interval;
  whole: Interval;
  /** The stated percentage; [0, 100] when the text states none. */
  stated: Interval;
  partInteger: boolean;
  wholeInteger: boolean;
}

/** Can some part p and whole w (p ≤ w, integers where counts) give p / w × 100 in stated? */
export function shareFeasible(t: ShareTerms): boolean {
  const stated = widen(intersect(t.stated, PERCENT));
  if (isEmpty(stated)) return false;
  // Exact part and whole (the common case): one division, no search.
  if (isPoint(t.part) && isPoint(t.whole) && t.whole.lo > 0) {
    return t.part.lo <= t.whole.lo && contains(stated, (t.part.lo / t.whole.lo) * 100);
  }
  const wholes = intersect(t.whole, POSITIVE);
  if (isEmpty(wholes)) return !isEmpty(intersect(t.part, point(0)));
  const fits = (p: Interval): boolean => (t.partInteger ? integerBounds(p) !== null : !isEmpty(p));
  const bounds = t.wholeInteger ? integerBounds(wholes) : null;
  if (bounds && bounds.max - bounds.min <= MAX_ENUMERATED_WHOLES) {
    for (let w = bounds.min; w <= bounds.max; w++) {
      if (fits(intersect(t.part, intersect(closed(0, w), scale(stated, w / 100))))) return true;
    }
    return false;
  }
  const part = intersect(t.part, closed(0, wholes.hi));
  return fits(part) && !isEmpty(intersect(percentOf(part, wholes), stated));
}

/** Integer parts of `whole` whose share lies in stated. */
export function partsGiving(whole: number, stated: Interval): { min: number; max: number } | null {
  return integerBounds(intersect(scale(widen(stated), whole / 100), closed(0, whole)));
}

/** Integer wholes (≥ part) of which `part` is a share in stated. */
export function wholesGiving(part: number, stated: Interval): { min: number; max: number } | null {
  const s = widen(stated);
  if (part <= 0 || s.hi <= 0) return null;
  const lo = s.hi === Infinity ? 0 : (part * 100) / s.hi;
  const hi = s.lo <= 0 ? Infinity : (part * 100) / s.lo;
  const b = integerBounds(
    intersect({ lo, hi, loOpen: s.hiOpen, hiOpen: s.loOpen }, closed(part, Infinity)),
  );
  return b && b.max !== Infinity ? b : null;
}

export interface CheckOutput {
  derived: Derived[];
  conflicts: Conflict[];
}

function combinedShown(ctx: CheckContext, figures: Figure[]): Shown {
  const first = figures[0];
  if (figures.length === 1 && first) return shown(ctx, first);
  return { value: sumValues(figures), qualifier: "exact", decimals: 0, percent: false };
}

function derivedKind(relation: Relation): "coverage" | "share" {
  return /\bcoverage\b/i.test(relation.label) ? "coverage" : "share";
}

const isExact = (f: Figure): boolean => f.qualifier === "exact";

export function checkShare(ctx: CheckContext, relation: Relation): CheckOutput {
  const part = roleFigures(ctx, relation, "part");
  const whole = roleFigures(ctx, relation, "whole");
  const stated = roleFigures(ctx, relation, "stated");
  const kind = derivedKind(relation);
  const region = part.figures[0]?.region ?? whole.figures[0]?.region ?? "";
  const missing = part.missing ?? whole.missing ?? stated.missing;
  if (missing !== undefined || part.figures.length === 0 || whole.figures.length === 0) {
    const unavailable = cannotComputeMessage({
      missing: missing ?? (part.figures.length ? "whole" : "part"),
    });
    return {
      derived: [derivedOf(relation, region, kind, NaN, "%", {}, unavailable)],
      conflicts: [],
    };
  }
  const from = fromRoles({ part: part.figures, whole: whole.figures, stated: stated.figures });
  const p = sumValues(part.figures);
  const w = sumValues(whole.figures);
  const derived: Derived[] = [
    w === 0
      ? derivedOf(relation, region, kind, NaN, "%", from, cannotComputeMessage({ zero: "whole" }))
      : derivedOf(relation, region, kind, (p / w) * 100, "%", from),
  ];
  const partReading = roleReading(ctx, part.figures);
  const wholeReading = roleReading(ctx, whole.figures);
  const partInteger = partReading.integer;
  const wholeInteger = wholeReading.integer;
  // "More than 79 000" minus 20 000 is no count a planner can use: exact figures only.
  const allExact = part.figures.every(isExact) && whole.figures.every(isExact);
  if (kind === "coverage" && partInteger && wholeInteger && allExact) {
    const unit = whole.figures[0]?.unit ?? "";
    derived.push(derivedOf(relation, region, "remaining", w - p, unit, from));
  }

  const statedFigure = stated.figures[0];
  const terms: ShareTerms = {
    part: partReading.interval,
    whole: wholeReading.interval,
    stated: statedFigure ? ctx.reading(statedFigure).interval : PERCENT,
    partInteger,
    wholeInteger,
  };
  if (shareFeasible(terms)) return { derived, conflicts: [] };

  const all = [...part.figures, ...whole.figures, ...stated.figures];
  // The implied share is shown as precisely as the stated one was written.
  const decimals = statedFigure ? decimalsOfStep(ctx.reading(statedFigure).step) : 1;
  const impliedValue = w === 0 ? NaN : (p / w) * 100;
  const partShown = combinedShown(ctx, part.figures);
  const wholeShown = combinedShown(ctx, whole.figures);
  const conflict: Conflict = {
    id: `share:${relation.id}`,
    kind: "share",
    severity: severityOf(all),
    relation: relation.id,
    figures: all.map(conflictFigure),
    stated: statedFigure ? ctx.reading(statedFigure).written : "",
    implied: Number.isNaN(impliedValue) ? "" : formatPercent(impliedValue, "en", decimals),
    message: NONE,
    suggestion: NONE,
  };
  if (!statedFigure || p > w) {
    conflict.message = partOverWholeMessage(
      partShown,
      wholeShown,
      part.figures.map((f) => shown(ctx, f)),
    );
  } else if (isEmpty(intersect(terms.stated, PERCENT))) {
    conflict.message = statedOver100Message(shown(ctx, statedFigure));
  } else {
    const statedShown = shown(ctx, statedFigure);
    const texts = {
      stated: statedShown,
      part: partShown,
      whole: wholeShown,
      implied: impliedValue,
      impliedDecimals: decimals,
    };
    const exact = partInteger && wholeInteger && all.every(isExact);
    if (exact && isTruncation(impliedValue, statedFigure.value, decimals)) {
      conflict.severity = "truncated";
      conflict.message = truncatedMessage({ ...texts, rounded: roundTo(impliedValue, decimals) });
      return { derived, conflicts: [conflict] };
    }
    conflict.message = shareMessage(texts);
    if (partInteger && wholeInteger && all.every((f) => f.qualifier === "exact")) {
      conflict.suggestion = shareSuggestion({
        stated: statedShown,
        part: partShown,
        whole: wholeShown,
        parts: partsGiving(w, terms.stated),
        wholes: wholesGiving(p, terms.stated),
      });
    }
  }
  return { derived, conflicts: [conflict] };
}

function roundTo(value: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(value * k) / k;
}

/** 97,1% for 97.16%, 99% for 99.83%: the stated value is the implied one cut off, not rounded. */
export function isTruncation(implied: number, stated: number, decimals: number): boolean {
  const k = 10 ** decimals;
  // The float margin keeps 12.2 × 10 = 121.99999… from truncating to 121.
  const cut = Math.floor(implied * k + 1e-9) / k;
  return (
    Math.abs(cut - stated) < 1e-9 * Math.max(1, stated) &&
    Math.abs(roundTo(implied, decimals) - stated) > 1e-9
  );
}
