// Builds a ColumnPlan whose header comes from the label catalog.
import { columnName, type Labels } from "./labels";
import type { ColumnPlan } from "./plan-types";

export type ColumnOptions = Omit<ColumnPlan, "key" | "name" | "kind">;

export function valueColumn(labels: Labels, key: string, options: ColumnOptions = {}): ColumnPlan {
  return { key, name: columnName(labels, key), kind: "value", ...options };
}

export function formulaColumn(
  labels: Labels,
  key: string,
  formula: string,
  options: ColumnOptions = {},
): ColumnPlan {
  return {
    key,
    name: columnName(labels, key),
    kind: "formula",
    formula: `=${formula}`,
    ...options,
  };
}
