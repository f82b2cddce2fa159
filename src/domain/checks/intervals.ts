// Interval reasoning: the set of true values a written figure allows, and the arithmetic
// the checks need on such sets. A conflict is reported only when no reading of the figures
// can be true, so every rule here errs on the wide side.
//
// Rules (also in docs/checks.md), with `step` the written precision of the number
// ("12,2%" → 0.1, "51" → 1, "272,5 тысячи" → 100, "20 тысяч" → 1000):
//   exact      [v − step/2, v + step/2)   rounding to the written digit; counts then keep
//                                         only integers, so "51" is [51, 51]
//   about      [v − t, v + t] with t = max(10 % of v, step/2)
//   more_than  (v, ∞)      at_least [v, ∞)
//   less_than  [0, v)      at_most, up_to [0, v]
//   range      [v, upper]
import type { Qualifier } from "../types";

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** The relative tolerance of "about" (шамамен, около, порядка). */
export const ABOUT_TOLERANCE = 0.1;

export function closed(lo: number, hi: number): Interval {
  return { lo, hi, loOpen: false, hiOpen: false };
}

export function point(v: number): Interval {
  return closed(v, v);
}

/** The values a number written with `step` precision and `qualifier` can stand for. */
export function readingInterval(
  value: number,
  qualifier: Qualifier,
  step: number,
  upper?: number,
): Interval {
  const half = step / 2;
  switch (qualifier) {
    case "exact":
      return { lo: value - half, hi: value + half, loOpen: false, hiOpen: true };
    case "about": {
      const t = Math.max(Math.abs(value) * ABOUT_TOLERANCE, half);
      return closed(value - t, value + t);
    }
    case "more_than":
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case "at_least":
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case "less_than":
      return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case "at_most":
    case "up_to":
      return closed(0, value);
    case "range":
      return closed(value, upper ?? value);
  }
}

export function isEmpty(i: Interval): boolean {
  if (Number.isNaN(i.lo) || Number.isNaN(i.hi)) return true;
  if (i.lo > i.hi) return true;
  return i.lo === i.hi && (i.loOpen || i.hiOpen);
}

/** A single closed value [v, v]. */
export function isPoint(i: Interval): boolean {
  return i.lo === i.hi && !i.loOpen && !i.hiOpen;
}

export function contains(i: Interval, x: number): boolean {
  const aboveLo = i.loOpen ? x > i.lo : x >= i.lo;
  const belowHi = i.hiOpen ? x < i.hi : x <= i.hi;
  return aboveLo && belowHi;
}

export function intersect(a: Interval, b: Interval): Interval {
  // Plain branches, no destructuring temporaries: this runs several times per relation.
  const lo = b.lo > a.lo ? b.lo : a.lo; // a's own bound on a tie or NaN, as before
  const loOpen = a.lo > b.lo ? a.loOpen : b.lo > a.lo ? b.loOpen : a.loOpen || b.loOpen;
  const hi = b.hi < a.hi ? b.hi : a.hi;
  const hiOpen = a.hi < b.hi ? a.hiOpen : b.hi < a.hi ? b.hiOpen : a.hiOpen || b.hiOpen;
  return { lo, hi, loOpen, hiOpen };
}

/** The sum of independent values from a and b. */
export function add(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo + b.lo,
    hi: a.hi + b.hi,
    loOpen: a.loOpen || b.loOpen,
    hiOpen: a.hiOpen || b.hiOpen,
  };
}

/** part / whole × 100 for non-negative part and positive whole; whole may reach 0 (→ ∞). */
export function percentOf(part: Interval, whole: Interval): Interval {
  const lo = whole.hi === Infinity ? 0 : (part.lo / whole.hi) * 100;
  const loOpen = whole.hi === Infinity ? part.lo > 0 : part.loOpen || whole.hiOpen;
  const hi = whole.lo <= 0 ? Infinity : (part.hi / whole.lo) * 100;
  const hiOpen = whole.lo <= 0 ? true : part.hiOpen || whole.loOpen;
  return { lo, hi, loOpen, hiOpen };
}

/** The smallest and largest integer in i (max may be Infinity), or null when it holds none. */
export function integerBounds(i: Interval): { min: number; max: number } | null {
  if (isEmpty(i)) return null;
  let min = Math.ceil(i.lo);
  if (i.loOpen && min === i.lo) min += 1;
  let max = i.hi === Infinity ? Infinity : Math.floor(i.hi);
  if (i.hiOpen && max === i.hi) max -= 1;
  return min <= max ? { min, max } : null;
}

/** Keeps only what integers allow: [min, max] of the integers in i (or an empty interval). */
export function integerHull(i: Interval): Interval {
  const b = integerBounds(i);
  if (!b) return { lo: 1, hi: 0, loOpen: false, hiOpen: false };
  return { lo: b.min, hi: b.max, loOpen: false, hiOpen: b.max === Infinity };
}

/** Every value of i multiplied by k ≥ 0. */
export function scale(i: Interval, k: number): Interval {
  return { lo: i.lo * k, hi: i.hi * k, loOpen: i.loOpen, hiOpen: i.hiOpen };
}

/** i widened by a rounding margin, so float noise (12.2 − 0.05) never decides a conflict. */
export function widen(i: Interval): Interval {
  return { lo: i.lo - margin(i.lo), hi: i.hi + margin(i.hi), loOpen: i.loOpen, hiOpen: i.hiOpen };
}

function margin(x: number): number {
  return 1e-12 * Math.max(1, Math.abs(x));
}

export const POSITIVE: Interval = { lo: 0, hi: Infinity, loOpen: true, hiOpen: true };
export const PERCENT: Interval = closed(0, 100);

/** Sum of many intervals (empty list → [0, 0]). */
export function sumAll(list: Interval[]): Interval {
  const [first] = list;
  if (list.length === 1 && first) return first;
  let sum = point(0);
  for (const i of list) sum = add(sum, i);
  return sum;
}
