// The figures as the planner has them in the grid: the loaded figures with edited values.
import type { Figure } from "../../domain/types";

/** Values read back from the Figures table, by figure id. */
export type GridValues = Readonly<Record<string, number>>;

export function applyEdits(figures: readonly Figure[], values: GridValues): Figure[] {
  return figures.map((f) => {
    const value = values[f.id];
    return value === undefined || !Number.isFinite(value) || value === f.value
      ? f
      : { ...f, value };
  });
}

/** The values that differ from the loaded figures: the planner's edits. */
export function editsOf(figures: readonly Figure[], values: GridValues): Record<string, number> {
  const edits: Record<string, number> = {};
  for (const f of figures) {
    const value = values[f.id];
    if (value !== undefined && Number.isFinite(value) && value !== f.value) edits[f.id] = value;
  }
  return edits;
}
