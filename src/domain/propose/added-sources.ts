// Texts a planner added from the pane, kept in the workbook (its add-in state) and joined to the
// curated seeds on every load, so they are checked with them and survive every refresh.
import type { Indicator } from "../load/types";
import type { Figure, Relation, Source } from "../types";

/** One added text with the rows the planner confirmed. */
export interface AddedSource {
  source: Source;
  figures: Figure[];
  relations: Relation[];
  /** New indicators the text needs (not in indicators.csv). */
  indicators: Indicator[];
}

export interface SeedData {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
  indicators: Indicator[];
}

/**
 * The seeds with the added texts appended. An added text whose source id the seeds now have
 * (a maintainer curated it) gives way to the curated one, as do its figure, relation and
 * indicator ids that the seeds use.
 */
export function withAdded(seeds: SeedData, added: readonly AddedSource[]): SeedData {
  const sourceIds = new Set(seeds.sources.map((s) => s.id));
  const figureIds = new Set(seeds.figures.map((f) => f.id));
  const relationIds = new Set(seeds.relations.map((r) => r.id));
  const indicatorKeys = new Set(seeds.indicators.map((i) => i.key));
  const out: SeedData = {
    sources: [...seeds.sources],
    figures: [...seeds.figures],
    relations: [...seeds.relations],
    indicators: [...seeds.indicators],
  };
  for (const a of added) {
    if (sourceIds.has(a.source.id)) continue;
    sourceIds.add(a.source.id);
    out.sources.push(a.source);
    for (const f of a.figures) {
      if (figureIds.has(f.id)) continue;
      figureIds.add(f.id);
      out.figures.push(f);
    }
    for (const r of a.relations) {
      if (relationIds.has(r.id)) continue;
      if (!Object.values(r.roles).every((ids) => ids.every((id) => figureIds.has(id)))) continue;
      relationIds.add(r.id);
      out.relations.push(r);
    }
    for (const i of a.indicators) {
      if (indicatorKeys.has(i.key)) continue;
      indicatorKeys.add(i.key);
      out.indicators.push(i);
    }
  }
  return out;
}
