// The Figures sheet: one row per curated figure. Value is the planner's editable copy; Source
// value is what the quote states; Status and the red fill follow any edit live. Reason is the
// planner's: why they keep a value the source does not state (empty on load, kept on refresh).
import type { CheckResult, Figure } from "../../domain/types";
import { highlight, formats, tabColors } from "../colors";
import { formulaColumn, valueColumn } from "../column";
import { thisRow, quoted } from "../formulas";
import { unitName } from "../../terms/index";
import { columnName, placeIn, type Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { bodyRange, firstBodyCell, tableSheet, newTable } from "../table";

export interface FiguresInput {
  figures: Figure[];
  checks: CheckResult;
  labels: Labels;
  /** Indicator id -> display name in the workbook's language. */
  indicatorNames: Record<string, string>;
}

/** Figure id -> ids of the conflicts it takes part in, in conflict order. */
export function conflictsByFigure(checks: CheckResult): Map<string, string[]> {
  const byFigure = new Map<string, string[]>();
  for (const conflict of checks.conflicts) {
    for (const f of conflict.figures) {
      const list = byFigure.get(f.id) ?? [];
      if (!list.includes(conflict.id)) list.push(conflict.id);
      byFigure.set(f.id, list);
    }
  }
  return byFigure;
}

export function figuresSheet(input: FiguresInput): SheetPlan {
  const { labels } = input;
  const t = tableNames.figures;
  const status = `IF(${thisRow(t, columnName(labels, "value"))}=${thisRow(t, columnName(labels, "sourceValue"))},${quoted(labels.status.ok)},${quoted(labels.status.edited)})`;
  const conflicts = conflictsByFigure(input.checks);
  const table = newTable({
    name: t,
    sheet: labels.sheets.figures,
    // What a reader needs first: the measure, where, the value and what the text stated, the
    // status; then the quote and its source; the ids that Coverage, Plans and Conflicts name, and the
    // planner's Reason last (refresh adds it at the end of a table loaded before it existed).
    columns: [
      valueColumn(labels, "indicator", { width: 22, wrap: true }),
      valueColumn(labels, "region", { width: 14, wrap: true }),
      valueColumn(labels, "value", {
        width: 11,
        editable: true,
        loadedCopy: "sourceValue",
        numberFormat: formats.count,
      }),
      valueColumn(labels, "unit", { width: 6, wrap: true }),
      valueColumn(labels, "qualifier", { width: 9, wrap: true }),
      valueColumn(labels, "asOf", { width: 10 }),
      valueColumn(labels, "sourceValue", { width: 11, numberFormat: formats.count }),
      formulaColumn(labels, "status", status, { width: 12, wrap: true }),
      valueColumn(labels, "quote", { width: 42, wrap: true }),
      valueColumn(labels, "source", { width: 12, wrap: true }),
      valueColumn(labels, "conflicts", { width: 14, wrap: true }),
      valueColumn(labels, "id", { width: 22, wrap: true }),
      valueColumn(labels, "reason", { width: 16, wrap: true, planner: true }),
    ],
    rows: input.figures.map((f): CellValue[] => [
      input.indicatorNames[f.indicator] ?? f.indicator,
      placeIn(labels, f.region),
      f.value,
      unitName(labels.language, f.unit),
      labels.qualifiers[f.qualifier] ?? f.qualifier,
      f.asOf,
      f.value,
      labels.status.ok,
      f.quote,
      f.source,
      (conflicts.get(f.id) ?? []).join(", "),
      f.id,
      "",
    ]),
  });
  table.conditionalFormats.push(
    {
      range: bodyRange(table, "value"),
      formula: `=${firstBodyCell(table, "value")}<>${firstBodyCell(table, "sourceValue")}`,
      fill: highlight.edited.fill,
      font: { color: highlight.edited.font },
      meaning: "edited",
    },
    {
      range: bodyRange(table, "id"),
      formula: `=${firstBodyCell(table, "conflicts")}<>""`,
      fill: highlight.conflict.fill,
      font: { color: highlight.conflict.font },
      meaning: "conflict",
    },
  );
  return tableSheet("figures", labels.sheets.figures, table, tabColors.figures);
}
