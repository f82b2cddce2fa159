// Agreement: figures that state one quantity (a `same` relation, or one indicator of one
// region and date stated in several texts or twice in one) must have a value in common.
import type { Conflict, Figure, Relation } from "../types";
import { integerBounds, intersect, isEmpty } from "./intervals";
import { NONE, agreementMessage } from "./messages";
import { type CheckContext, conflictFigure, roleFigures, severityOf, shown } from "./context";

/** Do all the figures allow one common value? */
export function agree(ctx: CheckContext, figures: Figure[]): boolean {
  const readings = figures.map((f) => ctx.reading(f));
  const first = readings[0];
  if (!first) return true;
  let common = first.interval;
  for (const r of readings.slice(1)) common = intersect(common, r.interval);
  return readings.every((r) => r.integer) ? integerBounds(common) !== null : !isEmpty(common);
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
      message: agreementMessage(figures.map((f) => ({ shown: shown(ctx, f), source: f.source }))),
      suggestion: NONE,
    },
  ];
}

/** Key of the quantity a figure states: indicator, region, as-of date and unit. */
export function quantityKey(f: Figure): string {
  return `${f.indicator}|${f.region}|${f.asOf}|${f.unit}`;
}

/**
 * Groups figures by quantity (one pass, a map) and checks each group of two or more;
 * `covered` holds the ids already checked by explicit `same` relations.
 */
export function checkAgreementGroups(
  ctx: CheckContext,
  figures: Figure[],
  covered: Set<string>,
): Conflict[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.indicator === "") continue;
    const key = quantityKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const conflicts: Conflict[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2 || group.every((f) => covered.has(f.id))) continue;
    conflicts.push(...agreementConflict(ctx, key, group));
  }
  return conflicts;
}

/**
 * Members of a sum relation that share a quantity key (the 4G plans of three operators and
 * their total all use one indicator): a breakdown, not restatements, so the grouping leaves
 * them out. A restatement of such a figure is checked with an explicit `same` relation.
 */
export function breakdownMembers(ctx: CheckContext, relation: Relation): string[] {
  const members = [
    ...roleFigures(ctx, relation, "parts").figures,
    ...roleFigures(ctx, relation, "whole").figures,
  ];
  const count = new Map<string, number>();
  for (const f of members) count.set(quantityKey(f), (count.get(quantityKey(f)) ?? 0) + 1);
  return members.filter((f) => (count.get(quantityKey(f)) ?? 0) > 1).map((f) => f.id);
}
