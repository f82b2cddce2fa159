// The Coverage sheet: one row per share relation. Covered, total and stated are read from
// Figures by id, so a planner's edit there recomputes coverage, difference and status.
import { relationLabel } from "../../domain/load/relations";
import type { Relation } from "../../domain/types";
import { formats, highlight, tabColors } from "../colors";
import { formulaColumn, valueColumn } from "../column";
import { difference, percentOf, quoted, type FiguresRef } from "../formulas";
import { placeIn, type Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { shareTolerance } from "../share-tolerance";
import { bodyRange, firstBodyCell, tableSheet, newTable } from "../table";
import { relationColumns } from "./relation-columns";
import { idCell, regionOf, roleFigures, rowHint, sumOf, type FigureIndex } from "./lookup";

export interface CoverageInput {
  relations: Relation[];
  index: FigureIndex;
  labels: Labels;
  figuresRef: FiguresRef;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : (a / b) * 100;
}

export function coverageSheet(input: CoverageInput): SheetPlan {
  const { labels, index } = input;
  const t = tableNames.coverage;
  const { ref, head, linked, hints } = relationColumns(t, labels, input.figuresRef);
  const diff = ref("difference");
  const status =
    `IF(ISNUMBER(${diff}),IF(AND(${diff}>=-${ref("toleranceBelow")},${diff}<=${ref("toleranceAbove")}),` +
    `${quoted(labels.status.ok)},${quoted(labels.status.conflict)}),${quoted(labels.status.noStated)})`;
  const pct = { numberFormat: formats.percent, width: 12 };
  const count = { numberFormat: formats.count, width: 12 };

  const rows = input.relations
    .filter((r) => r.type === "share")
    .map((r): CellValue[] => {
      const part = roleFigures(r, "part", index);
      const whole = roleFigures(r, "whole", index);
      const statedFigures = roleFigures(r, "stated", index);
      const target = roleFigures(r, "target", index);
      const covered = sumOf(part);
      const total = sumOf(whole);
      const stated = sumOf(statedFigures);
      const coverage = ratio(covered, total);
      const statedFigure = statedFigures[0];
      const tol = statedFigure ? shareTolerance(part, whole, statedFigure) : { below: 0, above: 0 };
      const diffValue = coverage === null || stated === null ? null : coverage - stated;
      const ok = diffValue !== null && diffValue >= -tol.below && diffValue <= tol.above;
      return [
        r.id,
        placeIn(labels, regionOf([...part, ...whole, ...statedFigures])),
        relationLabel(r, labels.language),
        idCell(part),
        covered ?? "",
        idCell(whole),
        total ?? "",
        coverage ?? "",
        idCell(statedFigures),
        stated ?? "",
        tol.below,
        tol.above,
        diffValue ?? "",
        diffValue === null
          ? labels.status.noStated
          : ok
            ? labels.status.ok
            : labels.status.conflict,
        idCell(target),
        sumOf(target) ?? "",
        covered === null || total === null ? "" : total - covered,
        ...[part, whole, statedFigures, target].map((figures) => rowHint(figures, index)),
      ];
    });

  const table = newTable({
    name: t,
    sheet: labels.sheets.coverage,
    columns: [
      ...head(),
      ...linked("coveredId", "covered", count),
      ...linked("totalId", "total", count),
      formulaColumn(labels, "coverage", percentOf(ref("covered"), ref("total")), pct),
      ...linked("statedId", "stated", pct),
      valueColumn(labels, "toleranceBelow", { hidden: true, width: 8 }),
      valueColumn(labels, "toleranceAbove", { hidden: true, width: 8 }),
      formulaColumn(labels, "difference", difference(ref("coverage"), ref("stated")), pct),
      formulaColumn(labels, "status", status, { width: 16 }),
      ...linked("targetId", "target", pct),
      formulaColumn(labels, "remaining", difference(ref("total"), ref("covered")), count),
      ...hints(),
    ],
    rows,
  });
  const d = firstBodyCell(table, "difference");
  table.conditionalFormats.push({
    range: bodyRange(table, "stated"),
    formula: `=AND(ISNUMBER(${d}),OR(${d}<-${firstBodyCell(table, "toleranceBelow")},${d}>${firstBodyCell(table, "toleranceAbove")}))`,
    fill: highlight.stated.fill,
    font: { color: highlight.stated.font },
    meaning: "stated",
  });
  return tableSheet("coverage", labels.sheets.coverage, table, tabColors.coverage);
}
