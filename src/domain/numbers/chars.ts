// Character classes of the number reader's regexes.

/** Thousands separators: space, no-break space, narrow no-break space, thin space. */
export const GROUP_SPACE = "[ \\u00A0\\u202F\\u2009]";
/** Lower-case Cyrillic letters of Russian and Kazakh. */
export const CYR = "а-яёәғқңөұүһі";
/** Letters only Kazakh uses: their presence nearby tells a Kazakh sentence. */
export const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
