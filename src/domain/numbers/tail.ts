// What follows a number and belongs to it: a multiplier (тысяч, млн, мың), a percent sign or word,
// a unit (км, шаршы метр, тенге) and a hyphenated case suffix (353-тен, 48,3%-ы, 24-і).
import type { Kind } from "../types";
import { CYR, GROUP_SPACE, sticky } from "./chars";

export interface Tail {
  /** Characters read (0 when nothing follows). */
  length: number;
  multiplier: number;
  unit: string;
  /** percent, money, length or area when a unit was read; null for a plain count. */
  kind: Kind | null;
  /** The letters of the last word read (case ending), "" when none. */
  ending: string;
  /** A hyphenated Russian or Kazakh ordinal ending: 5-й, 2-ші. */
  ordinal: boolean;
}

const SP = `${GROUP_SPACE}?`;
const END = "(?![\\p{L}\\d])";

// Each regex comes with the chars its word or sign can start with (after the optional space), so
// the ones that cannot match the text are not run.
const MULTIPLIERS: ReadonlyArray<[RegExp, number, string]> = [
  [new RegExp(`${SP}(?:тыс\\.|(?:тыс|тысяч[${CYR}]*)${END})`, "yu"), 1e3, "т"],
  // Kazakh glues case endings to the abbreviations too: "2 млрдтан астам", "5 млн-нан".
  [new RegExp(`${SP}(?:млн\\.|(?:млн|миллион)[${CYR}]*${END})`, "yu"), 1e6, "м"],
  [new RegExp(`${SP}(?:млрд\\.|(?:млрд|миллиард)[${CYR}]*${END})`, "yu"), 1e9, "м"],
  [new RegExp(`${SP}(?:трлн\\.|(?:трлн|триллион)[${CYR}]*${END})`, "yu"), 1e12, "т"],
  [new RegExp(`${SP}мың[${CYR}]*${END}`, "yu"), 1e3, "м"],
];

const UNITS: ReadonlyArray<[RegExp, string, Kind, string]> = [
  [new RegExp(`${SP}(?:%|проц\\.|(?:процент|пайыз)[${CYR}]*${END})`, "yu"), "%", "percent", "%п"],
  [
    new RegExp(`${SP}(?:(?:шаршы|кв\\.?)${GROUP_SPACE}?(?:км|шақырым[${CYR}]*)${END}|км²)`, "yu"),
    "km2",
    "area",
    "шк",
  ],
  [
    new RegExp(
      `${SP}(?:(?:шаршы${GROUP_SPACE}|квадратн[${CYR}]*${GROUP_SPACE})метр[${CYR}]*${END}|кв\\.?${GROUP_SPACE}?м(?:етр[${CYR}]*)?${END}|м²|м2${END})`,
      "yu",
    ),
    "m2",
    "area",
    "шкм",
  ],
  [new RegExp(`${SP}(?:км${END}|(?:километр|шақырым)[${CYR}]*${END})`, "yu"), "km", "length", "кш"],
  [new RegExp(`${SP}(?:метр[${CYR}]*${END}|м${END})`, "yu"), "m", "length", "м"],
  // Speeds are measures with no kind of their own: "other", with their unit.
  [new RegExp(`${SP}(?:мбит|mbit|мб|mb)(?:/сек|/с|/s|ps)?${END}`, "iyu"), "mbps", "other", "мМmM"],
  [new RegExp(`${SP}(?:гбит|gbit|гб|gb)(?:/сек|/с|/s|ps)?${END}`, "iyu"), "gbps", "other", "гГgG"],
  [new RegExp(`${SP}(?:₸|(?:тенге|теңге)[${CYR}]*${END}|тг\\.)`, "yu"), "KZT", "money", "₸т"],
];

