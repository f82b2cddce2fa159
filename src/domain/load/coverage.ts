// Proves the curation is complete: every number the reader finds in a source is either a
// figure (inside an occurrence of its quote, with its value) or listed in seeds/skipped.csv.
import type { Figure, Mention, Source } from "../types";
import { RowReader } from "./cells";
import { readCsvFile } from "./csv-file";
import type { ReadNumbers } from "./figures";
import { findAll } from "./normalize-space";
import type { LoadError } from "./types";

export const SKIPPED_COLUMNS = ["source", "text", "occurrence", "reason"];

/** A number deliberately left out: the `occurrence`-th (1-based) occurrence of `text` in a source. */
export interface Skipped {
  source: string;
  text: string;
  occurrence: number;
  reason: string;
  /** Line in skipped.csv, for reports. */
  line: number;
}

export interface CoverageReport {
  /** Mentions neither a figure nor a skipped row accounts for. */
  uncovered: { source: string; mention: Mention }[];
  /** Skipped rows whose text is not there or holds no otherwise unaccounted mention. */
  stale: Skipped[];
}

export function readSkipped(
  file: string,
  text: string,
  sourceIds: Set<string>,
): { skipped: Skipped[]; errors: LoadError[] } {
  const { rows, errors } = readCsvFile(file, text, SKIPPED_COLUMNS);
  const skipped: Skipped[] = [];
  for (const row of rows) {
    const r = new RowReader(file, row.line, row.cells, errors);
    const source = r.raw("source").trim();
    if (!sourceIds.has(source)) r.fail("source", source, "an id from sources.csv");
    const skippedText = r.raw("text");
    if (skippedText.trim() === "") r.fail("text", "", "the verbatim text of the number");
    const occurrence = r.number("occurrence");
    if (!Number.isNaN(occurrence) && (!Number.isInteger(occurrence) || occurrence < 1)) {
      r.fail("occurrence", r.raw("occurrence"), "1, 2, ... (which occurrence of text)");
    }
    const reason = r.text("reason", "why the number is not a figure");
    skipped.push({ source, text: skippedText, occurrence, reason, line: row.line });
  }
  return { skipped, errors };
}

export function checkCoverage(
  sources: Source[],
  figures: Figure[],
  skipped: Skipped[],
  readNumbers: ReadNumbers,
): CoverageReport {
  const uncovered: CoverageReport["uncovered"] = [];
  const used = new Set<Skipped>();
  for (const source of sources) {
    const own = figures.filter((f) => f.source === source.id);
    const spans = own.map((f) => ({ value: f.value, spans: findAll(source.text, f.quote) }));
    const skips = skipped
      .filter((s) => s.source === source.id)
      .map((s) => ({ row: s, span: findAll(source.text, s.text)[s.occurrence - 1] }));
    for (const mention of readNumbers(source.text)) {
      const inside = (span: [number, number] | undefined) =>
        span !== undefined && span[0] <= mention.start && mention.end <= span[1];
      const byFigure = spans.some((f) => f.value === mention.value && f.spans.some(inside));
      if (byFigure) continue;
      const skip = skips.find((s) => inside(s.span));
      if (skip) used.add(skip.row);
      else uncovered.push({ source: source.id, mention });
    }
  }
  return { uncovered, stale: skipped.filter((s) => !used.has(s)) };
}
