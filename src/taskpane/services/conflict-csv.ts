// The conflict report as CSV, in the pane's language, safe to open in a spreadsheet.
import Papa from "papaparse";
import type { Conflict, Figure } from "../../domain/types";
import { translate, type UiLanguage } from "../../i18n/index";
import { regionOf } from "./group-conflicts";

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
    regionOf(c, byId),
    c.stated,
    c.implied,
    c.message[language],
    c.suggestion[language],
    c.figures.map((f) => f.id).join("; "),
    [...new Set(c.figures.map((f) => f.source))].join("; "),
    c.figures.map((f) => f.quote).join("\n"),
  ]);
  return [header, ...rows];
}

export function conflictsCsv(
  conflicts: readonly Conflict[],
  figures: readonly Figure[],
  language: UiLanguage,
): string {
  const [header = [], ...rows] = conflictRows(conflicts, figures, language);
  return Papa.unparse(
    { fields: header.map(guardCell), data: rows.map((r) => r.map(guardCell)) },
    { newline: "\r\n" },
  );
}
