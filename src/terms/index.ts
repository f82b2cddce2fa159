// The words the task pane, the workbook and the conflict messages share (sheet names, column
// headers, kinds, severities, statuses), in one place so they cannot drift apart. Plain data,
// no UI. Those the pane shows are in pane/ (its first bundle reads only them); the workbook
// reads all of them here.
import { en } from "./en";
import { kk } from "./kk";
import { paneTermsFor } from "./pane/index";
import { ru } from "./ru";
import type { TermLanguage, Terms, WorkbookTerms } from "./types";

export type { PaneTerms, TermLanguage, Terms } from "./types";

const workbookTerms: Record<TermLanguage, WorkbookTerms> = { en, ru, kk };

function merged(language: TermLanguage): Terms {
  const pane = paneTermsFor(language);
  const book = workbookTerms[language];
  return { ...book, ...pane, columns: { ...book.columns, ...pane.columns } };
}

const all: Record<TermLanguage, Terms> = { en: merged("en"), ru: merged("ru"), kk: merged("kk") };

export function termsFor(language: TermLanguage): Terms {
  return all[language];
}

/** A unit as a reader of the language writes it; an unknown unit shows as it is. */
export function unitName(language: TermLanguage, unit: string): string {
  return all[language].units[unit] ?? unit;
}
