// The pane's data for the real seeds: loaded and checked by the real domain code.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { AddedSource } from "../../src/domain/propose/added-sources";
import type { PaneData } from "../../src/taskpane/services/load-types";

const SEEDS = join(__dirname, "..", "..", "seeds");
const read = (f: string): string => readFileSync(join(SEEDS, f), "utf8");

export function seedData(): PaneData {
  const texts = Object.fromEntries(
    readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => [f, read(f)]),
  );
  const loaded = loadSeeds({
    sourcesCsv: read("sources.csv"),
    figuresCsv: read("figures.csv"),
    relationsCsv: read("relations.csv"),
    indicatorsCsv: read("indicators.csv"),
    texts,
  });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  const { sources, figures, relations, indicators } = loaded;
  return {
    sources,
    figures,
    relations,
    indicators,
    check: runChecks({ sources, figures, relations }),
  };
}

/** A text added from the pane with one figure of `value`. */
export function addedSource(data: PaneData, value: number): AddedSource {
  const text = ` date 2026-02-01 Актобе\n\nВ Актюбинской области ${value} сел.`;
  return {
    source: { ...data.sources[0]!, id: "added-1", file: "added-1.txt", text },
    figures: [
      { ...data.figures[0]!, id: "added-1.1", source: "added-1", value, quote: `${value} сел` },
    ],
    relations: [],
    indicators: [],
  };
}
