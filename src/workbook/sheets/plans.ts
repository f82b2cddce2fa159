// The Plans sheet: one row per target relation: planned against done, read from Figures by id.
import type { Relation } from "../../domain/types";
import { formats, tabColors } from "../colors";
import { formulaColumn, valueColumn } from "../column";
import { difference, percentOf, quoted, type FiguresRef } from "../formulas";
import type { Labels } from "../labels";
import { tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { tableSheet, newTable } from "../table";
import { relationColumns } from "./relation-columns";
import { regionOf, roleId, valueOf, type FigureIndex } from "./lookup";

export interface PlansInput {
  relations: Relation[];
  index: FigureIndex;
  labels: Labels;
  figuresRef: FiguresRef;
}

export function plansSheet(input: PlansInput): SheetPlan {
  const { labels, index } = input;
  const t = tableNames.plans;
  const { ref, head, linked } = relationColumns(t, labels, input.figuresRef);
  const planned = ref("planned");
  const done = ref("done");
  const status = `IF(AND(ISNUMBER(${planned}),ISNUMBER(${done})),IF(${done}>=${planned},${quoted(labels.status.done)},${quoted(labels.status.open)}),"")`;
  const count = { numberFormat: formats.count, width: 12 };

  const rows = input.relations
    .filter((r) => r.type === "target")
    .map((r): CellValue[] => {
      const plannedId = roleId(r, "planned", index);
      const doneId = roleId(r, "done", index);
      const p = valueOf(plannedId, index);
      const d = valueOf(doneId, index);
      const both = p !== null && d !== null;
      return [
        r.id,
        regionOf([plannedId, doneId], index),
        r.label,
        plannedId,
        p ?? "",
        doneId,
        d ?? "",
        both && p !== 0 ? (d / p) * 100 : "",
        both ? p - d : "",
        r.deadline ?? index.get(plannedId)?.asOf ?? "",
        both ? (d >= p ? labels.status.done : labels.status.open) : "",
      ];
    });

  const table = newTable({
    name: t,
    sheet: labels.sheets.plans,
    columns: [
      ...head(),
      ...linked("plannedId", "planned", count),
      ...linked("doneId", "done", count),
      formulaColumn(labels, "progress", percentOf(done, planned), {
        numberFormat: formats.percent,
        width: 12,
      }),
      formulaColumn(labels, "remaining", difference(planned, done), count),
      valueColumn(labels, "deadline", { width: 12 }),
      formulaColumn(labels, "status", status, { width: 14 }),
    ],
    rows,
  });
  return tableSheet("plans", labels.sheets.plans, table, tabColors.plans);
}
