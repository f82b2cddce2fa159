// Loads and validates the seed files; every problem is reported at once and nothing
// is returned as loaded while any stands.
import { readNumbers } from "../numbers/read-numbers";
import { readCsvFile } from "./csv-file";
import { FIGURE_COLUMNS, readFigures, type ReadNumbers } from "./figures";
import { INDICATOR_COLUMNS, readIndicators } from "./indicators";
import { RELATION_COLUMNS, readRelations } from "./relations";
import { readSources, SOURCE_COLUMNS } from "./sources";
import type { LoadError, LoadResult, SeedFiles } from "./types";

export const SEED_FILE_NAMES = {
  sources: "sources.csv",
  figures: "figures.csv",
  relations: "relations.csv",
  indicators: "indicators.csv",
  skipped: "skipped.csv",
} as const;

export interface LoadOptions {
  /** The number reader quotes are checked with; the project's own by default. */
  readNumbers?: ReadNumbers;
}

export function loadSeeds(files: SeedFiles, options: LoadOptions = {}): LoadResult {
  const names = SEED_FILE_NAMES;
  const errors: LoadError[] = [];
  // A file that could not be read whole cannot say an id is unknown: its rows are missing.
  const csv = (file: string, text: string, columns: string[], optional?: string[]) => {
    const read = readCsvFile(file, text, columns, optional);
    errors.push(...read.errors);
    return { rows: read.rows, complete: read.errors.length === 0 };
  };

  const sourceFile = csv(names.sources, files.sourcesCsv, SOURCE_COLUMNS);
  const { sources, refs } = readSources(names.sources, sourceFile.rows, files.texts, errors);
  const indicatorFile =
    files.indicatorsCsv === undefined
      ? undefined
      : csv(names.indicators, files.indicatorsCsv, INDICATOR_COLUMNS);
  const indicators = indicatorFile && readIndicators(names.indicators, indicatorFile.rows, errors);
  const figureFile = csv(names.figures, files.figuresCsv, FIGURE_COLUMNS);
  const figures = readFigures(
    names.figures,
    figureFile.rows,
    {
      sources: sourceFile.complete ? refs : undefined,
      indicators: indicatorFile?.complete ? indicators : undefined,
      readNumbers: options.readNumbers ?? readNumbers,
    },
    errors,
  );
  // Relations may name a figure whose row has its own error: that is not a second error.
  const figureIds = figureFile.complete
    ? new Set(figureFile.rows.map((row) => (row.cells["id"] ?? "").trim()))
    : undefined;
  // An empty relations file means "no relations yet"; any content must be a valid table.
  const relations =
    files.relationsCsv.trim() === ""
      ? []
      : readRelations(
          names.relations,
          csv(names.relations, files.relationsCsv, RELATION_COLUMNS, ["deadline"]).rows,
          figureIds,
          errors,
        );

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, sources, figures, relations, indicators: indicators?.indicators ?? [] };
}
