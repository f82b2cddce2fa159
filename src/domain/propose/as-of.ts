// The as-of date of a figure: the year or period its sentence names (the nearest before the
// number, else after it: "по итогам 2025 года … 294", "2026–2027 жылдары 206 ауылда"); else a
// year the sentence names relative to the text's date line ("в прошлом году", "биыл және
// келесі жылы" → 2026-2027 for a text dated 2026); else "" (undated, as the curated figures
// file a number with no year of its own). A year that is the number itself is never its date.
import type { Mention } from "../types";

const RELATIVE: readonly [RegExp, number][] = [
  [
    /(?:в|за|по итогам)\s+(?:этом|текущем|этого|текущего)\s+год|с начала (?:этого |текущего )?года|(?<![\p{L}])биыл|(?<![\p{L}])ағымдағы жыл/iu,
    0,
  ],
  [
    /(?:в|за|по итогам)\s+(?:прошлом|прошлого|минувшем|минувшего)\s+год|(?<![\p{L}])былтыр|өткен жыл/iu,
    -1,
  ],
  [/(?:в|на)\s+(?:следующем|будущем|следующий)\s+год|келесі жыл/iu, 1],
];

/** A period the loader accepts: "2025", "2026-2027", or "" when the sentence dates nothing. */
export function asOfFor(
  sentenceMentions: readonly Mention[],
  mention: Mention,
  published: string,
  sentence = "",
): string {
  const years = sentenceMentions.filter((m) => m.kind === "year" && m !== mention);
  const before = years.filter((m) => m.end <= mention.start);
  const year = before[before.length - 1] ?? years.find((m) => m.start >= mention.end);
  if (year) return periodOf(year);
  const base = Number(published.slice(0, 4));
  if (!Number.isInteger(base) || base < 1900) return "";
  const offsets = RELATIVE.filter(([re]) => re.test(sentence)).map(([, d]) => base + d);
  if (offsets.length === 0) return "";
  const from = Math.min(...offsets);
  const to = Math.max(...offsets);
  return to > from ? `${from}-${to}` : `${from}`;
}

function periodOf(year: Mention): string {
  const from = Math.trunc(year.value);
  const to = year.upper === undefined ? undefined : Math.trunc(year.upper);
  return to !== undefined && to > from ? `${from}-${to}` : `${from}`;
}
