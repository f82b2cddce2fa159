// The pane's data for the real seeds: loaded and checked by the real domain code.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
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
