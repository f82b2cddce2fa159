// How `sanaq check` and `sanaq check-text` print a CheckResult: a readable report, or JSON.
import { impliedIn, statedIn } from "../domain/checks/conflict-values";
import { formatNumber, type Lang } from "../domain/checks/messages";
import { relationLabel } from "../domain/load/relations";
import { placeName } from "../domain/regions/gazetteer";
import type { CheckResult, Conflict, Derived, Relation } from "../domain/types";
import { termsFor } from "../terms/index";

/**
 * The JSON of both commands: {"figures", "derived", "conflicts"} (check-text puts
 * "statements", how many statements of the text were tested, first), each conflict exactly
 * {id, kind, severity, figures, stated, implied, message, suggestion}; suggestion is the
 * {en, ru, kk} object (empty strings when arithmetic gives none). A derived value that
 * cannot be computed prints as null, with its `unavailable` reason.
 */
export function checkJson(result: CheckResult, statements?: number): string {
  const conflicts = result.conflicts.map((c) => ({
    id: c.id,
    kind: c.kind,
    severity: c.severity,
    figures: c.figures.map((f) => ({ id: f.id, value: f.value, source: f.source, quote: f.quote })),
    stated: c.stated,
    implied: c.implied,
    message: c.message,
    suggestion: c.suggestion,
  }));
  return (
    JSON.stringify(
      {
        ...(statements === undefined ? {} : { statements }),
        figures: result.figures,
        derived: result.derived,
        conflicts,
      },
      null,
      2,
    ) + "\n"
  );
}

/** The language of a `--lang` report; undefined: every explanation in all three, the frame in English. */
export type ReportLanguage = Lang | undefined;

const LANGS: readonly Lang[] = ["en", "ru", "kk"];

/** The stated/implied line, in the terms the Conflicts sheet heads those columns with. */
function valuesLine(c: Conflict, lang: Lang): string {
  const { columns } = termsFor(lang);
  return `   ${columns.statedValue} ${statedIn(c, lang) || "—"}   ${columns.implied} ${impliedIn(c, lang) || "—"}`;
}

function conflictBlock(c: Conflict, n: number, language: ReportLanguage): string[] {
  const value = (v: number) => (language === undefined ? String(v) : formatNumber(v, language));
  const figureLines = c.figures.map(
    (f) => `   · ${f.id} = ${value(f.value)} (${f.source}): «${f.quote}»`,
  );
  if (language === undefined) {
    const lines = [`${n}. ${c.severity.toUpperCase()} ${c.kind}  ${c.id}`, valuesLine(c, "en")];
    for (const l of LANGS) lines.push(`   ${l}: ${c.message[l]}`);
    if (c.suggestion.en !== "")
      LANGS.forEach((l, i) =>
        lines.push(`${i === 0 ? "   suggestion " : "              "}${l}: ${c.suggestion[l]}`),
      );
    return [...lines, ...figureLines];
  }
  const terms = termsFor(language);
  const lines = [
    `${n}. ${terms.severities[c.severity]} · ${terms.kinds[c.kind]}  ${c.id}`,
    valuesLine(c, language),
    `   ${c.message[language]}`,
  ];
  if (c.suggestion[language] !== "")
    lines.push(`   ${terms.columns.suggestion}: ${c.suggestion[language]}`);
  return [...lines, ...figureLines];
}

function derivedValue(d: Derived, lang: Lang): string {
  if (Number.isNaN(d.value))
    return `— ${d.unavailable?.[lang] ?? termsFor(lang).checkReport.unavailable}`;
  return d.unit === "%"
    ? `${formatNumber(d.value, lang, 1)}%`
    : formatNumber(d.value, lang, d.unit === "" ? 0 : 2);
}

export interface ReportOptions {
  /** check-text: how many statements were tested. */
  statements?: number;
  /** `--lang`: the one language of the report; absent, the explanations in all three. */
  language?: ReportLanguage;
  /** The relations, for a derived indicator's label in the report's language. */
  relations?: readonly Relation[];
}

/** A derived indicator's kind, region and measure in the report's language. */
function derivedRow(d: Derived, language: ReportLanguage, labels: Map<string, Relation>): string[] {
  if (language === undefined) return [d.kind, derivedValue(d, "en"), d.region, d.label];
  const relation = labels.get(d.relation);
  return [
    termsFor(language).checkReport.derivedKinds[d.kind],
    derivedValue(d, language),
    placeName(d.region, language),
    relation ? relationLabel(relation, language) : d.label,
  ];
}

/**
 * The readable report: conflicts with their explanations (in the `language`, or all three), then
 * derived. With `statements` (check-text), it says how many were tested, and that none found is
 * not the same as none broken.
 */
export function checkText(result: CheckResult, options: ReportOptions = {}): string {
  const { statements, language } = options;
  const words = termsFor(language ?? "en").checkReport;
  const tested = statements === undefined ? "" : `${statements} statements tested, `;
  const summary = words.summary
    .replace("{figures}", String(result.figures))
    .replace("{derived}", String(result.derived.length))
    .replace("{conflicts}", String(result.conflicts.length));
  const lines = [`${tested}${summary}`, ""];
  if (statements === 0) {
    lines.push(
      "Nothing testable found: no statement of this text could be checked on its own numbers, so no conflict could be looked for.",
    );
  } else lines.push(result.conflicts.length === 0 ? words.none : words.conflicts);
  result.conflicts.forEach((c, i) => lines.push(...conflictBlock(c, i + 1, language), ""));
  if (result.derived.length > 0) {
    const labels = new Map((options.relations ?? []).map((r) => [r.id, r]));
    lines.push("", words.derived);
    const rows = result.derived.map((d) => derivedRow(d, language, labels));
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    for (const r of rows)
      lines.push(
        "  " + r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join("  "),
      );
  }
  return lines.join("\n") + "\n";
}
