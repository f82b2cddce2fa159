// The conflict report as CSV, in the pane's language, safe to open in a spreadsheet: the file
// Excel of that locale opens with a double click (a BOM, so it reads UTF-8; ";" between cells
// in ru and kk, where the decimal mark is the comma and Excel's list separator is ";").
import Papa from "papaparse";
import { impliedIn, statedIn } from "../../domain/checks/conflict-values";
import type { Conflict, Figure } from "../../domain/types";
import { translate, type UiLanguage } from "../../i18n/index";
import { regionName } from "../../i18n/region-name";
import { regionOf } from "./group-conflicts";

/** The cell separator Excel expects in the language's locale (its list separator). */
export const csvDelimiters: Record<UiLanguage, string> = { en: ",", ru: ";", kk: ";" };

/**
 * A cell a spreadsheet could read as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, so "=HYPERLINK(...)" in a quote stays text.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The report's header and one row per conflict, in the pane's language (not yet guarded). */
export function conflictRows(
  conflicts: readonly Conflict[],
  figures: readonly Figure[],
  language: UiLanguage,
): string[][] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const t = (key: Parameters<typeof translate>[1]): string => translate(language, key);
  const header = [
    t("csv.id"),
    t("csv.kind"),
    t("csv.severity"),
    t("csv.region"),
    t("csv.stated"),
    t("csv.implied"),
    t("csv.message"),
    t("csv.suggestion"),
    t("csv.figures"),
    t("csv.sources"),
    t("csv.quotes"),
  ];
  const rows = conflicts.map((c) => [
    c.id,
    t(`kind.${c.kind}`),
    t(`severity.${c.severity}`),
    regionName(language, regionOf(c, byId)),
    statedIn(c, language),
    impliedIn(c, language),
    c.message[language],
    c.suggestion[language],
    c.figures.map((f) => f.id).join("; "),
    [...new Set(c.figures.map((f) => f.source))].join("; "),
    c.figures.map((f) => f.quote).join("\n"),
  ]);
  return [header, ...rows];
}

/** The whole file: a byte order mark, then the rows separated as the language's Excel expects. */
export function conflictsCsv(
  conflicts: readonly Conflict[],
  figures: readonly Figure[],
  language: UiLanguage,
): string {
  const [header = [], ...rows] = conflictRows(conflicts, figures, language);
  const text = Papa.unparse(
    { fields: header.map(guardCell), data: rows.map((r) => r.map(guardCell)) },
    { newline: "\r\n", delimiter: csvDelimiters[language] },
  );
  return `\ufeff${text}`;
}
