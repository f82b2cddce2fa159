// Invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) are read as
// nothing: "2\u200B000" is 2000. Spans are mapped back so they still index the original text.
import { isInvisibleCode } from "./scan";

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export interface Cleaned {
  text: string;
  /** offsets[i] = index in the original text of clean character i. */
  offsets: Int32Array;
}

export function removeInvisible(text: string): Cleaned {
  const clean = text.replace(INVISIBLE, "");
  const offsets = new Int32Array(clean.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisibleCode(text.charCodeAt(i))) offsets[j++] = i;
  }
  offsets[clean.length] = text.length;
  return { text: clean, offsets };
}

/** Maps a [start, end) span of the clean text back to the original text. */
export function originalSpan(cleaned: Cleaned, start: number, end: number): [number, number] {
  const offsets = cleaned.offsets;
  const first = offsets[start] ?? start;
  const last = end > start ? (offsets[end - 1] ?? end - 1) + 1 : first;
  return [first, last];
}
