// The possible true values of one figure, from how its number is written in its quote.
import type { Figure } from "../types";
import { type Interval, integerHull, readingInterval } from "./intervals";

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

const MULTIPLIERS: [RegExp, number][] = [
  [/^\s*(?:млрд|миллиард)/i, 1e9],
  [/^\s*(?:млн|миллион)/i, 1e6],
  [/^\s*(?:тыс|мың)/i, 1e3],
];

interface WrittenNumber {
  text: string;
  value: number;
  step: number;
}

// Digits with space-grouped thousands and a decimal part, then an optional multiplier word.
// Only used to learn how precisely a figure's value was written, so percent signs and
// qualifiers do not matter here.
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;

function writtenNumbers(quote: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const m of quote.matchAll(NUMBER)) {
    const digits = m[0].replace(/[ \u00a0\u202f]/g, "");
    const [whole = "", fraction = ""] = digits.split(/[.,]/);
    const base = Number(`${whole}.${fraction || "0"}`);
    const rest = quote.slice((m.index ?? 0) + m[0].length);
    const multiplier = MULTIPLIERS.find(([re]) => re.test(rest))?.[1] ?? 1;
    const percent = /^\s*(?:%|процент|пайыз)/i.test(rest);
    const end = (m.index ?? 0) + m[0].length;
    const text = percent ? quote.slice(m.index, end) + "%" : m[0];
    found.push({ text, value: base * multiplier, step: 10 ** -fraction.length * multiplier });
  }
  return found;
}

function decimalsOf(value: number): number {
  const s = String(value);
  if (s.includes("e")) return 0;
  return s.split(".")[1]?.length ?? 0;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** How precisely the figure's value was written: from its quote, else from its own decimals. */
export function writtenStep(figure: Pick<Figure, "value" | "quote" | "unit">): {
  step: number;
  text: string;
} {
  const match = writtenNumbers(figure.quote).find((w) => sameValue(w.value, figure.value));
  if (match) return { step: match.step, text: match.text };
  const step = 10 ** -decimalsOf(figure.value);
  return { step, text: `${figure.value}${figure.unit === "%" ? "%" : ""}` };
}

export function readFigure(figure: Figure): Reading {
  const { step, text } = writtenStep(figure);
  const integer = isCount(figure);
  const raw = readingInterval(figure.value, figure.qualifier, step, figure.upper);
  return { interval: integer ? integerHull(raw) : raw, integer, step, written: text };
}
