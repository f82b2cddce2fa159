// Quotes are compared with the texts after this: CSV editors and copy-paste turn NBSPs,
// thin spaces and line breaks into plain spaces (or back), which must not break a quote.

const SPACE = "[\\s\\u00a0\\u202f\\u2000-\\u200d\\u2060\\ufeff]";
const SPACES = new RegExp(`${SPACE}+`, "g");

/** Collapses every run of space-like characters (NBSP, NNBSP, thin, zero-width, newlines) to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACES, " ");
}

/** [start, end) of every occurrence of `part` in `text` (overlapping too), spaces compared as above. */
export function findAll(text: string, part: string): [number, number][] {
  const found: [number, number][] = [];
  const words = normalizeSpace(part).trim();
  if (words === "") return found;
  const escaped = words.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join(`${SPACE}+`), "g");
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push([m.index, m.index + m[0].length]);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
