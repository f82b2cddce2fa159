// The possible true values of one figure, from how its number is written in its quote.
import { readNumbers } from "../numbers/read-numbers";
import type { Figure, Mention } from "../types";
import { type Interval, integerHull, point, readingInterval } from "./intervals";

export interface Reading {
  interval: Interval;
  /** Counts of things are whole numbers; percentages and measures are not. */
  integer: boolean;
  /** The written precision: 0.1 for "12,2", 1 for "51", 100 for "272,5 тысячи". */
  step: number;
  /** The number as written in the quote ("12,2%", "272,5 тысячи"), or the value. */
  written: string;
}

/** Units whose values are not whole counts. */
const CONTINUOUS_UNITS = new Set(["%", "km", "m", "m2", "km2", "ha", "KZT", "USD", "mbps", "gbps"]);

export function isCount(figure: Pick<Figure, "unit">): boolean {
  return !CONTINUOUS_UNITS.has(figure.unit);
}

/** The digits of a mention ("272,5" of "272,5 тысячи"); number words have none. */
const DIGITS = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/;

/**
 * The written step of a mention: 10^-decimals of its digits times its multiplier, so
 * "12,2%" → 0.1, "272,5 тысячи" → 100, "20 мыңы" → 1000; number words ("девяти") → 1.
 */
export function mentionStep(mention: Pick<Mention, "text" | "value">): number {
  const digits = DIGITS.exec(mention.text)?.[0];
  if (digits === undefined) return 1;
  const [whole = "", fraction = ""] = digits.replace(/[ \u00a0\u202f]/g, "").split(/[.,]/);
  const written = Number(`${whole}.${fraction || "0"}`);
  const multiplier = written > 0 ? 10 ** Math.round(Math.log10(mention.value / written)) : 1;
  return 10 ** -fraction.length * Math.max(1, multiplier);
}

export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0; // most figures: no string to build
  const s = String(value);
  if (s.includes("e")) return 0;
  return s.split(".")[1]?.length ?? 0;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A digit 0-9 at i (NaN outside the string: not a digit). */
const isDigitAt = (s: string, i: number): boolean => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
/** A space (also no-break and narrow no-break), dot or comma: what groups digits in a number. */
function isGapAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN outside the string: no gap
  return c === 32 || c === 0xa0 || c === 0x202f || c === 46 || c === 44;
}

/** Is `digits` written at i in the quote as a number of its own, not part of a longer one? */
function standsAlone(quote: string, i: number, digits: string): boolean {
  const end = i + digits.length;
  if (isDigitAt(quote, i - 1) || (isGapAt(quote, i - 1) && isDigitAt(quote, i - 2))) return false;
  return !(isDigitAt(quote, end) || (isGapAt(quote, end) && isDigitAt(quote, end + 1)));
}

function writtenPlainly(quote: string, digits: string): boolean {
  for (let i = quote.indexOf(digits); i >= 0; i = quote.indexOf(digits, i + 1)) {
    if (standsAlone(quote, i, digits)) return true;
  }
  return false;
}

/**
 * The digits of `value` as the quote writes them plainly ("353", "24-і", "12,2" of "12,2%") —
 * not inside "1 353", "353 000" or "12,25" — or null. Such a number's precision is its own
 * decimals, which spares the number reader (the checks' hot path). Whenever this finds the
 * value, the reader would give the same step: a multiplied form ("353 тысячи") is not the
 * value 353, so the reader would not match it either and the decimals of the value decide.
 */
function plainlyWritten(quote: string, value: number): string | null {
  const dotted = String(value);
  if (!dotted.includes(".")) return writtenPlainly(quote, dotted) ? dotted : null;
  const comma = dotted.replace(".", ",");
  if (writtenPlainly(quote, comma)) return comma;
  return writtenPlainly(quote, dotted) ? dotted : null;
}

/** Mentions of a quote; runChecks passes a memoised reader, as figures share quotes. */
export type MentionsOf = (quote: string) => Mention[];

/** How precisely the figure's value was written: from its quote, else from its own decimals. */
export function writtenStep(
  figure: Pick<Figure, "value" | "quote" | "unit">,
  mentionsOf: MentionsOf = readNumbers,
): {
  step: number;
  text: string;
} {
  const plain = plainlyWritten(figure.quote, figure.value);
  if (plain !== null) {
    return {
      step: 10 ** -decimalsOf(figure.value),
      text: figure.unit === "%" ? `${plain}%` : plain,
    };
  }
  const percent = figure.unit === "%";
  const match = mentionsOf(figure.quote).find(
    (m) => sameValue(m.value, figure.value) && (m.unit === "%") === percent,
  );
  if (match) return { step: mentionStep(match), text: match.text };
  const step = 10 ** -decimalsOf(figure.value);
  return { step, text: `${figure.value}${figure.unit === "%" ? "%" : ""}` };
}

export function readFigure(figure: Figure, mentionsOf: MentionsOf = readNumbers): Reading {
  const { step, text } = writtenStep(figure, mentionsOf);
  const integer = isCount(figure);
  // A plainly written exact count is itself: skip the rounding interval and its integer hull.
  if (integer && step === 1 && figure.qualifier === "exact" && Number.isInteger(figure.value)) {
    return { interval: point(figure.value), integer, step, written: text };
  }
  const raw = readingInterval(figure.value, figure.qualifier, step, figure.upper);
  return { interval: integer ? integerHull(raw) : raw, integer, step, written: text };
}
