// The number itself, before any multiplier or unit: digits with thousands groups and a decimal
// comma, ISO and dotted dates, clock times, or number words ("двадцать пять", "он бір", "екі жүз").
import type { Kind } from "../types";
import { GROUP_SPACE, sticky } from "./chars";
import type { NumberWord } from "./number-words";
import { numberWordAt, type WordHit } from "./scan";

export interface Core {
  start: number;
  end: number;
  /** value = units / divisor (272,5 → 2725 / 10); kept apart so multipliers stay exact. */
  units: number;
  divisor: number;
  value: number;
  digits: boolean;
  integer: boolean;
  /** Written with thousands separators ("4 000"). */
  grouped: boolean;
  /** Set when the core alone decides the kind (ISO date, clock time). */
  kind?: Kind;
  /** Last letters of a number word (its case ending); "" for digits. */
  ending: string;
  word?: NumberWord;
}

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const DOTTED_DATE = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/y;
const CLOCK = /([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/y;
// A thousands group is exactly three digits after a 1–3 digit head: "4 000" but not "2024 году и 27".
const GROUPED = new RegExp(`\\d{1,3}(?:${GROUP_SPACE}\\d{3}(?!\\d))+(?:,\\d+(?![.,]?\\d))?`, "y");
const SPACES = /[ \u00A0]+/y;

/** A core whose kind is decided by its shape alone (a date, a clock time). */
function fixedCore(start: number, text: string, value: number, kind: Kind): Core {
  const end = start + text.length;
  return {
    start,
    end,
    units: value,
    divisor: 1,
    value,
    digits: true,
    integer: true,
    grouped: false,
    kind,
    ending: "",
  };
}

function dateCore(start: number, text: string, y: number, mo: number, d: number): Core | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return fixedCore(start, text, y * 10000 + mo * 100 + d, "date");
}

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The digits at `at`; the char after the first digit run picks which shape to try. */
export function readDigits(text: string, at: number): Core | null {
  let j = at;
  while (digitAt(text, j)) j++;
  const run = j - at;
  const next = text.charCodeAt(j);
  let m: RegExpExecArray | null;
  if (next === 0x2d && run === 4 && (m = sticky(ISO_DATE, text, at))) {
    const date = dateCore(at, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return date;
  }
  if (next === 0x2e && run <= 2 && (m = sticky(DOTTED_DATE, text, at))) {
    const date = dateCore(at, m[0], Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) return date;
  }
  if (next === 0x3a && run <= 2 && (m = sticky(CLOCK, text, at))) {
    return fixedCore(at, m[0], Number(m[1]) * 100 + Number(m[2]), "other");
  }
  if (run <= 3 && isGroupSpace(next) && (m = sticky(GROUPED, text, at))) {
    const [whole = "", frac = ""] = m[0].replace(/[^\d,]/g, "").split(",");
    return digitCore(at, at + m[0].length, Number(whole + frac), frac.length, true);
  }
  // Plain digits, with a decimal comma or point unless another separator and digit follow (1.2.3).
  // Read by char codes: no substring per number.
  // Up to 15 digits a double holds the number exactly; longer runs (identifiers) get the nearest
  // double, which Number() rounds correctly and the running sum would not.
  let units = 0;
  if (run > 15) units = Number(text.slice(at, j));
  else for (let i = at; i < j; i++) units = units * 10 + text.charCodeAt(i) - 0x30;
  if ((next === 0x2c || next === 0x2e) && digitAt(text, j + 1)) {
    let k = j + 1;
    while (digitAt(text, k)) k++;
    const after = text.charCodeAt(k);
    if (!((after === 0x2c || after === 0x2e) && digitAt(text, k + 1))) {
      if (k - at - 1 > 15) units = Number(text.slice(at, j) + text.slice(j + 1, k));
      else for (let i = j + 1; i < k; i++) units = units * 10 + text.charCodeAt(i) - 0x30;
      return digitCore(at, k, units, k - j - 1, false);
    }
  }
  return digitCore(at, j, units, 0, false);
}

function digitCore(
  start: number,
  end: number,
  units: number,
  decimals: number,
  grouped: boolean,
): Core {
  const divisor = 10 ** decimals;
  return {
    start,
    end,
    units,
    divisor,
    value: units / divisor,
    digits: true,
    integer: decimals === 0,
    grouped,
    ending: "",
  };
}

/** A number word and the words that extend it: "сто двадцать пять", "он бір", "екі жүз". */
export function readWords(text: string, at: number, hit: WordHit): Core {
  const word = hit.word;
  let total = word.value;
  let last = word.value;
  let end = hit.end;
  let lastStart = at;
  let compound = false;
  for (;;) {
    SPACES.lastIndex = end;
    const space = SPACES.exec(text);
    if (!space) break;
    const next = numberWordAt(text, end + space[0].length);
    if (!next) break;
    const n = next.word.value;
    if (n === 100 && total < 10 && Number.isInteger(total)) total *= 100;
    else if (last >= 100 && n < 100 && total % 100 === 0) total += n;
    else if (last >= 10 && last % 10 === 0 && n < 10 && total % 10 === 0) total += n;
    else break;
    last = n;
    lastStart = end + space[0].length;
    end = next.end;
    compound = true;
  }
  const integer = Number.isInteger(total);
  return {
    start: at,
    end,
    units: integer ? total : total * 10,
    divisor: integer ? 1 : 10,
    value: total,
    digits: false,
    integer,
    grouped: false,
    ending: text.slice(lastStart, end).toLowerCase(),
    word: compound ? { ...word, one: false } : word,
  };
}
