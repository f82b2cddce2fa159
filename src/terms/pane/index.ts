// The terms the pane shows (src/i18n reads them): apart from the workbook's, so the pane's
// first bundle does not carry every column header, role and unit of the workbook.
import type { PaneTerms, TermLanguage } from "../types";
import { en } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

const all: Record<TermLanguage, PaneTerms> = { en, ru, kk };

export function paneTermsFor(language: TermLanguage): PaneTerms {
  return all[language];
}
