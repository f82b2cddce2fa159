// The Conflicts sheet: one row per conflict the checks found, in the workbook's language.
import { impliedIn, statedIn } from "../../domain/checks/conflict-values";
import type { CheckResult } from "../../domain/types";
import { tabColors } from "../colors";
import { valueColumn } from "../column";
import type { Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, PlanLanguage, SheetPlan } from "../plan-types";
import { tableSheet, newTable } from "../table";

export function conflictsSheet(
  checks: CheckResult,
  labels: Labels,
  language: PlanLanguage,
): SheetPlan {
  const table = newTable({
    name: tableNames.conflicts,
    sheet: labels.sheets.conflicts,
    // What a reader needs first: what kind, how bad, what is wrong with which numbers, what to
    // do; the figure ids (to find them on Figures) and the conflict's own id last.
    columns: [
      valueColumn(labels, "kind", { width: 11, wrap: true }),
      valueColumn(labels, "severity", { width: 11, wrap: true }),
      valueColumn(labels, "message", { width: 50, wrap: true }),
      valueColumn(labels, "stated", { width: 10 }),
      valueColumn(labels, "implied", { width: 10 }),
      valueColumn(labels, "suggestion", { width: 34, wrap: true }),
      valueColumn(labels, "figures", { width: 26, wrap: true }),
      valueColumn(labels, "id", { width: 22, wrap: true }),
    ],
    rows: checks.conflicts.map((c): CellValue[] => [
      labels.terms.kinds[c.kind],
      labels.terms.severities[c.severity],
      c.message[language],
      statedIn(c, language),
      impliedIn(c, language),
      c.suggestion[language],
      c.figures.map((f) => f.id).join(", "),
      c.id,
    ]),
  });
  return tableSheet("conflicts", labels.sheets.conflicts, table, tabColors.conflicts);
}
