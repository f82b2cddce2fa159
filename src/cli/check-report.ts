// How `sanaq check` and `sanaq check-text` print a CheckResult: a readable report, or JSON.
import { impliedIn, statedIn } from "../domain/checks/conflict-values";
import { formatNumber } from "../domain/checks/messages";
import type { CheckResult, Conflict, Derived } from "../domain/types";

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

function conflictBlock(c: Conflict, n: number): string[] {
  const lines = [
    `${n}. ${c.severity.toUpperCase()} ${c.kind}  ${c.id}`,
    `   stated ${statedIn(c, "en") || "—"}   implied ${impliedIn(c, "en") || "—"}`,
    `   en: ${c.message.en}`,
    `   ru: ${c.message.ru}`,
    `   kk: ${c.message.kk}`,
  ];
  if (c.suggestion.en !== "") {
    lines.push(
      `   suggestion en: ${c.suggestion.en}`,
      `              ru: ${c.suggestion.ru}`,
      `              kk: ${c.suggestion.kk}`,
    );
  }
  for (const f of c.figures) lines.push(`   · ${f.id} = ${f.value} (${f.source}): «${f.quote}»`);
  return lines;
}

function derivedValue(d: Derived): string {
  if (Number.isNaN(d.value)) return `— ${d.unavailable?.en ?? "cannot compute"}`;
  return d.unit === "%"
    ? `${formatNumber(d.value, "en", 1)}%`
    : formatNumber(d.value, "en", d.unit === "" ? 0 : 2);
}

/**
 * The readable report: conflicts with their explanations in three languages, then derived.
 * With `statements` (check-text), it says how many were tested, and that none found is not
 * the same as none broken.
 */
export function checkText(result: CheckResult, statements?: number): string {
  const tested = statements === undefined ? "" : `${statements} statements tested, `;
  const lines = [
    `${tested}${result.figures} figures, ${result.derived.length} derived indicators, ${result.conflicts.length} conflicts`,
    "",
  ];
  if (statements === 0) {
    lines.push(
      "Nothing testable found: no statement of this text could be checked on its own numbers, so no conflict could be looked for.",
    );
  } else lines.push(result.conflicts.length === 0 ? "No conflicts." : "Conflicts:");
  result.conflicts.forEach((c, i) => lines.push(...conflictBlock(c, i + 1), ""));
  if (result.derived.length > 0) {
    lines.push("", "Derived indicators:");
    const rows = result.derived.map((d) => [d.kind, derivedValue(d), d.region, d.label]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    for (const r of rows)
      lines.push(
        "  " + r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join("  "),
      );
  }
  return lines.join("\n") + "\n";
}
