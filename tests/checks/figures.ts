// Builders of synthetic figures and relations for the checks' tests.
import type { Figure, Qualifier, Relation, RelationType } from "../../src/domain/types";

export function fig(
  id: string,
  value: number,
  opts: {
    unit?: string;
    qualifier?: Qualifier;
    quote?: string;
    indicator?: string;
    upper?: number;
    asOf?: string;
    source?: string;
    region?: string;
  } = {},
): Figure {
  return {
    id,
    source: opts.source ?? "s1",
    region: opts.region ?? "R",
    indicator: opts.indicator ?? id,
    value,
    ...(opts.upper === undefined ? {} : { upper: opts.upper }),
    unit: opts.unit ?? "",
    qualifier: opts.qualifier ?? "exact",
    asOf: opts.asOf ?? "2025",
    quote: opts.quote ?? "",
  };
}

export function pct(id: string, value: number, quote = "", qualifier: Qualifier = "exact"): Figure {
  return fig(id, value, { unit: "%", quote, qualifier });
}

export function rel(
  id: string,
  type: RelationType,
  roles: Record<string, string[]>,
  label = id,
): Relation {
  return { id, type, label, roles };
}
