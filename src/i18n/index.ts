// The pane's languages, message lookup and locale formatting. Pure: no DOM, no Office.
import { KK_MONTHS } from "../domain/calendar";
import { en, type MessageKey } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

export type { MessageKey } from "./en";

export type UiLanguage = "en" | "ru" | "kk";

export const uiLanguages: readonly UiLanguage[] = ["kk", "ru", "en"];

/** Each language's own name, shown in the switcher whatever the current language is. */
export const languageNames: Record<UiLanguage, string> = {
  kk: "Қазақша",
  ru: "Русский",
  en: "English",
};

export const catalogs: Record<UiLanguage, Record<MessageKey, string>> = { en, ru, kk };

const locales: Record<UiLanguage, string> = { en: "en-US", ru: "ru-RU", kk: "kk-KZ" };

export function localeOf(language: UiLanguage): string {
  return locales[language];
}

/**
 * Locale of number formats. Kazakh writes numbers as Russian does (CLDR kk: decimal comma,
 * no-break-space groups), and Chromium builds without kk locale data (Debian's, some WebView2
 * setups) fall back to "12.2" for kk-KZ, so numbers use ru-RU's rules for kk.
 */
const numberLocales: Record<UiLanguage, string> = { en: "en-US", ru: "ru-RU", kk: "ru-RU" };

/** Office's display language ("kk-KZ", "ru-RU", "en-US", ...) or navigator.language to a pane language. */
export function pickLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  if (primary === "kk") return "kk";
  if (primary === "ru") return "ru";
  return "en";
}

export type MessageParams = Record<string, string | number>;

/** The message for key with {name} placeholders filled; numbers are formatted for the language. */
export function translate(
  language: UiLanguage,
  key: MessageKey,
  params: MessageParams = {},
): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(language, value) : value;
  });
}

/**
 * One Intl formatter per language and options, made once: making one loads the locale's data
 * and costs about a millisecond (a pane's first summary formats dozens of numbers).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(
  language: UiLanguage,
  value: number,
  maximumFractionDigits = 2,
): string {
  const locale = numberLocales[language];
  return cached(
    `number ${locale} ${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(value);
}

/** An ISO date (YYYY-MM-DD) for the language; other text is returned as is. */
export function formatDate(language: UiLanguage, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // CLDR kk long date: "2026 ж. 13 қаңтар".
  if (language === "kk") return `${year} ж. ${day} ${KK_MONTHS[month - 1] ?? month}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  const locale = locales[language];
  return cached(
    `date ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  ).format(date);
}
