// Resolving relation roles to figures, with a clear error for an id that is not loaded.
import type { Figure, Relation } from "../../domain/types";

export type FigureIndex = Map<string, Figure>;

export function indexFigures(figures: Figure[]): FigureIndex {
  return new Map(figures.map((f) => [f.id, f]));
}

/** The first figure id of a role, or "" when the relation has none. Throws on an unknown id. */
export function roleId(relation: Relation, role: string, index: FigureIndex): string {
  const id = relation.roles[role]?.[0] ?? "";
  if (id !== "" && !index.has(id)) {
    throw new Error(
      `workbook: relation ${relation.id}, role "${role}": figure "${id}" is not among the loaded figures`,
    );
  }
  return id;
}

/** The value of a figure id, or null for "". */
export function valueOf(id: string, index: FigureIndex): number | null {
  return id === "" ? null : (index.get(id)?.value ?? null);
}

/** Region of a relation: that of its first figure that has one. */
export function regionOf(ids: string[], index: FigureIndex): string {
  for (const id of ids) {
    const region = index.get(id)?.region;
    if (region) return region;
  }
  return "";
}
