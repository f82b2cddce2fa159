// The checks of issue 4: derived indicators from relations, and every conflict no reading
// of the figures can resolve. One pass over relations, one grouping pass over figures: O(n).
import type { CheckResult, Conflict, Derived, Figure, Relation, Source } from "../types";
import { agreementConflict, breakdownMembers, checkAgreementGroups } from "./agreement";
import { makeContext, roleFigures } from "./context";
import { checkShare } from "./share";
import { checkSum } from "./sum";
import { targetDerived } from "./target";

export interface CheckInput {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
}

export function runChecks(input: CheckInput): CheckResult {
  const ctx = makeContext(input.figures, input.sources);
  const derived: Derived[] = [];
  const conflicts: Conflict[] = [];
  const covered = new Set<string>();
  for (const relation of input.relations) {
    switch (relation.type) {
      case "share": {
        const out = checkShare(ctx, relation);
        derived.push(...out.derived);
        conflicts.push(...out.conflicts);
        break;
      }
      case "sum":
        conflicts.push(...checkSum(ctx, relation));
        for (const id of breakdownMembers(ctx, relation)) covered.add(id);
        break;
      case "same": {
        const members = roleFigures(ctx, relation, "members").figures;
        for (const f of members) covered.add(f.id);
        conflicts.push(...agreementConflict(ctx, relation.id, members, relation.id));
        break;
      }
      case "target":
        derived.push(...targetDerived(ctx, relation));
        break;
    }
  }
  conflicts.push(...checkAgreementGroups(ctx, input.figures, covered));
  return { figures: input.figures.length, derived, conflicts };
}
