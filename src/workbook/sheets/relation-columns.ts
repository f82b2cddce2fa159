// Column builders shared by the relation sheets (Coverage, Plans): the id/region/measure head,
// "figure id + its value read from Figures" pairs, and the hidden row hints of those lookups
// (appended after every other column so visible columns keep their places).
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
  /** The hidden hint columns of every linked() pair so far, in order. */
  hints: () => ColumnPlan[];
}

export function relationColumns(
  table: string,
  labels: Labels,
  figures: FiguresRef,
): RelationColumns {
  const ref = (key: string): string => thisRow(table, columnName(labels, key));
  const hintColumns: ColumnPlan[] = [];
  return {
    ref,
    head: () => [
      valueColumn(labels, "id", { width: 30 }),
      valueColumn(labels, "region", { width: 16 }),
      valueColumn(labels, "measure", { width: 44, wrap: true }),
    ],
    linked: (idKey, key, options) => {
      const hint: ColumnPlan = {
        key: `${idKey}Row`,
        name: `${columnName(labels, idKey)}, ${labels.rowHint}`,
        kind: "value",
        hidden: true,
        width: 8,
      };
      hintColumns.push(hint);
      const lookup = figureLookup(figures, ref(idKey), thisRow(table, hint.name), idSeparator);
      return [
        valueColumn(labels, idKey, { width: 34 }),
        formulaColumn(labels, key, lookup, options),
      ];
    },
    hints: () => hintColumns,
  };
}
