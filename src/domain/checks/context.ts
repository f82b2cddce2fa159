// What every check needs: figures by id, each figure's reading computed once, and the
// shapes a conflict shows of a figure.
import { readNumbers } from "../numbers/read-numbers";
import type {
  ConflictFigure,
  Derived,
  DerivedKind,
  Figure,
  Mention,
  Messages,
  Relation,
  Source,
} from "../types";
import { type Interval, add, point } from "./intervals";
import type { Shown } from "./messages";
import { type Reading, readFigure } from "./reading";

export interface CheckContext {
  byId: Map<string, Figure>;
  reading: (figure: Figure) => Reading;
  /** A source as a planner knows it: its title («…»), else its id. */
  sourceName: (id: string) => string;
}

export function makeContext(
  figures: Figure[],
  sources: readonly Pick<Source, "id" | "title">[] = [],
): CheckContext {
  const titles = new Map(sources.filter((s) => s.title.trim() !== "").map((s) => [s.id, s.title]));
  const byId = new Map<string, Figure>();
  for (const f of figures) {
    if (!(f.value >= 0) || (f.upper !== undefined && !(f.upper >= f.value))) {
      throw new Error(
        `figure "${f.id}" (source ${f.source}): value ${f.value}${f.upper === undefined ? "" : `–${f.upper}`} ` +
          "is not allowed; expected a non-negative number (and upper ≥ value for a range)",
      );
    }
    byId.set(f.id, f);
  }
  // Keyed by the figure object: an identity lookup, cheaper than hashing its id again.
  const cache = new Map<Figure, Reading>();
  const mentions = new Map<string, Mention[]>();
  const mentionsOf = (quote: string): Mention[] => {
    let m = mentions.get(quote);
    if (!m) {
      m = readNumbers(quote);
      mentions.set(quote, m);
    }
    return m;
  };
  return {
    byId,
    sourceName: (id) => {
      const title = titles.get(id);
      return title === undefined ? id : `«${title}»`;
    },
    reading: (figure) => {
      let r = cache.get(figure);
      if (!r) {
        r = readFigure(figure, mentionsOf);
        cache.set(figure, r);
      }
      return r;
    },
  };
}

/** The figures of one role, or the first id that names no figure. */
export function roleFigures(
  ctx: CheckContext,
  relation: Relation,
  role: string,
): { figures: Figure[]; missing?: string } {
  const figures: Figure[] = [];
  for (const id of relation.roles[role] ?? []) {
    const f = ctx.byId.get(id);
    if (!f) return { figures, missing: id };
    figures.push(f);
  }
  return { figures };
}

/** Derived.from: role → figure id; a role of several figures gives "planned.1", "planned.2". */
export function fromRoles(roles: Record<string, Figure[]>): Record<string, string> {
  const from: Record<string, string> = {};
  for (const role in roles) {
    const figures = roles[role] ?? [];
    for (let i = 0; i < figures.length; i++) {
      from[figures.length === 1 ? role : `${role}.${i + 1}`] = (figures[i] as Figure).id;
    }
  }
  return from;
}

/**
 * One derived indicator of a relation, built as a literal (not a spread of a shared base):
 * this runs once or twice per relation.
 */
export function derivedOf(
  relation: Relation,
  region: string,
  kind: DerivedKind,
  value: number,
  unit: string,
  from: Record<string, string>,
  unavailable?: Messages,
): Derived {
  const out: Derived = {
    region,
    label: relation.label,
    relation: relation.id,
    id: `${kind}:${relation.id}`,
    kind,
    value,
    unit,
    from,
  };
  if (unavailable !== undefined) out.unavailable = unavailable;
  return out;
}

/** The sum of the figures' values. */
export function sumValues(figures: Figure[]): number {
  let sum = 0;
  for (const f of figures) sum += f.value;
  return sum;
}

/** What a role's figures allow together: the sum of their intervals, and whether all are counts. */
export interface RoleReading {
  interval: Interval;
  integer: boolean;
}

/** One pass over the role's readings; a single figure gives its own reading, no copy. */
export function roleReading(ctx: CheckContext, figures: Figure[]): RoleReading {
  const first = figures[0];
  if (figures.length === 1 && first) return ctx.reading(first);
  let interval = point(0);
  let integer = true;
  for (const f of figures) {
    const r = ctx.reading(f);
    interval = add(interval, r.interval);
    integer = integer && r.integer;
  }
  return { interval, integer };
}

export function decimalsOfStep(step: number): number {
  return step >= 1 ? 0 : Math.min(6, Math.round(-Math.log10(step)));
}

export function shown(ctx: CheckContext, f: Figure): Shown {
  return {
    value: f.value,
    upper: f.upper,
    qualifier: f.qualifier,
    decimals: decimalsOfStep(ctx.reading(f).step),
    percent: f.unit === "%",
  };
}

export function conflictFigure(f: Figure): ConflictFigure {
  return { id: f.id, value: f.value, source: f.source, quote: f.quote };
}

/** An error when pure arithmetic rules the figures out; a warning when an "about" tolerance does. */
export function severityOf(figures: Figure[]): "error" | "warning" {
  return figures.some((f) => f.qualifier === "about") ? "warning" : "error";
}
