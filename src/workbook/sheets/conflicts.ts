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
    columns: [
      valueColumn(labels, "id", { width: 24 }),
      valueColumn(labels, "kind", { width: 10 }),
      valueColumn(labels, "severity", { width: 10 }),
      valueColumn(labels, "figures", { width: 28, wrap: true }),
      valueColumn(labels, "stated", { width: 12 }),
      valueColumn(labels, "implied", { width: 12 }),
      valueColumn(labels, "message", { width: 60, wrap: true }),
      valueColumn(labels, "suggestion", { width: 40, wrap: true }),
    ],
    rows: checks.conflicts.map((c): CellValue[] => [
      c.id,
      labels.terms.kinds[c.kind],
      labels.terms.severities[c.severity],
      c.figures.map((f) => f.id).join(", "),
      statedIn(c, language),
      impliedIn(c, language),
      c.message[language],
      c.suggestion[language],
    ]),
  });
  return tableSheet("conflicts", labels.sheets.conflicts, table, tabColors.conflicts);
}
