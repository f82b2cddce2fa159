// The pane's current language, given to every component; t() and number formatting follow it.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import {
  formatDate,
  formatNumber,
  localeOf,
  translate,
  type MessageKey,
  type MessageParams,
  type UiLanguage,
} from "../../i18n/index";
import { Refusal } from "../../excel/refusal";

export interface I18n {
  language: UiLanguage;
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  date: (iso: string) => string;
  /** "An error occurred: <message>" for a failed action (an Error's message, else the value). */
  failed: (error: unknown) => string;
}

function i18nFor(language: UiLanguage): I18n {
  return {
    language,
    locale: localeOf(language),
    t: (key, params) => translate(language, key, params),
    number: (value, digits) => formatNumber(language, value, digits),
    date: (iso) => formatDate(language, iso),
    failed: (error) => failureMessage(language, error),
  };
}

/** What went wrong, in the pane's language: a load Sanaq refused says why and what to do. */
export function failureMessage(language: UiLanguage, error: unknown): string {
  if (error instanceof Refusal) {
    const { sheet, range, table } = error.params;
    return translate(language, `refusal.${error.kind}`, { sheet, range, table });
  }
  return translate(language, "errors.unexpected", {
    message: error instanceof Error ? error.message : String(error),
  });
}

const I18nContext = createContext<I18n>(i18nFor("en"));

export function I18nProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  const value = useMemo(() => i18nFor(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
