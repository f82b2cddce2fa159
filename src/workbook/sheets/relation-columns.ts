// Column builders shared by the relation sheets (Coverage, Plans): the measure/region head, each
// value read from Figures by the figure id of its own column, and the tail: the relation's id,
// those figure ids and the hidden row hints of the lookups. A reader sees the measure and the
// numbers first; formulas name columns, so their places do not matter to them.
import { formulaColumn, valueColumn, type ColumnOptions } from "../column";
import { figureLookup, thisRow, type FiguresRef } from "../formulas";
import { columnName, type Labels } from "../labels";
import type { CellValue, ColumnPlan } from "../plan-types";
import { idSeparator } from "./lookup";

export interface RelationColumns {
  /** This row's cell of a column, by key. */
  ref: (key: string) => string;
  head: () => ColumnPlan[];
  /** The value read from Figures by the id in column `idKey` (that column goes to the tail). */
  linked: (idKey: string, key: string, options: ColumnOptions) => ColumnPlan;
  /** The id, the figure ids of every linked() column so far, then `hidden`, then the row hints. */
  tail: (hidden?: ColumnPlan[]) => ColumnPlan[];
}

export function relationColumns(
  table: string,
  labels: Labels,
  figures: FiguresRef,
): RelationColumns {
  const ref = (key: string): string => thisRow(table, columnName(labels, key));
  const idColumns: ColumnPlan[] = [];
  const hintColumns: ColumnPlan[] = [];
  return {
    ref,
    head: () => [
      valueColumn(labels, "measure", { width: 36, wrap: true }),
      valueColumn(labels, "region", { width: 14, wrap: true }),
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
      idColumns.push(valueColumn(labels, idKey, { width: 22, wrap: true }));
      const lookup = figureLookup(figures, ref(idKey), thisRow(table, hint.name), idSeparator);
      return formulaColumn(labels, key, lookup, options);
    },
    tail: (hidden = []) => [
      valueColumn(labels, "id", { width: 22, wrap: true }),
      ...idColumns,
      ...hidden,
      ...hintColumns,
    ],
  };
}

/** A row in the order of `columns`, from its cells by column key ("" for a key not given). */
export function rowByKey(columns: ColumnPlan[], cells: Record<string, CellValue>): CellValue[] {
  return columns.map((c) => cells[c.key] ?? "");
}
