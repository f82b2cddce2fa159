// The Conflicts sheet: one row per conflict the checks found, in the workbook's language.
import { impliedIn, statedIn } from "../../domain/checks/conflict-values";
import type { CheckResult, Conflict } from "../../domain/types";
import { unitName } from "../../terms/index";
import { tabColors } from "../colors";
import { valueColumn } from "../column";
import type { Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, PlanLanguage, SheetPlan } from "../plan-types";
import { tableSheet, newTable } from "../table";
import { fitWidth } from "../page-layout";
import type { FigureIndex } from "./lookup";

/**
 * The figure ids and conflict ids: one id a line, in columns wide enough for the longest (within
 * bounds), so that no id breaks across lines: a broken id costs its row lines of height it
 * does not use on the other columns, and is harder to find on Figures.
 */
const idWidth = (ids: string[], min: number): number => Math.min(40, Math.max(min, fitWidth(ids)));

/**
 * A conflict's value with its unit, since one column holds percents and counts alike: "12,2%"
 * as written, "353" for a count of things, "1 200 км" for a measure. The figures of one
 * conflict share a unit (agreement and sum compare like with like), so the first one's is used.
 */
function withUnit(text: string, c: Conflict, index: FigureIndex, labels: Labels): string {
  const unit = index.byId.get(c.figures[0]?.id ?? "")?.unit ?? "";
  if (text === "" || text.endsWith("%") || unit === "" || unit === "%") return text;
  return `${text} ${unitName(labels.language, unit)}`;
}

export function conflictsSheet(
  checks: CheckResult,
  index: FigureIndex,
  labels: Labels,
  language: PlanLanguage,
): SheetPlan {
  const figureIds = checks.conflicts.flatMap((c) => c.figures.map((f) => f.id));
  const conflictIds = checks.conflicts.map((c) => c.id);
  const table = newTable({
    name: tableNames.conflicts,
    sheet: labels.sheets.conflicts,
    // What a reader needs first: what kind, how bad, what is wrong with which numbers, what to
    // do; the figure ids (to find them on Figures) and the conflict's own id last.
    columns: [
      valueColumn(labels, "kind", { width: 11, wrap: true }),
      valueColumn(labels, "severity", { width: 11, wrap: true }),
      valueColumn(labels, "message", { width: 50, wrap: true }),
      valueColumn(labels, "statedValue", { width: 11 }),
      valueColumn(labels, "implied", { width: 11 }),
      valueColumn(labels, "suggestion", { width: 34, wrap: true }),
      valueColumn(labels, "figures", { width: idWidth(figureIds, 26), wrap: true }),
      valueColumn(labels, "id", { width: idWidth(conflictIds, 22), wrap: true }),
    ],
    rows: checks.conflicts.map((c): CellValue[] => [
      labels.terms.kinds[c.kind],
      labels.terms.severities[c.severity],
      c.message[language],
      withUnit(statedIn(c, language), c, index, labels),
      withUnit(impliedIn(c, language), c, index, labels),
      c.suggestion[language],
      c.figures.map((f) => f.id).join("\n"),
      c.id,
    ]),
  });
  return tableSheet("conflicts", labels.sheets.conflicts, table, tabColors.conflicts);
}
