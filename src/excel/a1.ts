// A1 addresses of the ranges the Office.js writer computes and of those Excel returns
// ("'My sheet'!A1:D10"), 0-based rows and columns inside; letters and cell parsing come from
// src/workbook/a1 (1-based).
import { columnIndex, columnLetter, parseAddress } from "../workbook/a1";
import { mapOutsideStrings } from "../workbook/formula-form";

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3" (also "$B$3") -> { row: 2, col: 1 }. */
export function parseCell(address: string): CellRef {
  const { column, row } = parseAddress(address.trim().toUpperCase());
  return { row: row - 1, col: column - 1 };
}

/** "A1:D10" or "C3" (a sheet prefix "Sheet!" is dropped) -> a Rect. */
export function parseRect(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.split(":");
  const first = parseCell(a ?? "");
  const last = b === undefined ? first : parseCell(b);
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}

/** "'My sheet'!A1:B2" -> "My sheet" (Excel quotes names with spaces and doubles quotes). */
export function sheetOfAddress(address: string): string {
  const at = address.lastIndexOf("!");
  if (at < 0)
    throw new Error(`expected a sheet-qualified address like "Sheet1!A1", found "${address}"`);
  const name = address.slice(0, at);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** The smallest rectangle holding `r` and cell (row, col); `r` undefined is no rectangle yet. */
export function growRect(r: Rect | undefined, row: number, col: number): Rect {
  return r
    ? {
        top: Math.min(r.top, row),
        left: Math.min(r.left, col),
        bottom: Math.max(r.bottom, row),
        right: Math.max(r.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Moves the cell references of an A1 formula (outside string literals): columns through
 * `moveColumn` (0-based), relative rows by `rowShift`. Used to extend a conditional format to
 * rows appended on refresh, in a table whose columns the planner may have moved.
 */
export function relocateFormula(
  formula: string,
  moveColumn: (col: number) => number,
  rowShift: number,
): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      /(^|[^A-Za-z0-9_.[\]])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
      (_m, pre: string, colAbs: string, letters: string, rowAbs: string, row: string) => {
        const col = moveColumn(columnIndex(letters) - 1);
        const r = rowAbs ? Number(row) : Number(row) + rowShift;
        return `${pre}${colAbs}${columnLetter(col + 1)}${rowAbs}${r}`;
      },
    ),
  );
}

/**
 * An A1 formula (outside string literals) in R1C1 form, relative to cell (row, col), 0-based:
 * `$D9` at row 8 -> `RC4`, `D10` at D9 -> `R[1]C`. An R1C1 formula means the same at every
 * position, so a conditional format given one cannot be shifted by rows someone inserts before
 * its range is resolved.
 */
export function r1c1Formula(formula: string, row: number, col: number): string {
  return mapOutsideStrings(formula, (part) =>
    part.replace(
      /(^|[^A-Za-z0-9_.[\]])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
      (_m, pre: string, colAbs: string, letters: string, rowAbs: string, r: string) => {
        const c = columnIndex(letters) - 1;
        const rr = Number(r) - 1;
        const rowPart = rowAbs ? `R${rr + 1}` : rr === row ? "R" : `R[${rr - row}]`;
        const colPart = colAbs ? `C${c + 1}` : c === col ? "C" : `C[${c - col}]`;
        return `${pre}${rowPart}${colPart}`;
      },
    ),
  );
}
