// Target relations: progress of a plan (done / planned × 100) and what remains to do.
// Several planned figures add up (26 stations in 2024 + 27 in 2025 = 53 planned).
import type { Derived, Relation } from "../types";
import { cannotComputeMessage } from "./messages";
import { type CheckContext, fromRoles, roleFigures } from "./context";

export function targetDerived(ctx: CheckContext, relation: Relation): Derived[] {
  const planned = roleFigures(ctx, relation, "planned");
  const done = roleFigures(ctx, relation, "done");
  const region = done.figures[0]?.region ?? planned.figures[0]?.region ?? "";
  const unit = planned.figures[0]?.unit ?? "";
  const base = { region, label: relation.label, relation: relation.id };
  const missing = planned.missing ?? done.missing;
  const from = fromRoles({ planned: planned.figures, done: done.figures });
  const p = planned.figures.reduce((s, f) => s + f.value, 0);
  const d = done.figures.reduce((s, f) => s + f.value, 0);
  const ids = { progress: `progress:${relation.id}`, remaining: `remaining:${relation.id}` };
  if (missing !== undefined || planned.figures.length === 0 || done.figures.length === 0) {
    const unavailable = cannotComputeMessage({
      missing: missing ?? (planned.figures.length ? "done" : "planned"),
    });
    return [
      { ...base, id: ids.progress, kind: "progress", value: NaN, unit: "%", from, unavailable },
      { ...base, id: ids.remaining, kind: "remaining", value: NaN, unit, from, unavailable },
    ];
  }
  // What remains never goes below 0: an over-fulfilled plan has nothing left to do.
  const remaining: Derived = {
    ...base,
    id: ids.remaining,
    kind: "remaining",
    value: Math.max(0, p - d),
    unit,
    from,
  };
  if (p === 0) {
    const unavailable = cannotComputeMessage({ zero: "planned" });
    return [
      { ...base, id: ids.progress, kind: "progress", value: NaN, unit: "%", from, unavailable },
      remaining,
    ];
  }
  return [
    { ...base, id: ids.progress, kind: "progress", value: (d / p) * 100, unit: "%", from },
    remaining,
  ];
}
