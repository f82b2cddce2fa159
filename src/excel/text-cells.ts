// Text from sources must land in cells as text. Through Range.values Excel reads a string that
// starts with = + - (and @ in some hosts) as a formula, and turns numbers, percentages, dates
// and TRUE/FALSE written as text ("2025", "2025-12-31", "12,2%") into numbers or booleans,
// which would also break refresh comparisons. Such cells get the text number format "@" before
// their value is written.
import type { CellValue } from "../workbook/plan-types";

export const textFormat = "@";

export function needsTextFormat(value: CellValue | undefined): boolean {
  return (
    typeof value === "string" &&
    (/^[=+\-@]/.test(value) || /\d/.test(value) || /^\s*(true|false)\s*$/i.test(value))
  );
}

/** What Range.values receives for a plan value: empty cells as "", never null (null skips). */
export function cellOut(value: CellValue | undefined): string | number | boolean {
  return value ?? "";
}
