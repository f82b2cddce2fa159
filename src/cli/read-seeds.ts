// Reads a seeds directory into SeedFiles for loadSeeds (Node only).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { MAX_FILE_CHARS } from "../domain/load/csv-file";
import { SEED_FILE_NAMES } from "../domain/load/load-seeds";
import type { SeedFiles } from "../domain/load/types";

/** seeds/ of the sanaq package (src/cli or lib/cli are two levels below it): the default of every command. */
export const DEFAULT_SEEDS = join(__dirname, "..", "..", "seeds");

export class SeedDirError extends Error {}

/**
 * Reads sources.csv, figures.csv, relations.csv (optional), indicators.csv (optional) and every
 * text file sources.csv names. Files are read as UTF-8 without judging their content: loadSeeds
 * does that. Throws SeedDirError for a missing directory, a missing required file or a huge file.
 */
export function readSeedsDir(dir: string): SeedFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SeedDirError(
      `seeds directory not found: ${dir} (expected a directory with sources.csv and figures.csv)`,
    );
  }
  const read = (name: string, required: boolean): string | undefined => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (required)
        throw new SeedDirError(`${path}: file not found (expected ${name} in the seeds directory)`);
      return undefined;
    }
    const size = statSync(path).size;
    if (size > MAX_FILE_CHARS) {
      // Not read at all: a seed file is kilobytes; this is a mistake, not data.
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      throw new SeedDirError(
        `${path}: ${mb(size)}, expected a seed file of at most ${mb(MAX_FILE_CHARS)}`,
      );
    }
    return readFileSync(path, "utf8");
  };
  const sourcesCsv = read(SEED_FILE_NAMES.sources, true) ?? "";
  const texts: Record<string, string> = {};
  for (const file of sourceFileNames(sourcesCsv)) {
    if (file.includes("/") || file.includes("\\") || file.startsWith(".")) continue; // loadSeeds reports it
    const text = read(file, false);
    if (text !== undefined) texts[file] = text;
  }
  return {
    sourcesCsv,
    figuresCsv: read(SEED_FILE_NAMES.figures, true) ?? "",
    relationsCsv: read(SEED_FILE_NAMES.relations, false) ?? "",
    indicatorsCsv: read(SEED_FILE_NAMES.indicators, false),
    texts,
  };
}

/** The file column of sources.csv, read leniently: loadSeeds validates the file properly. */
function sourceFileNames(sourcesCsv: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(sourcesCsv.replace(/^\ufeff/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: ",",
  });
  return parsed.data.map((row) => (row["file"] ?? "").trim()).filter((f) => f !== "");
}
