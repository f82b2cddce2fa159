// seeds/indicators.csv: the documented list of indicator keys figures may use.
import { RowReader, UNITS } from "./cells";
import type { CsvRow } from "./csv-file";
import type { Indicator, IndicatorKind, LoadError } from "./types";

export const INDICATOR_COLUMNS = ["key", "unit", "kind", "en", "ru", "kk", "description"];
const KINDS: readonly IndicatorKind[] = ["count", "percent", "money", "length", "area"];
/** The unit each kind allows, so a percent indicator cannot be counted in km. */
const KIND_UNITS: Record<IndicatorKind, readonly string[]> = {
  count: ["", "person"],
  percent: ["%"],
  money: ["KZT", "USD"],
  length: ["km"],
  area: ["m2"],
};

export interface ReadIndicators {
  indicators: Indicator[];
  /** Every key named, valid row or not, so one bad cell is not reported again on each figure. */
  keys: Set<string>;
}

export function readIndicators(file: string, rows: CsvRow[], errors: LoadError[]): ReadIndicators {
  const indicators: Indicator[] = [];
  const keys = new Set<string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const r = new RowReader(file, row.line, row.cells, errors);
    const key = r.uniqueId("key", seen);
    const unit = r.oneOf("unit", UNITS);
    const kind = r.oneOf("kind", KINDS);
    if (unit !== undefined && kind !== undefined && !KIND_UNITS[kind].includes(unit)) {
      r.fail(
        "unit",
        unit,
        `a unit of kind ${kind}: ${KIND_UNITS[kind].map((u) => (u === "" ? '""' : u)).join(" or ")}`,
      );
    }
    const label = {
      en: r.text("en", "an English label"),
      ru: r.text("ru", "a Russian label"),
      kk: r.text("kk", "a Kazakh label"),
    };
    const description = r.text("description", "an English description");
    keys.add(key);
    if (unit === undefined || kind === undefined) continue;
    indicators.push({ key, unit, kind, label, description });
  }
  return { indicators, keys };
}
