// Character classes shared by the number reader.
import { isLetterCode } from "./word-match";

/** Thousands separators: space, no-break space, narrow no-break space, thin space. */
export const GROUP_SPACE = "[ \\u00A0\\u202F\\u2009]";
/** Lower-case Cyrillic letters of Russian and Kazakh. */
export const CYR = "а-яёәғқңөұүһі";
/** Letters only Kazakh uses: their presence nearby tells a Kazakh sentence. */
export const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const LETTER = /\p{L}/u;
const LATIN = /[A-Za-z]/;

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Spaces that may stand between words: space, tab, line breaks, no-break, narrow and thin spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009
  );
}

export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
}

/** The word ending right before `end`, after at least one space; null when there is none. */
export function previousWord(text: string, end: number): Word | null {
  let i = end - 1;
  if (i < 0 || !isSpaceCode(text.charCodeAt(i))) return null;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  const wordEnd = i + 1;
  while (i >= 0 && isLetterCode(text.charCodeAt(i))) i--;
  const start = i + 1;
  if (start === wordEnd || wordEnd - start > 16) return null;
  return { start, end: wordEnd, lower: text.slice(start, wordEnd).toLowerCase() };
}
