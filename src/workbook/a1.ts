// A1 addresses: column letters and ranges, 1-based.

export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1)
    throw new Error(`a1: column index ${index} is not >= 1`);
  let n = index;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  column: number;
  row: number;
}

/** "AB12" (also with absolute markers, "$AB$12") -> { column: 28, row: 12 }. */
export function parseAddress(address: string): CellRef {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(address);
  if (!m || m[1] === undefined || m[2] === undefined) {
    throw new Error(`a1: "${address}" is not an A1 cell address`);
  }
  return { column: columnIndex(m[1]), row: Number(m[2]) };
}

export function address(ref: CellRef): string {
  return `${columnLetter(ref.column)}${ref.row}`;
}
