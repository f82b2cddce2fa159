// Limits of what Sanaq loads, set by what Excel can hold, so that whatever `sanaq check` accepts
// `sanaq workbook` and the add-in can write: one number for every reader and writer.

/** Excel's limit on the characters of one cell ("Total number of characters that a cell can contain: 32,767"). */
export const MAX_CELL_CHARS = 32_767;

/** Excel keeps 15 significant digits of a number; more would be silently rounded. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** The significant digits of a plain decimal number such as 294, -12.20 or 0.005. */
export function significantDigits(decimal: string): number {
  const digits = decimal.replace(/[^0-9]/g, "").replace(/^0+/, "");
  return digits.replace(/0+$/, "").length;
}

/** Excel's largest number (9.99999999999999E+307); a bigger one is not a number to Excel. */
export const MAX_EXCEL_NUMBER = 9.99999999999999e307;

/** true when Excel can hold the decimal `text` exactly as written. */
export function fitsExcelNumber(text: string): boolean {
  const n = Number(text);
  return (
    significantDigits(text) <= MAX_SIGNIFICANT_DIGITS &&
    Number.isFinite(n) &&
    Math.abs(n) <= MAX_EXCEL_NUMBER
  );
}
