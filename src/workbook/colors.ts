// The colour legend; About explains each colour, and conditional formats use them.
import type { HighlightKind } from "./plan-types";

export const highlight: Record<HighlightKind, { fill: string; font: string }> = {
  edited: { fill: "#FFC7CE", font: "#9C0006" },
  conflict: { fill: "#FFEB9C", font: "#9C5700" },
  stated: { fill: "#F8CBAD", font: "#833C0B" },
};

export const tabColors = {
  sources: "#5B9BD5",
  figures: "#70AD47",
  coverage: "#ED7D31",
  plans: "#4472C4",
  conflicts: "#C00000",
  relations: "#A5A5A5",
  about: "#7F7F7F",
} as const;

/**
 * `_)` keeps a space the width of ")" after a number: a number sits at its cell's right edge, and
 * the next column's text at its left, so without it "294" and "OK" printed as "294OK".
 */
const pad = "_)";

export const formats = {
  percent: `0.0"%"${pad}`,
  /** Whole numbers; a value with decimals gets countFormat's decimal form ("#,##0.##" showed 294 as "294."). */
  count: `#,##0${pad}`,
  general: "General",
  text: "@",
} as const;

/**
 * The number format of one cell of a column formatted `column`: a count with decimals gets as
 * many decimal places as it has (12.25 -> "#,##0.00_)"), a whole count "#,##0_)", anything else the
 * column's format.
 */
export function cellFormat(column: string | undefined, value: unknown): string | undefined {
  if (column !== formats.count || typeof value !== "number" || Number.isInteger(value))
    return column;
  const decimals = Math.min(/\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0, 6);
  return decimals === 0 ? column : `#,##0.${"0".repeat(decimals)}${pad}`;
}
