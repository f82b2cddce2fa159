// The number reader: every numeric mention of a Russian or Kazakh news text, in one pass.
// A char-code loop finds candidates (a digit, or a whole number word); small sticky regexes then
// read the number, what follows it (multiplier, unit, case suffix, qualifier) and a short window
// before it (qualifier, "№", "возрасте"). Invisible characters (soft hyphen, zero-width space) are
// read as nothing: when the loop meets one, the text is read again without them, and the spans
// mapped back to the original text.
//
// Conventions: a date's value is YYYYMMDD (YYYY = 0 when the year is missing); a technology's is
// its generation (4G → 4); identifiers (№141, iKomek109, runs over 15 digits) and digits glued to
// letters keep the digits' own value, so a look-alike letter ("1О0") never joins two runs into one
// number. Qualifiers are kept for quantities only (count, percent, money, length, area) and ranges.
import type { Kind, Mention, Qualifier } from "../types";
import { KAZAKH_ONLY } from "./chars";
import {
  dayMonthAfter,
  identifierBefore,
  isAge,
  isDurationOrGrade,
  isIdiomOfOne,
  isYear,
  yearWordAfter,
} from "./context";
import { originalSpan, removeInvisible } from "./invisible";
import {
  candidateWord,
  isDigitCode,
  isInvisibleCode,
  isLatinCode,
  isLetterCode,
  nextCandidate,
  numberWordAt,
  previousWord,
  type Word,
  type WordHit,
} from "./scan";
import { BEFORE_STARTS, qualifierAfter, qualifierBefore } from "./qualifiers";
import { isAblative, isDative, NO_TAIL, readTail, type Tail } from "./tail";
import { readDigits, readWords, type Core } from "./core";

const TECHNOLOGY = /[GgГ](?![\p{L}\d])/uy;
const DASH = /(?:[ \u00A0]?[–—][ \u00A0]?|-)(?=\d)/y;
const DASH_START = new Set([..." \u00A0–—-"].map((ch) => ch.charCodeAt(0)));
const TO = /[ \u00A0]+до[ \u00A0]+(?=\d|\p{L})/uy;
const KK_SPACE = /[ \u00A0]+(?=\d|\p{L})/uy;
const KK_UNTIL = /[ \u00A0]+дейін(?![\p{L}])/uy;

/** A number with what follows it, before it is classified. */
interface Reading {
  core: Core;
  tail: Tail;
  value: number;
  /** End of the number and its tail. */
  end: number;
}

/** Kinds that are quantities; the rest (years, dates, identifiers…) checks ignore. */
export const QUANTITIES: ReadonlySet<Kind> = new Set([
  "count",
  "percent",
  "money",
  "length",
  "area",
]);

export function readNumbers(text: string): Mention[] {
  const found = readAll(text);
  if (found) return found;
  const cleaned = removeInvisible(text);
  const mentions = readAll(cleaned.text) ?? [];
  for (const m of mentions) {
    [m.start, m.end] = originalSpan(cleaned, m.start, m.end);
    m.text = text.slice(m.start, m.end);
  }
  return mentions;
}

/** Every mention of a text, or null when the text holds an invisible character. */
function readAll(text: string): Mention[] | null {
  const found: Mention[] = [];
  let from = 0;
  for (;;) {
    const at = nextCandidate(text, from);
    if (at < 0) break;
    const c = text.charCodeAt(at);
    if (isInvisibleCode(c)) return null;
    const word = c >= 0x30 && c <= 0x39 ? null : candidateWord();
    const mention = readAt(text, at, word);
    if (!mention) {
      from = word ? word.end : at + 1;
      continue;
    }
    from = mention.end;
    mention.text = text.slice(mention.start, mention.end);
    found.push(mention);
  }
  return found;
}

function read(text: string, at: number, word: WordHit | null): Reading | null {
  const core = word ? readWords(text, at, word) : readDigits(text, at);
  if (!core) return null;
  if (core.word?.kazakhOnly && !nearKazakh(text, at)) return null;
  const tail: Tail = core.kind ? NO_TAIL : readTail(text, core.end);
  return { core, tail, value: scale(core, tail.multiplier), end: core.end + tail.length };
}

