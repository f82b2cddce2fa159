// Invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) are read as
// nothing: "2\u200B000" is 2000. Spans are mapped back so they still index the original text.

const INVISIBLE_TEST = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export interface Cleaned {
  text: string;
  /** offsets[i] = index in the original text of clean character i; null when nothing was removed. */
  offsets: Int32Array | null;
}

export function removeInvisible(text: string): Cleaned {
  if (!INVISIBLE_TEST.test(text)) return { text, offsets: null };
  const clean = text.replace(INVISIBLE, "");
  const offsets = new Int32Array(clean.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const invisible =
      code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
    if (!invisible) offsets[j++] = i;
  }
  offsets[clean.length] = text.length;
  return { text: clean, offsets };
}

/** Maps a [start, end) span of the clean text back to the original text. */
export function originalSpan(cleaned: Cleaned, start: number, end: number): [number, number] {
  const offsets = cleaned.offsets;
  if (!offsets) return [start, end];
  const first = offsets[start] ?? start;
  const last = end > start ? (offsets[end - 1] ?? end - 1) + 1 : first;
  return [first, last];
}
