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
    columns: [
      valueColumn(labels, "id", { width: 34 }),
      valueColumn(labels, "region", { width: 16 }),
      valueColumn(labels, "indicator", { width: 28 }),
      valueColumn(labels, "value", {
        width: 12,
        editable: true,
        loadedCopy: "sourceValue",
        numberFormat: formats.count,
      }),
      valueColumn(labels, "unit", { width: 8 }),
      valueColumn(labels, "qualifier", { width: 12 }),
      valueColumn(labels, "asOf", { width: 12 }),
      valueColumn(labels, "source", { width: 14 }),
      valueColumn(labels, "quote", { width: 60, wrap: true }),
      valueColumn(labels, "sourceValue", { width: 12, numberFormat: formats.count }),
      formulaColumn(labels, "status", status, { width: 18 }),
      valueColumn(labels, "conflicts", { width: 22 }),
      valueColumn(labels, "reason", { width: 30, wrap: true, planner: true }),
    ],
    rows: input.figures.map((f): CellValue[] => [
      f.id,
      placeIn(labels, f.region),
      input.indicatorNames[f.indicator] ?? f.indicator,
      f.value,
      unitName(labels.language, f.unit),
      labels.qualifiers[f.qualifier] ?? f.qualifier,
      f.asOf,
      f.source,
      f.quote,
      f.value,
      labels.status.ok,
      (conflicts.get(f.id) ?? []).join(", "),
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