function readAt(text: string, at: number, word: WordHit | null): Mention | null {
  const first = read(text, at, word);
  if (!first) return null;
  const { core, tail } = first;
  if (core.word?.one && isIdiomOfOne(text, core.start, core.end)) return null;
  let start = core.start;
  let end = first.end;
  let value = first.value;
  let upper: number | undefined;
  let unit = tail.unit;
  let kind: Kind = tail.kind ?? "count";
  if (core.word?.percent) [kind, unit] = ["percent", "%"];
  let qualifier: Qualifier = "exact";

  const previous = previousWord(text, start, BEFORE_STARTS);
  const before = qualifierBefore(text, previous);
  const range = core.kind ? null : readRange(text, first, before?.word === "от");
  if (range) {
    if (before?.word === "от") start = before.start;
    end = range.second.end;
    value = range.lower;
    upper = range.upper;
    unit = range.second.tail.unit || unit;
    kind = range.second.tail.kind ?? kind;
    qualifier = "range";
  } else if (before) {
    qualifier = before.qualifier;
  }
  const last = range ? range.second : first;
  if (!range && first.tail.multiplier > 1 && first.tail.unit === "") {
    // "3 млрд 900 млн тенге": one sum in two multipliers.
    const more = lowerMultiple(text, first);
    if (more) {
      end = more.end;
      value += more.value;
      unit = more.tail.unit;
      kind = more.tail.kind ?? kind;
    }
  }
  if (!range) {
    const after = qualifierAfter(text, end, endingOf(last));
    if (after) qualifier = after;
    // "2 млрдтан астам теңге": the currency after the qualifier word.
    if (after && kind === "count" && CURRENCY_AFTER_QUALIFIER.test(text.slice(end, end + 40)))
      [kind, unit] = ["money", "KZT"];
  }

  const classified = classify(text, first, range, start, end, previous);
  if (classified) {
    kind = classified.kind;
    end = classified.end ?? end;
    value = classified.value ?? value;
    if (classified.upper !== undefined) upper = classified.upper;
  }
  // A measure with a unit (a speed: "8 Мбит/с-тен төмен") keeps its qualifier like a quantity.
  if (!QUANTITIES.has(kind) && qualifier !== "range" && unit === "") qualifier = "exact";
  else if (!range && core.digits && isMinus(text, start)) {
    // "−5%", " -3": the sign is part of the number; dropping it would read a different one.
    start -= 1;
    value = -value;
  }
  const mention: Mention = { text: "", start, end, value, qualifier, unit, kind };
  if (qualifier === "range" && upper !== undefined) mention.upper = upper;
  return mention;
}

/** "2 млрдтан астам теңге", "2 млрдтан астам қаржы" (funds): money named after the qualifier. */
const CURRENCY_AFTER_QUALIFIER =
  /^[ \u00A0]+(?:астам|аса|артық|жуық|шамасында|с лишним)[ \u00A0]+(?:теңге|тенге|₸|қаржы|қаражат)/u;
const SPACE_DIGIT = /[ \u00A0]+(?=\d)/y;

/** "3 млрд 900 млн": a second number right after, with a smaller multiplier. */
function lowerMultiple(text: string, first: Reading): Reading | null {
  SPACE_DIGIT.lastIndex = first.end;
  const space = SPACE_DIGIT.exec(text);
  if (!space) return null;
  const next = read(text, first.end + space[0].length, null);
  if (!next || next.core.kind) return null;
  const m = next.tail.multiplier;
  return m > 1 && m < first.tail.multiplier && next.core.value < first.tail.multiplier / m
    ? next
    : null;
}

interface Range {
  lower: number;
  upper: number;
  second: Reading;
  /** "2026–27 годы": a year and the last two digits of another. */
  shortYears: boolean;
}