const HYPHEN_SUFFIX = new RegExp(`-([${CYR}]{1,5})${END}`, "yu");
/** Russian ordinal endings (5-й, 10-го) and Kazakh ones (2-ші, 1-інші). */
const ORDINAL = /^(?:й|я|е|го|му|м|ый|ой|ий|ая|ое|ые|ых|ым|ом|ую|.*ші|.*шы)$/;
/** CYR_CODE[c - 0x400] = 1 for the letters of CYR. */
const CYR_CODE = Uint8Array.from({ length: 0x100 }, (_, k) =>
  new RegExp(`[${CYR}]`, "u").test(String.fromCharCode(0x400 + k)) ? 1 : 0,
);

/** The letters of CYR that end text[from, end): the run of them right before `end`. */
function lastWord(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && CYR_CODE[text.charCodeAt(i - 1) - 0x400] === 1) i--;
  return i === end ? "" : text.slice(i, end);
}

/** The first char at `at`, past one optional thousands space (the SP of the regexes below). */
function firstAfterSpace(text: string, at: number): string {
  const c = text.charCodeAt(at);
  const skip = c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
  return text.charAt(skip ? at + 1 : at);
}

/** What follows most numbers: nothing of theirs. */
export const NO_TAIL: Tail = {
  length: 0,
  multiplier: 1,
  unit: "",
  kind: null,
  ending: "",
  ordinal: false,
};

/** Signs that start a tail by themselves. */
const TAIL_SIGNS = new Set([..."%-₸"].map((ch) => ch.charCodeAt(0)));
/** First two letters of the tail words: тыс, млн, мың, процент, пайыз, шаршы, км, кв, тенге… */
const TAIL_PAIRS = new Set(
  [
    ..."ты тг те тр мл ми мы м² м2 пр па ша км кв ки ме мб Мб mb Mb МБ MB гб Гб gb Gb ГБ GB".split(
      " ",
    ),
  ].map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)),
);

function isLetterAt(text: string, i: number): boolean {
  return /\p{L}/u.test(text.charAt(i));
}

/** Nothing of a tail can follow: most numbers stand before a plain noun. */
function noTail(text: string, at: number): boolean {
  let i = at;
  let c = text.charCodeAt(i);
  if (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009) c = text.charCodeAt(++i);
  if (TAIL_SIGNS.has(c)) return false;
  // "5 м", "5 м." : the metre abbreviation alone, whatever follows it.
  if (c === 0x43c && !isLetterAt(text, i + 1)) return false;
  return !TAIL_PAIRS.has(c * 0x10000 + text.charCodeAt(i + 1));
}

export function readTail(text: string, at: number): Tail {
  if (noTail(text, at)) return NO_TAIL;
  let end = at;
  let multiplier = 1;
  let unit = "";
  let kind: Kind | null = null;
  let ordinal = false;
  let first = firstAfterSpace(text, end);
  for (const [re, factor, initials] of MULTIPLIERS) {
    if (!initials.includes(first)) continue;
    const m = sticky(re, text, end);
    if (m) {
      multiplier = factor;
      end += m[0].length;
      break;
    }
  }
  first = firstAfterSpace(text, end);
  for (const [re, name, unitKind, initials] of UNITS) {
    if (!initials.includes(first)) continue;
    const m = sticky(re, text, end);
    if (m) {
      unit = name;
      kind = unitKind;
      end += m[0].length;
      break;
    }
  }
  const suffix = text.charCodeAt(end) === 0x2d ? sticky(HYPHEN_SUFFIX, text, end) : null;
  if (suffix) {
    end += suffix[0].length;
    ordinal = kind === null && ORDINAL.test(suffix[1] ?? "");
  }
  const ending = end > at ? lastWord(text, Math.max(at, end - 12), end) : "";
  return { length: end - at, multiplier, unit, kind, ending, ordinal };
}

/** Kazakh ablative (-нан/-нен/-дан/-ден/-тан/-тен): "353-тен астам". */
export function isAblative(ending: string): boolean {
  return ending.length >= 3 && /[ндт][ае]н$/.test(ending);
}

/** Kazakh dative (-ға/-ге/-қа/-ке/-на/-не/-а/-е): "400 мыңға дейін". */
export function isDative(ending: string): boolean {
  return ending !== "" && /[аеә]$/.test(ending);
}
