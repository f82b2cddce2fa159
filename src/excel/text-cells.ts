// Text from sources must land in cells as text. Excel reads a string written through
// Range.values that starts with = + - (and @ in some hosts) as a formula, so such cells get the
// text number format "@" before their value is written.
import type { CellValue } from "../workbook/plan-types";

export const textFormat = "@";

export function needsTextFormat(value: CellValue | undefined): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** What Range.values receives for a plan value: empty cells as "", never null (null skips). */
export function cellOut(value: CellValue | undefined): string | number | boolean {
  return value ?? "";
}