/** 300–400, 300-400, от 12 до 18, 12-ден 18-ге дейін; the upper bound must be larger. */
function readRange(text: string, first: Reading, fromWord: boolean): Range | null {
  if (first.tail.ordinal) return null;
  const at = first.end;
  let next = -1;
  let kazakh = false;
  if (first.tail.ending === "" && DASH_START.has(text.charCodeAt(at))) {
    DASH.lastIndex = at;
    const dash = DASH.exec(text);
    if (dash) next = at + dash[0].length;
  }
  if (next < 0 && fromWord) {
    TO.lastIndex = at;
    const to = TO.exec(text);
    if (to) next = at + to[0].length;
  }
  if (next < 0 && isAblative(endingOf(first))) {
    KK_SPACE.lastIndex = at;
    const space = KK_SPACE.exec(text);
    if (space) {
      next = at + space[0].length;
      kazakh = true;
    }
  }
  if (next < 0) return null;
  const digit = isDigitCode(text.charCodeAt(next));
  const word = digit ? null : numberWordAt(text, next);
  if (!word && !digit) return null;
  const second = read(text, next, word);
  if (!second || second.core.kind) return null;
  if (isShortYearPair(text, first, second)) {
    const upper = Math.floor(first.core.value / 100) * 100 + second.core.value;
    return upper > first.core.value
      ? { lower: first.value, upper, second, shortYears: true }
      : null;
  }
  if (kazakh) {
    // "12-ден 18-ге дейін"; a unit that takes no ending may stand bare: "8 Мбит/с-тен 200 Мбит/с дейін".
    if (!isDative(endingOf(second)) && second.tail.unit === "") return null;
    KK_UNTIL.lastIndex = second.end;
    if (!KK_UNTIL.test(text)) return null;
  }
  // "от 10 до 20 тысяч": the multiplier of the upper bound applies to the lower one, unless the
  // lower one is the larger figure ("от 500 до 1 тысячи").
  let lower = first.value;
  if (
    first.tail.multiplier === 1 &&
    second.tail.multiplier !== 1 &&
    first.core.value < second.core.value
  ) {
    lower = scale(first.core, second.tail.multiplier);
  }
  if (!(second.value > lower)) return null;
  return { lower, upper: second.value, second, shortYears: false };
}

function isShortYearPair(text: string, first: Reading, second: Reading): boolean {
  const { core } = second;
  return (
    core.digits &&
    core.integer &&
    core.end - core.start === 2 &&
    second.tail.length === 0 &&
    yearWordAfter(text, core.end) &&
    isYearReading(text, first)
  );
}

interface Classified {
  kind: Kind;
  end?: number;
  value?: number;
  upper?: number;
}

function isDay(r: Reading): boolean {
  return (
    r.core.digits &&
    r.core.integer &&
    r.core.value >= 1 &&
    r.core.value <= 31 &&
    r.tail.length === 0
  );
}

/** One shared result per kind when only the kind changes (most numbers): no object per number. */
const KIND_ONLY = new Map<Kind, Classified>(
  (["date", "year", "identifier", "technology", "age", "other"] as const).map((k) => [
    k,
    { kind: k },
  ]),
);

function kindOnly(kind: Kind): Classified {
  return KIND_ONLY.get(kind) ?? { kind };
}

