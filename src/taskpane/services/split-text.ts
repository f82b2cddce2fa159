// Splits a text around spans (numbers found by the reader) so React can render them as
// elements (<mark>, chips) without ever building HTML from the text.
import type { Mention } from "../../domain/types";

export interface TextPart {
  text: string;
  /** Index into the spans given, for the parts that are a span. */
  span?: number;
}

/** Parts of text in order; overlapping or out-of-range spans are dropped. */
export function splitText(
  text: string,
  spans: readonly { start: number; end: number }[],
): TextPart[] {
  const order = spans
    .map((span, index) => ({ ...span, index }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const s of order) {
    if (s.start < at) continue;
    if (s.start > at) parts.push({ text: text.slice(at, s.start) });
    parts.push({ text: text.slice(s.start, s.end), span: s.index });
    at = s.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

/** Close enough for the same stated number (12.2 vs 12.2000000001 after parsing). */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The mention states value (or a range's upper end). */
function matches(m: Mention, value: number): boolean {
  return sameValue(m.value, value) || (m.upper !== undefined && sameValue(m.upper, value));
}

/** Distance in characters between a mention and the nearest chosen one. */
function distance(m: Mention, chosen: readonly Mention[]): number {
  return Math.min(
    ...chosen.map((c) =>
      m.start >= c.end ? m.start - c.end : c.start >= m.end ? c.start - m.end : 0,
    ),
  );
}

/**
 * The quote split so that each value's number is marked once. When a value occurs more than
 * once ("43 (12,2%) ... 51 (12,2%)"), the occurrence nearest the other marked numbers wins.
 */
export function highlightQuote(
  quote: string,
  mentions: readonly Mention[],
  values: readonly number[],
): TextPart[] {
  const candidates = values
    .map((v) => mentions.filter((m) => matches(m, v)))
    .filter((list) => list.length > 0);
  const chosen: Mention[] = [];
  // Values found once anchor the rest.
  for (const list of candidates)
    if (list.length === 1 && list[0] && !chosen.includes(list[0])) chosen.push(list[0]);
  for (const list of candidates) {
    if (list.length === 1) continue;
    const free = list.filter((m) => !chosen.includes(m));
    const pick =
      chosen.length === 0
        ? free[0]
        : [...free].sort((a, b) => distance(a, chosen) - distance(b, chosen))[0];
    if (pick) chosen.push(pick);
  }
  return splitText(quote, chosen);
}
