// Groups conflicts for the list: by region (of the conflict's figures), then by kind.
import type { Conflict, ConflictKind, Figure } from "../../domain/types";

export interface KindGroup {
  kind: ConflictKind;
  conflicts: Conflict[];
}

export interface RegionGroup {
  /** "" when none of the conflict's figures is known. */
  region: string;
  count: number;
  kinds: KindGroup[];
}

export const kindOrder: readonly ConflictKind[] = ["share", "sum", "agreement", "source"];

/** The region of the first of the conflict's figures that is known. */
export function regionOf(conflict: Conflict, figuresById: ReadonlyMap<string, Figure>): string {
  for (const f of conflict.figures) {
    const region = figuresById.get(f.id)?.region;
    if (region) return region;
  }
  return "";
}

export function groupConflicts(
  conflicts: readonly Conflict[],
  figures: readonly Figure[],
  locale: string,
  /** The region as the pane shows it: groups are sorted by what the planner reads. */
  displayName: (region: string) => string = (region) => region,
): RegionGroup[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const regions = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    const region = regionOf(c, byId);
    const list = regions.get(region) ?? [];
    list.push(c);
    regions.set(region, list);
  }
  return [...regions.entries()]
    .sort(([a], [b]) =>
      a === "" ? 1 : b === "" ? -1 : displayName(a).localeCompare(displayName(b), locale),
    )
    .map(([region, list]) => ({
      region,
      count: list.length,
      kinds: kindOrder
        .map((kind) => ({ kind, conflicts: list.filter((c) => c.kind === kind) }))
        .filter((g) => g.conflicts.length > 0),
    }));
}