function classify(
  text: string,
  first: Reading,
  range: Range | null,
  start: number,
  end: number,
  previous: Word | null,
): Classified | null {
  const { core, tail } = first;
  if (core.kind) return kindOnly(core.kind);
  const second = range?.second ?? null;
  const shortYears = range?.shortYears ?? false;
  const last = second ?? first;
  const before = text.charCodeAt(core.start - 1);
  if (core.digits) {
    if (isDay(first) && (!second || isDay(second))) {
      const date = dayMonthAfter(text, last.end, last.core.value);
      if (date && !second) return { kind: "date", end: date.end, value: date.value };
      // "13–15 сентября 2024": both days take the month and year of the second.
      if (date)
        return {
          kind: "date",
          end: date.end,
          value: date.value - last.core.value + core.value,
          upper: date.value,
        };
    }
    if (identifierBefore(text, core.start, previous)) return kindOnly("identifier");
    if (brandBefore(text, core.start) || microdistrictAfter(text, last.end))
      return kindOnly("identifier");
    if (isLetterCode(before)) return kindOnly(isLatinCode(before) ? "identifier" : "other");
    if (before === 0x2d && isLetterCode(text.charCodeAt(core.start - 2)))
      return kindOnly("identifier");
    if (!second && core.integer && core.end - core.start <= 2 && tail.length === 0) {
      TECHNOLOGY.lastIndex = core.end;
      const tech = TECHNOLOGY.exec(text);
      if (tech) return { kind: "technology", end: core.end + tech[0].length };
    }
    const after = text.charCodeAt(last.end);
    if (isLetterCode(after)) return kindOnly(isLatinCode(after) ? "identifier" : "other");
  }
  // Beyond 15 digits a double is no longer the number written: an account or phone number.
  if (
    core.digits &&
    core.end - core.start > 15 &&
    text.slice(core.start, core.end).replace(/\D/g, "").length > 15
  )
    return kindOnly("identifier");
  if (tail.ordinal || last.tail.ordinal) return kindOnly("other");
  if (tail.kind) return null;
  if (isYearReading(text, first) && (!second || shortYears || isYearReading(text, second)))
    return kindOnly("year");
  if (isAge(text, start, end)) return kindOnly("age");
  if (!second && tail.multiplier === 1 && isDurationOrGrade(text, core.end))
    return kindOnly("other");
  if (core.word?.ordinal || (core.word && /(?:ншы|нші)(?:[сд]?[іыеа]н?)?$/.test(core.ending)))
    return kindOnly("other");
  return null;
}

/** "10 микрорайон", "25-м микрорайоне": the number names the district. */
const MICRODISTRICT = /^(?:-[\p{L}]{1,3})?[ \u00A0]+(?:микрорайон|мкр|шағын аудан)/u;

/** "Tele 2", "Galaxy 5": a number right after a capitalised Latin word is part of a name. */
function brandBefore(text: string, start: number): boolean {
  // Most numbers follow a Cyrillic word or a sign: two char tests, no substring.
  if (text.charCodeAt(start - 1) !== 0x20 || !isLatinCode(text.charCodeAt(start - 2))) return false;
  return /[A-Z][A-Za-z]+ $/.test(text.slice(Math.max(0, start - 16), start));
}

function microdistrictAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0 && c !== 0x2d) return false;
  return MICRODISTRICT.test(text.slice(end, end + 14));
}

function isYearReading(text: string, r: Reading): boolean {
  if (!r.core.digits || !r.core.integer || r.core.grouped || r.core.end - r.core.start !== 4)
    return false;
  if (r.tail.multiplier !== 1 || r.tail.kind) return false;
  if (r.tail.length !== 0)
    return r.core.value >= 1900 && r.core.value <= 2100 && r.tail.ending !== "";
  // Any four digits before a year word ("1812 году"); 1900–2100 also alone ("(2025)").
  return yearWordAfter(text, r.core.end) || isYear(text, r.core.end, r.core.value);
}

/** A minus sign right before `start`: U+2212, or a hyphen not joined to a word or number before it. */
function isMinus(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c === 0x2212) return true;
  if (c !== 0x2d) return false;
  const before = text.charCodeAt(start - 2);
  return !(before >= 0x30 && before <= 0x39) && !isLetterCode(before) && before !== 0x2d;
}

/** The case ending of the number's last word: its tail's, or a number word's own. */
function endingOf(r: Reading): string {
  return r.tail.ending || r.core.ending;
}

function scale(core: Core, multiplier: number): number {
  // Integer digits times the multiplier, then the decimal shift: 356,2 тысячи is exactly 356200.
  return (core.units * multiplier) / core.divisor;
}

/** Kazakh "он" (ten) is Russian "он" (he): a number only with Kazakh letters nearby. */
function nearKazakh(text: string, at: number): boolean {
  return KAZAKH_ONLY.test(text.slice(Math.max(0, at - 60), at + 60));
}
