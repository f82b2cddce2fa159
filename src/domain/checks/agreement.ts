// Agreement: figures that state one quantity (a `same` relation, or one indicator of one
// region and date stated in several texts or twice in one) must have a value in common.
import type { Conflict, Figure, Relation } from "../types";
import { integerBounds, intersect, isEmpty } from "./intervals";
import { NONE, agreementMessage } from "./messages";
import { type CheckContext, conflictFigure, roleFigures, severityOf, shown } from "./context";

/** Do all the figures allow one common value? */
export function agree(ctx: CheckContext, figures: Figure[]): boolean {
  const first = figures[0];
  if (!first) return true;
  const firstReading = ctx.reading(first);
  let common = firstReading.interval;
  let integer = firstReading.integer;
  for (let i = 1; i < figures.length; i++) {
    const r = ctx.reading(figures[i] as Figure);
    common = intersect(common, r.interval);
    integer = integer && r.integer;
  }
  return integer ? integerBounds(common) !== null : !isEmpty(common);
}

export function agreementConflict(
  ctx: CheckContext,
  id: string,
  figures: Figure[],
  relation?: string,
): Conflict[] {
  if (figures.length < 2 || agree(ctx, figures)) return [];
  const [first, ...rest] = figures;
  if (!first) return [];
  return [
    {
      id: `agreement:${id}`,
      kind: "agreement",
      severity: severityOf(figures),
      ...(relation === undefined ? {} : { relation }),
      figures: figures.map(conflictFigure),
      stated: ctx.reading(first).written,
      implied: rest.map((f) => ctx.reading(f).written).join(", "),
      message: agreementMessage(
        figures.map((f) => ({
          shown: shown(ctx, f),
          source: f.source,
          sourceName: ctx.sourceName(f.source),
        })),
      ),
      suggestion: NONE,
    },
  ];
}

/** Key of the quantity a figure states: indicator, region, as-of date and unit. */
export function quantityKey(f: Figure): string {
  return `${f.indicator}|${f.region}|${f.asOf}|${f.unit}`;
}

/** Do two figures state one quantity (the same quantityKey), without building the keys? */
function sameQuantity(a: Figure, b: Figure): boolean {
  return (
    a.region === b.region && a.indicator === b.indicator && a.asOf === b.asOf && a.unit === b.unit
  );
}

/** A region's few quantities are compared field by field; beyond this many, keyed. */
const MAX_SCANNED_GROUPS = 16;

/** The groups of one region: scanned while few, then found by key. */
interface RegionGroups {
  groups: Figure[][];
  byKey?: Map<string, Figure[]>;
}

/** The group of f's quantity within its region, or undefined. */
function findGroup(region: RegionGroups, f: Figure): Figure[] | undefined {
  if (region.byKey) return region.byKey.get(quantityKey(f));
  for (const g of region.groups) if (sameQuantity(g[0] as Figure, f)) return g;
  return undefined;
}

function addGroup(region: RegionGroups, group: Figure[]): void {
  region.groups.push(group);
  if (region.byKey) region.byKey.set(quantityKey(group[0] as Figure), group);
  else if (region.groups.length > MAX_SCANNED_GROUPS) {
    region.byKey = new Map(region.groups.map((g) => [quantityKey(g[0] as Figure), g]));
  }
}

/**
 * Groups figures by quantity and checks each group of two or more; `covered` holds the ids
 * already checked by explicit `same` relations. Grouping goes by region first (its string is
 * hashed once) and compares the other fields directly: building and hashing a key string for
 * every figure was most of this pass. Groups keep the order of their first figure.
 */
export function checkAgreementGroups(
  ctx: CheckContext,
  figures: Figure[],
  covered: Set<string>,
): Conflict[] {
  const regions = new Map<string, RegionGroups>();
  const groups: Figure[][] = [];
  for (const f of figures) {
    if (f.indicator === "") continue;
    let region = regions.get(f.region);
    if (!region) {
      region = { groups: [] };
      regions.set(f.region, region);
    }
    const g = findGroup(region, f);
    if (g) g.push(f);
    else {
      const group = [f];
      addGroup(region, group);
      groups.push(group);
    }
  }
  const conflicts: Conflict[] = [];
  for (const group of groups) {
    if (group.length < 2 || group.every((f) => covered.has(f.id))) continue;
    conflicts.push(...agreementConflict(ctx, quantityKey(group[0] as Figure), group));
  }
  return conflicts;
}

/**
 * Members of a sum relation that share a quantity key (the 4G plans of three operators and
 * their total all use one indicator): a breakdown, not restatements, so the grouping leaves
 * them out. A restatement of such a figure is checked with an explicit `same` relation.
 */
export function breakdownMembers(ctx: CheckContext, relation: Relation): string[] {
  const members = roleFigures(ctx, relation, "parts").figures.concat(
    roleFigures(ctx, relation, "whole").figures,
  );
  // A sum has a few members: comparing pairs is cheaper than a map of key strings.
  if (members.length <= MAX_SCANNED_GROUPS) {
    const ids: string[] = [];
    for (const f of members) {
      let same = 0;
      for (const o of members) if (sameQuantity(f, o)) same++;
      if (same > 1) ids.push(f.id);
    }
    return ids;
  }
  const count = new Map<string, number>();
  for (const f of members) count.set(quantityKey(f), (count.get(quantityKey(f)) ?? 0) + 1);
  return members.filter((f) => (count.get(quantityKey(f)) ?? 0) > 1).map((f) => f.id);
}
