// Builds LoadError values with one consistent sentence, so every layer shows the same text.
import type { LoadError } from "./types";

const MAX_FOUND = 80;

/** Shortens and makes visible what was found (control characters as \uXXXX). */
export function shown(found: string): string {
  const visible = found.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return visible.length > MAX_FOUND ? `${visible.slice(0, MAX_FOUND)}…` : visible;
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
