// seeds/figures.csv: one curated quantity per row, proven by a verbatim quote of its source.
import type { Figure, Mention, Qualifier } from "../types";
import { QUALIFIERS, RowReader, UNITS } from "./cells";
import type { CsvRow } from "./csv-file";
import { normalizeSpace } from "./normalize-space";
import type { ReadIndicators } from "./indicators";
import type { SourceRef } from "./sources";
import type { LoadError } from "./types";

export const FIGURE_COLUMNS = [
  "id",
  "source",
  "region",
  "indicator",
  "value",
  "unit",
  "qualifier",
  "upper",
  "as_of",
  "quote",
];

export type ReadNumbers = (text: string) => Mention[];

export interface FigureContext {
  /** Undefined when sources.csv could not be read whole: sources are then not checked. */
  sources: Map<string, SourceRef> | undefined;
  /** Undefined when no indicators.csv was given: then any indicator key is accepted. */
  indicators: ReadIndicators | undefined;
  readNumbers: ReadNumbers;
}

export function readFigures(
  file: string,
  rows: CsvRow[],
  context: FigureContext,
  errors: LoadError[],
): Figure[] {
  const sources = context.sources;
  const normalized = new Map<string, string>();
  const known = context.indicators?.keys;
  const indicators = new Map(context.indicators?.indicators.map((i) => [i.key, i]));
  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const r = new RowReader(file, row.line, row.cells, errors);
    const id = r.uniqueId("id", seen);
    const sourceId = r.raw("source").trim();
    const source = sources?.get(sourceId);
    if (sources && !source)
      r.fail(
        "source",
        sourceId,
        `an id from sources.csv (${[...sources.keys()].join(", ") || "none loaded"})`,
      );
    const region = r.text("region", "a region such as Aktobe region");
    const indicatorKey = r.id("indicator");
    const indicator = indicators.get(indicatorKey);
    if (known && !known.has(indicatorKey) && indicatorKey !== "")
      r.fail("indicator", indicatorKey, "a key from indicators.csv");
    const value = r.number("value");
    const unit = r.oneOf("unit", UNITS);
    if (indicator && unit !== undefined && unit !== indicator.unit) {
      r.fail("unit", unit, `"${indicator.unit}", the unit of indicator ${indicator.key}`);
    }
    const qualifier = r.oneOf("qualifier", QUALIFIERS);
    const upper = readUpper(r, qualifier, value);
    const asOf = r.period("as_of");
    const quote = r.text("quote", "a verbatim quote of the source containing the number");
    if (source?.text !== undefined && quote !== "") {
      let text = normalized.get(source.id);
      if (text === undefined) normalized.set(source.id, (text = normalizeSpace(source.text)));
      if (!text.includes(normalizeSpace(quote))) {
        r.fail(
          "quote",
          quote,
          `a verbatim span of ${source.file} (${source.id}); check letters, «» quotes and dashes`,
        );
      } else if (errors.length === before && unit !== undefined && qualifier !== undefined) {
        // Only a row whose cells are valid is read back: a bad unit is not reported twice.
        checkQuoteNumber(r, context.readNumbers(quote), { value, upper, unit, qualifier });
      }
    }
    if (errors.length > before || !source || unit === undefined || qualifier === undefined)
      continue;
    const figure: Figure = {
      id,
      source: source.id,
      region,
      indicator: indicatorKey,
      value,
      unit,
      qualifier,
      asOf,
      quote,
    };
    if (upper !== undefined) figure.upper = upper;
    figures.push(figure);
  }
  return figures;
}

function readUpper(
  r: RowReader,
  qualifier: Qualifier | undefined,
  value: number,
): number | undefined {
  const raw = r.raw("upper").trim();
  if (qualifier !== "range") {
    if (raw !== "") r.fail("upper", raw, "empty (upper is only for qualifier range)");
    return undefined;
  }
  if (raw === "") {
    r.fail("upper", "", "the upper bound of the range");
    return undefined;
  }
  const upper = r.number("upper");
  if (!Number.isNaN(upper) && !Number.isNaN(value) && upper <= value) {
    r.fail("upper", raw, `a number greater than value ${value}`);
  }
  return upper;
}

interface Stated {
  value: number;
  upper: number | undefined;
  unit: string;
  qualifier: Qualifier;
}

/** The quote must state the row's number: same value, qualifier, unit (and upper for ranges). */
function checkQuoteNumber(r: RowReader, mentions: Mention[], row: Stated): void {
  const sameValue = mentions.filter((m) => close(m.value, row.value));
  if (sameValue.length === 0) {
    r.fail(
      "value",
      String(row.value),
      `a number the quote states (it reads ${describe(mentions)})`,
    );
    return;
  }
  const sameUnit = sameValue.filter((m) => unitMatches(m, row.unit));
  if (sameUnit.length === 0) {
    r.fail("unit", row.unit, `the unit the quote states for ${row.value}: ${describe(sameValue)}`);
    return;
  }
  const sameQualifier = sameUnit.filter((m) => m.qualifier === row.qualifier);
  if (sameQualifier.length === 0) {
    r.fail(
      "qualifier",
      row.qualifier,
      `the qualifier the quote states for ${row.value}: ${describe(sameUnit)}`,
    );
    return;
  }
  if (
    row.upper !== undefined &&
    !sameQualifier.some((m) => m.upper !== undefined && close(m.upper, row.upper ?? 0))
  ) {
    r.fail(
      "upper",
      String(row.upper),
      `the upper bound the quote states: ${describe(sameQualifier)}`,
    );
  }
}

/** A plain count ("") accepts a counted noun the reader names (e.g. "person"). */
function unitMatches(m: Mention, unit: string): boolean {
  return m.unit === unit || (unit === "" && m.kind === "count");
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function describe(mentions: Mention[]): string {
  if (mentions.length === 0) return "no number";
  return mentions
    .map((m) => {
      const range = m.upper === undefined ? "" : `–${m.upper}`;
      return `"${m.text}" = ${m.value}${range}${m.unit === "" ? "" : ` ${m.unit}`} (${m.qualifier})`;
    })
    .join(", ");
}
