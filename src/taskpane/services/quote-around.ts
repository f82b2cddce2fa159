// A verbatim quote for a number picked in a text: its sentence, cut to a readable length.

const maxLength = 240;

/**
 * A sentence ends at ! ? newline, or a full stop followed by space and a capital, digit or
 * quote (not "3.5", not the abbreviation in "3,5 тыс. сел").
 */
function endsSentence(text: string, i: number): boolean {
  const c = text[i] ?? "";
  if (c === "!" || c === "?" || c === "\n") return true;
  return c === "." && /^(?:\s*$|\s+["«“(—–-]?[\p{Lu}\d])/u.test(text.slice(i + 1, i + 4));
}

/** The sentence of text around [start, end), at most about maxLength characters, trimmed. */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1) && start - from < maxLength / 2) from -= 1;
  let to = end;
  while (to < text.length && !endsSentence(text, to) && to - end < maxLength / 2) to += 1;
  if (to < text.length && text[to] !== "\n") to += 1;
  return text.slice(from, to).trim();
}
