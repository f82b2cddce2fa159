// The words the task pane, the workbook and the conflict messages share (sheet names, column
// headers, kinds, severities, statuses), in one place so they cannot drift apart. Plain data:
// no UI, small enough for the pane's first bundle.
import { en } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { TermLanguage, Terms } from "./types";

export type { TermLanguage, Terms } from "./types";

const all: Record<TermLanguage, Terms> = { en, ru, kk };

export function termsFor(language: TermLanguage): Terms {
  return all[language];
}

/** A unit as a reader of the language writes it; an unknown unit shows as it is. */
export function unitName(language: TermLanguage, unit: string): string {
  return all[language].units[unit] ?? unit;
}
