// Quotes are compared with the texts after this: CSV editors and copy-paste turn NBSPs,
// thin spaces and line breaks into plain spaces (or back), which must not break a quote.

const SPACES = /[\s\u00a0\u202f\u2000-\u200d\u2060\ufeff]+/g;

/** Collapses every run of space-like characters (NBSP, NNBSP, thin, zero-width, newlines) to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACES, " ");
}
