// A conflict's stated and implied values as a reader of a language writes numbers: "12,2%" and
// "14,4%" in ru and kk, "12.2%" and "14.4%" in en. The checks keep `stated` as the text writes
// it (decimal comma or point, groups of digits split by spaces) and `implied` in the English
// form (decimal point, comma groups: "1,234.5"); only the digits change, words stay.
import type { Conflict } from "../types";
import { formatNumber, type Lang } from "./messages";

/** Digits as a Russian or Kazakh text writes them: "1 234", "12,2", "12.2". */
const TEXT_NUMBER = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
/** Digits in the English form the checks compute: "1,234.5", "14.4". */
const EN_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

function reformat(
  text: string,
  lang: Lang,
  pattern: RegExp,
  decimal: RegExp,
  group: RegExp,
): string {
  return text.replace(pattern, (digits) => {
    const plain = digits.replace(group, "");
    const [whole = "", fraction = ""] = plain.split(decimal);
    return formatNumber(Number(`${whole}.${fraction || "0"}`), lang, fraction.length);
  });
}

/** What the text states, in the language's number form. */
export function statedIn(c: Pick<Conflict, "stated">, lang: Lang): string {
  return reformat(c.stated, lang, TEXT_NUMBER, /[.,]/, /[ \u00a0\u202f]/g);
}

/** What the other figures imply, in the language's number form. */
export function impliedIn(c: Pick<Conflict, "implied">, lang: Lang): string {
  return reformat(c.implied, lang, EN_NUMBER, /\./, /,/g);
}
