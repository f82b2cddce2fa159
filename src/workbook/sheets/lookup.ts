// Resolving relation roles to figures, with a clear error for an id that is not loaded.
import type { Figure, Relation } from "../../domain/types";

export interface FigureIndex {
  byId: Map<string, Figure>;
  /** 1-based row of each figure in the Figures table body, as loaded. */
  position: Map<string, number>;
}

/** Joins the ids of a role in one cell; the lookup formula sums them. Ids never contain it. */
export const idSeparator = "|";

export function indexFigures(figures: Figure[]): FigureIndex {
  return {
    byId: new Map(figures.map((f) => [f.id, f])),
    position: new Map(figures.map((f, i) => [f.id, i + 1])),
  };
}

/** Where the lookup formula looks first: the row of a role's only figure, else "". */
export function rowHint(figures: Figure[], index: FigureIndex): number | "" {
  const only = figures.length === 1 ? figures[0] : undefined;
  return only ? (index.position.get(only.id) ?? "") : "";
}

/** The figures of a role (several add up), [] when the relation has none. Throws on an unknown id. */
export function roleFigures(relation: Relation, role: string, index: FigureIndex): Figure[] {
  return (relation.roles[role] ?? []).map((id) => {
    const figure = index.byId.get(id);
    if (!figure) {
      throw new Error(
        `workbook: relation ${relation.id}, role "${role}": figure "${id}" is not among the loaded figures`,
      );
    }
    return figure;
  });
}

/** The id cell of a role: its ids joined by the separator. */
export function idCell(figures: Figure[]): string {
  return figures.map((f) => f.id).join(idSeparator);
}

/** The sum of a role's values, or null when the role has no figure. */
export function sumOf(figures: Figure[]): number | null {
  return figures.length === 0 ? null : figures.reduce((s, f) => s + f.value, 0);
}

/** Region of a relation: that of its first figure that has one. */
export function regionOf(figures: Figure[]): string {
  return figures.find((f) => f.region !== "")?.region ?? "";
}
