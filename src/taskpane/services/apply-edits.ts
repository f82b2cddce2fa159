// The figures as the planner has them in the grid: the loaded figures with edited values.
import type { Figure } from "../../domain/types";

/** Values read back from the Figures table, by figure id. */
export type GridValues = Readonly<Record<string, number>>;

/** The grid's value of a figure when it is a number other than the loaded one. */
function editOf(f: Figure, values: GridValues): number | undefined {
  const value = values[f.id];
  return value !== undefined && Number.isFinite(value) && value !== f.value ? value : undefined;
}

export function applyEdits(figures: readonly Figure[], values: GridValues): Figure[] {
  return figures.map((f) => {
    const value = editOf(f, values);
    return value === undefined ? f : { ...f, value };
  });
}

/** The values that differ from the loaded figures: the planner's edits. */
export function editsOf(figures: readonly Figure[], values: GridValues): Record<string, number> {
  const edits: Record<string, number> = {};
  for (const f of figures) {
    const value = editOf(f, values);
    if (value !== undefined) edits[f.id] = value;
  }
  return edits;
}
