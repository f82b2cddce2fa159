// Character classes of the number reader's regexes, and how they are run.

/** Thousands separators: space, no-break space, narrow no-break space, thin space. */
export const GROUP_SPACE = "[ \\u00A0\\u202F\\u2009]";
/** Lower-case Cyrillic letters of Russian and Kazakh. */
export const CYR = "а-яёәғқңөұүһі";
/** Letters only Kazakh uses: their presence nearby tells a Kazakh sentence. */
export const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** Runs a sticky (y) regex at `at`: a match starting exactly there, or null. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
