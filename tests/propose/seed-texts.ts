// The curated seeds as a check of the proposer: each curated figure, found by its quote and
// value in its text, against the figure proposeSource gives the same number.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { findAll } from "../../src/domain/load/normalize-space";
import type { Indicator } from "../../src/domain/load/types";
import { proposeSource, type ProposedFigure } from "../../src/domain/propose/propose-source";
import { placeOf } from "../../src/domain/regions/gazetteer";
import type { Figure, Source } from "../../src/domain/types";

export const seedsDir = join(__dirname, "..", "..", "seeds");

export function loadedSeeds() {
  const loaded = loadSeeds(readSeedsDir(seedsDir));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded;
}

export const fixture = (name: string): string =>
  readFileSync(join(__dirname, "..", "fixtures", "new-sources", name), "utf8");

export interface Pair {
  curated: Figure;
  proposed: ProposedFigure | undefined;
}

/** Curated figures of a source with the proposal for the same number. */
export function pairsOf(source: Source, curated: Figure[], indicators: Indicator[]): Pair[] {
  const result = proposeSource({
    text: source.text,
    file: source.file,
    existing: { sources: [], figures: [], relations: [], indicators },
  });
  if (!result.ok) throw new Error(result.message.en);
  return curated.map((c) => {
    const spans = findAll(source.text, c.quote);
    const proposed = result.proposal.figures.find(
      (p) =>
        Math.abs(p.value - c.value) < 1e-9 &&
        spans.some(([a, b]) => a <= p.proposal.mention.start && p.proposal.mention.end <= b),
    );
    return { curated: c, proposed };
  });
}

/** A curated region as the proposer files it: a city that is a region centre goes to its region. */
export const filedAs = (region: string): string => placeOf(region)?.fileAs ?? region;
