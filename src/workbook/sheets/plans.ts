// The Plans sheet: one row per target relation: planned against done, read from Figures by id.
import { relationLabel } from "../../domain/load/relations";
import type { Relation } from "../../domain/types";
import { formats, tabColors } from "../colors";
import { formulaColumn, valueColumn } from "../column";
import { remainder, percentOf, quoted, type FiguresRef } from "../formulas";
import { placeIn, type Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { tableSheet, newTable } from "../table";
import { relationColumns, rowByKey } from "./relation-columns";
import { idCell, regionOf, roleFigures, rowHint, sumOf, type FigureIndex } from "./lookup";

export interface PlansInput {
  relations: Relation[];
  index: FigureIndex;
  labels: Labels;
  figuresRef: FiguresRef;
}

export function plansSheet(input: PlansInput): SheetPlan {
  const { labels, index } = input;
  const t = tableNames.plans;
  const { ref, head, linked, tail } = relationColumns(t, labels, input.figuresRef);
  const plannedRef = ref("planned");
  const doneRef = ref("done");
  const status = `IF(AND(ISNUMBER(${plannedRef}),ISNUMBER(${doneRef})),IF(${doneRef}>=${plannedRef},${quoted(labels.status.done)},${quoted(labels.status.open)}),"")`;
  const count = { numberFormat: formats.count, width: 11 };
  const columns = [
    ...head(),
    linked("plannedId", "planned", count),
    linked("doneId", "done", count),
    formulaColumn(labels, "progress", percentOf(doneRef, plannedRef), {
      numberFormat: formats.percent,
      width: 10,
    }),
    formulaColumn(labels, "remaining", remainder(plannedRef, doneRef), count),
    // Status between the numbers and the deadline: a right-aligned count beside a date read as
    // one number ("45" then "2025-12-31" printed as "452025-12-31").
    formulaColumn(labels, "status", status, { width: 12, wrap: true }),
    valueColumn(labels, "deadline", { width: 11 }),
    ...tail(),
  ];

  const rows = input.relations
    .filter((r) => r.type === "target")
    .map((r): CellValue[] => {
      const planned = roleFigures(r, "planned", index);
      const done = roleFigures(r, "done", index);
      const p = sumOf(planned);
      const d = sumOf(done);
      const both = p !== null && d !== null;
      return rowByKey(columns, {
        id: r.id,
        region: placeIn(labels, regionOf([...done, ...planned])),
        measure: relationLabel(r, labels.language),
        plannedId: idCell(planned),
        planned: p ?? "",
        doneId: idCell(done),
        done: d ?? "",
        progress: both && p !== 0 ? (d / p) * 100 : "",
        remaining: both ? Math.max(0, p - d) : "",
        deadline: r.deadline || planned[0]?.asOf || "",
        status: both ? (d >= p ? labels.status.done : labels.status.open) : "",
        plannedIdRow: rowHint(planned, index),
        doneIdRow: rowHint(done, index),
      });
    });

  const table = newTable({ name: t, sheet: labels.sheets.plans, columns, rows });
  return tableSheet("plans", labels.sheets.plans, table, tabColors.plans);
}
