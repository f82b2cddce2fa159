// Target relations: progress of a plan (done / planned × 100) and what remains to do.
// Several planned figures add up (26 stations in 2024 + 27 in 2025 = 53 planned).
import type { Derived, Messages, Relation } from "../types";
import { cannotComputeMessage } from "./messages";
import { type CheckContext, derivedOf, fromRoles, roleFigures, sumValues } from "./context";

export function targetDerived(ctx: CheckContext, relation: Relation): Derived[] {
  const planned = roleFigures(ctx, relation, "planned");
  const done = roleFigures(ctx, relation, "done");
  const region = done.figures[0]?.region ?? planned.figures[0]?.region ?? "";
  const unit = planned.figures[0]?.unit ?? "";
  const missing = planned.missing ?? done.missing;
  const from = fromRoles({ planned: planned.figures, done: done.figures });
  const p = sumValues(planned.figures);
  const d = sumValues(done.figures);
  const row = (kind: "progress" | "remaining", value: number, unavailable?: Messages): Derived =>
    derivedOf(relation, region, kind, value, kind === "progress" ? "%" : unit, from, unavailable);
  if (missing !== undefined || planned.figures.length === 0 || done.figures.length === 0) {
    const unavailable = cannotComputeMessage({
      missing: missing ?? (planned.figures.length ? "done" : "planned"),
    });
    return [row("progress", NaN, unavailable), row("remaining", NaN, unavailable)];
  }
  // What remains never goes below 0: an over-fulfilled plan has nothing left to do.
  const remaining = row("remaining", Math.max(0, p - d));
  if (p === 0) return [row("progress", NaN, cannotComputeMessage({ zero: "planned" })), remaining];
  return [row("progress", (d / p) * 100), remaining];
}
