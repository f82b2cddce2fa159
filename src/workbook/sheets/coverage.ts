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
import { relationColumns, rowByKey } from "./relation-columns";
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
  const { ref, head, linked, tail } = relationColumns(t, labels, input.figuresRef);
  const diff = ref("difference");
  const status =
    `IF(ISNUMBER(${diff}),IF(AND(${diff}>=-${ref("toleranceBelow")},${diff}<=${ref("toleranceAbove")}),` +
    `${quoted(labels.status.ok)},${quoted(labels.status.conflict)}),${quoted(labels.status.noStated)})`;
  const pct = { numberFormat: formats.percent, width: 10 };
  const count = { numberFormat: formats.count, width: 11 };
  const columns = [
    ...head(),
    linked("coveredId", "covered", count),
    linked("totalId", "total", count),
    linked("statedId", "stated", pct),
    formulaColumn(labels, "coverage", percentOf(ref("covered"), ref("total")), pct),
    formulaColumn(labels, "difference", difference(ref("coverage"), ref("stated")), pct),
    formulaColumn(labels, "status", status, { width: 14, wrap: true }),
    linked("targetId", "target", pct),
    formulaColumn(labels, "remaining", difference(ref("total"), ref("covered")), count),
    ...tail([
      valueColumn(labels, "toleranceBelow", { hidden: true, width: 8 }),
      valueColumn(labels, "toleranceAbove", { hidden: true, width: 8 }),
    ]),
  ];

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
      return rowByKey(columns, {
        id: r.id,
        region: placeIn(labels, regionOf([...part, ...whole, ...statedFigures])),
        measure: relationLabel(r, labels.language),
        coveredId: idCell(part),
        covered: covered ?? "",
        totalId: idCell(whole),
        total: total ?? "",
        coverage: coverage ?? "",
        statedId: idCell(statedFigures),
        stated: stated ?? "",
        toleranceBelow: tol.below,
        toleranceAbove: tol.above,
        difference: diffValue ?? "",
        status:
          diffValue === null
            ? labels.status.noStated
            : ok
              ? labels.status.ok
              : labels.status.conflict,
        targetId: idCell(target),
        target: sumOf(target) ?? "",
        remaining: covered === null || total === null ? "" : total - covered,
        coveredIdRow: rowHint(part, index),
        totalIdRow: rowHint(whole, index),
        statedIdRow: rowHint(statedFigures, index),
        targetIdRow: rowHint(target, index),
      });
    });

  const table = newTable({ name: t, sheet: labels.sheets.coverage, columns, rows });
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
