// Builds LoadError values with one consistent sentence, so every layer shows the same text.
import { visibleShort } from "../visible";
import type { LoadError } from "./types";

const MAX_FOUND = 80;

/** Shortens and makes visible what was found (invisible and bidi characters as \uXXXX). */
export function shown(found: string): string {
  return visibleShort(found, MAX_FOUND);
}

export function loadError(
  file: string,
  row: number,
  column: string,
  found: string,
  expected: string,
): LoadError {
  const where = [file, row > 0 ? `row ${row}` : "", column ? `column "${column}"` : ""]
    .filter(Boolean)
    .join(", ");
  const what = found === "" ? "found nothing" : `found "${shown(found)}"`;
  return {
    file,
    row,
    column,
    found: shown(found),
    expected,
    message: `${where}: ${what}, expected ${expected}.`,
  };
}
