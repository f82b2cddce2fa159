// Shapes of the seed loader: its input (file texts), its output, its errors.
import type { Figure, Messages, Relation, Source } from "../types";

/** The seed files as text; the loader never reads files itself (the CLI and the task pane do). */
export interface SeedFiles {
  sourcesCsv: string;
  figuresCsv: string;
  relationsCsv: string;
  indicatorsCsv?: string;
  /** Source texts keyed by file name as written in sources.csv. */
  texts: Record<string, string>;
}

export type IndicatorKind = "count" | "percent" | "money" | "length" | "area";

/** One documented indicator of seeds/indicators.csv. */
export interface Indicator {
  key: string;
  unit: string;
  kind: IndicatorKind;
  /** The indicator's name in each language. */
  label: Messages;
  description: string;
}

/** One problem in one cell (or row, or file) of a seed file. */
export interface LoadError {
  file: string;
  /** 1-based line number as an editor shows it; the header is row 1; 0 when the problem is the file itself. */
  row: number;
  /** Column name from the header, or "" when the problem is not in one column. */
  column: string;
  found: string;
  expected: string;
  /** The whole sentence for a person: file, row, column, what was found, what was expected. */
  message: string;
}

export type LoadResult =
  | {
      ok: true;
      sources: Source[];
      figures: Figure[];
      relations: Relation[];
      indicators: Indicator[];
    }
  | { ok: false; errors: LoadError[] };
