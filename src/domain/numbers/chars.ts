// Character classes shared by the number reader.

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
