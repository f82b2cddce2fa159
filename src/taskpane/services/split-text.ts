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

/** The mention of the quote that states value (the first one), if the reader found it. */
export function mentionOf(mentions: readonly Mention[], value: number): Mention | undefined {
  return mentions.find(
    (m) => sameValue(m.value, value) || (m.upper !== undefined && sameValue(m.upper, value)),
  );
}

/** The quote split so that the figure's number alone is marked. */
export function highlightQuote(
  quote: string,
  mentions: readonly Mention[],
  value: number,
): TextPart[] {
  const mention = mentionOf(mentions, value);
  return splitText(quote, mention ? [mention] : []);
}
