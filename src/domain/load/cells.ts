// Reads and checks single cells; each check returns the value or pushes one LoadError.
import { isDate } from "../calendar";
import { fitsExcelNumber, MAX_SIGNIFICANT_DIGITS } from "../limits";
import type { Qualifier } from "../types";
import { loadError } from "./load-error";
import type { LoadError } from "./types";

export const QUALIFIERS: readonly Qualifier[] = [
  "exact",
  "more_than",
  "at_least",
  "less_than",
  "at_most",
  "about",
  "up_to",
  "range",
];

/** Units a figure or indicator may carry: "" is a plain count. */
export const UNITS: readonly string[] = ["", "%", "km", "m2", "KZT", "USD", "person"];

/** Ids are referenced from relations.csv, where ";", "|", "=" and spaces separate things. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** As-of and deadline: a year, a year range, a month or a day. */
const PERIOD = /^\d{4}(-\d{4}|-\d{2}|-\d{2}-\d{2})?$/;

/** One row of one file: where errors go and what they say. */
export class RowReader {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly cells: Record<string, string>,
    readonly errors: LoadError[],
  ) {}

  raw(column: string): string {
    return this.cells[column] ?? "";
  }

  fail(column: string, found: string, expected: string): void {
    this.errors.push(loadError(this.file, this.line, column, found, expected));
  }

  /** A cell that must not be empty; surrounding spaces are dropped. */
  text(column: string, what = "a value"): string {
    const v = this.raw(column).trim();
    if (v === "") this.fail(column, "", what);
    return v;
  }

  id(column: string): string {
    const v = this.raw(column).trim();
    if (!ID.test(v))
      this.fail(
        column,
        v,
        "an id of letters, digits, '.', '_' or '-' (no spaces, ';', '|' or '=')",
      );
    return v;
  }

  /**
   * An id that no earlier row of the file used, ignoring case: Excel's MATCH and "=" ignore
   * case, so "part" and "PART" would be one row to every lookup in the workbook. `seen` maps
   * lower-cased ids to the row that used them first.
   */
  uniqueId(column: string, seen: Map<string, number>): string {
    const id = this.id(column);
    const key = id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      this.fail(
        column,
        id,
        `a unique ${column}, ignoring case (already used on row ${first}; Excel does not tell upper from lower case)`,
      );
    else seen.set(key, this.line);
    return id;
  }

  number(column: string): number {
    const v = this.raw(column).trim();
    if (NUMBER.test(v)) {
      // Excel would round a longer number, and 401 digits are Infinity: neither is the quote's.
      if (fitsExcelNumber(v)) return Number(v);
      this.fail(
        column,
        v.length > 24 ? `a number of ${v.replace(/\D/g, "").length} digits` : v,
        `a number of at most ${MAX_SIGNIFICANT_DIGITS} significant digits below 1E+308 (Excel keeps no more)`,
      );
      return Number.NaN;
    }
    if (/^-?\d+,\d+$/.test(v))
      this.fail(
        column,
        v,
        `a number with a dot as decimal separator (use a dot: ${v.replace(",", ".")})`,
      );
    else if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(v))
      this.fail(column, v, `a number without thousands separators (${v.replace(/\D/g, "")})`);
    else this.fail(column, v, "a number such as 294 or 12.2");
    return Number.NaN;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined {
    const v = this.raw(column).trim();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.fail(column, v, `one of ${allowed.map((a) => (a === "" ? '"" (empty)' : a)).join(", ")}`);
    return undefined;
  }

  /** Empty, or a year / year range / month / day such as 2025, 2026-2027, 2025-12-31. */
  period(column: string): string {
    const v = this.raw(column).trim();
    if (v !== "" && !isPeriod(v))
      this.fail(
        column,
        v,
        "empty or a real period such as 2025, 2026-2027, 2025-12 or 2025-12-31 (a month 01–12, a day the month has, a range from an earlier year)",
      );
    return v;
  }

  /** Empty or a real calendar date YYYY-MM-DD. */
  date(column: string): string {
    const v = this.raw(column).trim();
    if (v !== "" && !isDate(v)) this.fail(column, v, "empty or a date YYYY-MM-DD");
    return v;
  }
}

/** A year, a later-ending year range, a real month or a real day (2025-02-30 is none). */
function isPeriod(v: string): boolean {
  if (!PERIOD.test(v)) return false;
  const [year, rest] = [v.slice(0, 4), v.slice(5)];
  if (rest === "") return true;
  if (rest.length === 4) return Number(rest) > Number(year);
  if (rest.length === 2) return Number(rest) >= 1 && Number(rest) <= 12;
  return isDate(v);
}
