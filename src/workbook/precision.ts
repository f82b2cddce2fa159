// How far a true share may lie from a stated percentage and still be written that way.
// "12,2%" is true for 12.15 <= x <= 12.25: half a unit of its last written digit.
import type { Qualifier } from "../domain/types";

/** Digits after the decimal point of a number as written (12.2 -> 1, 40 -> 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Half a unit of the stated precision: 12.2 -> 0.05, 40 -> 0.5. */
export function halfUnit(value: number): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

/** Effectively unbounded, for one-sided qualifiers ("more than 90%"). */
export const unbounded = 1e9;

/**
 * Allowed distance below and above the stated value. One-sided qualifiers leave one side open;
 * "about" allows a whole unit either way.
 */
export function tolerance(qualifier: Qualifier, value: number): { below: number; above: number } {
  const h = halfUnit(value);
  switch (qualifier) {
    case "more_than":
    case "at_least":
      return { below: h, above: unbounded };
    case "less_than":
    case "at_most":
    case "up_to":
      return { below: unbounded, above: h };
    case "about":
      return { below: 2 * h, above: 2 * h };
    default:
      return { below: h, above: h };
  }
}
