// Words around a number that make it something other than a quantity: a year, a date, an order or
// service number, an age.
import { CYR, GROUP_SPACE } from "./chars";
import { KK_MONTHS, RU_MONTHS } from "../calendar";
import type { Word } from "./scan";

const END = "(?![\\p{L}\\d])";

const MONTH_AFTER = new RegExp(
  `${GROUP_SPACE}(${RU_MONTHS.join("|")}|(?:${KK_MONTHS.join("|")})[${CYR}]*)${END}(?:${GROUP_SPACE}(\\d{4})(?!\\d))?`,
  "yu",
);

export interface DayMonth {
  end: number;
  /** YYYYMMDD, with YYYY = 0 when the year is not given. */
  value: number;
}

/** Initials of the month names, to skip the regex after most numbers. */
const MONTH_INITIALS = new Set([...RU_MONTHS, ...KK_MONTHS].map((m) => m.charCodeAt(0)));

/** "13 сентября 2024", "19 наурызда": the day number at `dayEnd` followed by a month name. */
export function dayMonthAfter(text: string, dayEnd: number, day: number): DayMonth | null {
  if (!MONTH_INITIALS.has(text.charCodeAt(dayEnd + 1))) return null;
  MONTH_AFTER.lastIndex = dayEnd;
  const m = MONTH_AFTER.exec(text);
  if (!m || m[1] === undefined) return null;
  const name = m[1];
  let month = RU_MONTHS.indexOf(name) + 1;
  if (month === 0) month = KK_MONTHS.findIndex((k) => name.startsWith(k)) + 1;
  const year = m[2] === undefined ? 0 : Number(m[2]);
  return { end: dayEnd + m[0].length, value: year * 10000 + month * 100 + day };
}

const YEAR_WORD = new RegExp(
  `${GROUP_SPACE}?(?:год[${CYR}]*|гг?\\.|жыл[${CYR}]*|ж\\.)(?![\\p{L}])`,
  "yu",
);
const LOWER_WORD = new RegExp(`${GROUP_SPACE}[${CYR}]`, "yu");

export function yearWordAfter(text: string, end: number): boolean {
  YEAR_WORD.lastIndex = end;
  return YEAR_WORD.test(text);
}

/**
 * A four-digit 1900–2100 is a year unless a lower-case word other than a year word follows it,
 * which makes it a count ("2000 камер").
 */
export function isYear(text: string, end: number, value: number): boolean {
  if (value < 1900 || value > 2100) return false;
  if (yearWordAfter(text, end)) return true;
  LOWER_WORD.lastIndex = end;
  return !LOWER_WORD.test(text);
}

const NUMERO_ABBREVIATION = /(?:N°|No\.)$/;

/** "№141", "№ 143", "No. 5", "по номеру 109", "нөміріне 109"; `word` is the word before `start`. */
export function identifierBefore(text: string, start: number, word: Word | null): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) === 0x20) i--;
  const c = text[i];
  if (c === "№") return true;
  if (c === "°" || c === ".")
    return NUMERO_ABBREVIATION.test(text.slice(Math.max(0, i - 2), i + 1));
  return word !== null && (word.lower.startsWith("номер") || word.lower.startsWith("нөмір"));
}

const AGE_AFTER = new RegExp(
  `(?:${GROUP_SPACE}дейін)?${GROUP_SPACE}(жас[${CYR}]*|лет|года?)${END}`,
  "yu",
);
const AGE_BEFORE = /возраст[\p{L}]*\s+(?:от\s+|до\s+)?$/iu;

/** Initials of the age words after a number, to skip the regex after most numbers. */
const AGE_INITIALS = new Set([..."джлг"].map((ch) => ch.charCodeAt(0)));

/** "12–18 жас", "в возрасте от 12 до 18 лет". */
export function isAge(text: string, start: number, end: number): boolean {
  if (!AGE_INITIALS.has(text.charCodeAt(end + 1))) return false;
  AGE_AFTER.lastIndex = end;
  const m = AGE_AFTER.exec(text);
  if (!m) return false;
  if (m[1]?.startsWith("жас")) return true;
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

const DURATION_OR_GRADE = new RegExp(
  `(?:${GROUP_SPACE}|-)(?:жыл(?:дан|дың|да|ға|ы|ын|ғы|дық|қа)?|ай(?:да|ға|дан|ы|лық)?|күн(?:де|ге|нен|і|дік)?|апта(?:да|ға|дан|лық)?|сағат(?:та|қа|тан|тық)?|минут(?:та|қа|тық)?|год|года|годы|лет|месяц(?:а|ев)?|недел[${CYR}]*|дня|дней|день|суток|час(?:а|ов)?|минут[${CYR}]*|сынып[${CYR}]*|класс[${CYR}]*|мәрте|есе|рет|раз|раза)(?![\\p{L}])`,
  "yu",
);
const DURATION_INITIALS = new Set([..."жакамгнлмдсчкәер"].map((ch) => ch.charCodeAt(0)));

/**
 * "алты жыл бұрын", "за 3 года", "1 сынып", "11-класс": a duration or a school grade, not a
 * quantity. `end` is where the number's own characters end (before any hyphenated suffix).
 */
export function isDurationOrGrade(text: string, end: number): boolean {
  if (!DURATION_INITIALS.has(text.charCodeAt(end + 1))) return false;
  DURATION_OR_GRADE.lastIndex = end;
  return DURATION_OR_GRADE.test(text);
}

const IDIOM_OF_ONE = /^[ \u00A0]+(?:из|мезетте|мезгілде|сәтте|ауыздан)(?![\p{L}])/u;
/** "аудандардың бірі": "one of the districts". */
const ONE_OF_GENITIVE =
  /(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?(?:ның|нің|дың|дің|тың|тің)[ \u00A0]+$/u;
const ONE_OF_FORMS = new Set(["одним", "одни", "одной", "одних", "одними"]);

/** "одним из", "одни из", "бір мезетте": a form of "one" in an idiom, not a number. */
export function isIdiomOfOne(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (word === "бірі" && ONE_OF_GENITIVE.test(text.slice(Math.max(0, start - 30), start)))
    return true;
  const m = IDIOM_OF_ONE.exec(text.slice(end, end + 16));
  if (!m) return false;
  return m[0].trim() === "из" ? ONE_OF_FORMS.has(word) : word === "бір";
}
