// Column builders shared by the relation sheets (Coverage, Plans): the id/region/measure head
// and "figure id + its value read from Figures" pairs.
import { formulaColumn, valueColumn, type ColumnOptions } from "../column";
import { figureLookup, thisRow, type FiguresRef } from "../formulas";
import { columnName, type Labels } from "../labels";
import type { ColumnPlan } from "../plan-types";
import { idSeparator } from "./lookup";

export interface RelationColumns {
  /** This row's cell of a column, by key. */
  ref: (key: string) => string;
  head: () => ColumnPlan[];
  linked: (idKey: string, key: string, options: ColumnOptions) => ColumnPlan[];
}

export function relationColumns(
  table: string,
  labels: Labels,
  figures: FiguresRef,
): RelationColumns {
  const ref = (key: string): string => thisRow(table, columnName(labels, key));
  return {
    ref,
    head: () => [
      valueColumn(labels, "id", { width: 30 }),
      valueColumn(labels, "region", { width: 16 }),
      valueColumn(labels, "measure", { width: 44, wrap: true }),
    ],
    linked: (idKey, key, options) => [
      valueColumn(labels, idKey, { width: 34 }),
      formulaColumn(labels, key, figureLookup(figures, ref(idKey), idSeparator), options),
    ],
  };
}
