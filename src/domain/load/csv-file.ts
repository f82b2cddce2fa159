// Reads one seed CSV text into rows keyed by column, with the line each row starts on.
// File-level problems (size, encoding, binary, delimiter, header) stop the file; row-level
// problems (ragged rows, broken quotes) are reported and the row is dropped.
import Papa from "papaparse";
import { MAX_CELL_CHARS } from "../limits";
import { loadError } from "./load-error";
import type { LoadError } from "./types";

/** Larger files are refused before parsing: a seed file is kilobytes, not tens of megabytes. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

export interface CsvRow {
  /** 1-based line the row starts on (header = 1). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvFile {
  rows: CsvRow[];
  errors: LoadError[];
}

/**
 * Parses `text` as comma-separated UTF-8 with the header `columns` (any order).
 * `optional` columns may be missing from the header; they read as "".
 */
export function readCsvFile(
  file: string,
  text: string,
  columns: string[],
  optional: string[] = [],
): CsvFile {
  const expectedHeader = columns.join(",");
  const fail = (row: number, column: string, found: string, expected: string): CsvFile => ({
    rows: [],
    errors: [loadError(file, row, column, found, expected)],
  });
  const problem = unreadable(file, text);
  if (problem) return { rows: [], errors: [problem] };
  const body = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  if (body.trim() === "") return fail(0, "", "", `a header row: ${expectedHeader}`);

  const headerLine = body.slice(0, body.indexOf("\n") === -1 ? body.length : body.indexOf("\n"));
  const header = (Papa.parse<string[]>(headerLine, { delimiter: "," }).data[0] ?? []).map((h) =>
    h.trim(),
  );
  if (header.length === 1 && /[;\t|]/.test(headerLine)) {
    const used = headerLine.includes(";") ? ";" : headerLine.includes("\t") ? "tab" : "|";
    return fail(
      1,
      "",
      headerLine,
      `comma-separated values (found "${used}" as the separator): ${expectedHeader}`,
    );
  }
  const headerErrors = checkHeader(file, header, columns, optional);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const rows: CsvRow[] = [];
  const errors: LoadError[] = [];
  const lineStarts = newlineOffsets(body);
  const blank = /\s*/y;
  let previous = headerLine.length + 1;
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: ",",
    newline: "\n",
    transformHeader: (h) => h.trim(),
    step: (result) => {
      // The row starts at the first non-blank character after the previous row (greedy skips blank lines).
      blank.lastIndex = previous;
      blank.exec(body);
      const line = lineOf(lineStarts, blank.lastIndex);
      previous = result.meta.cursor;
      if (result.errors.length === 0) {
        const long = Object.entries(result.data).find(
          ([, v]) => typeof v === "string" && v.length > MAX_CELL_CHARS,
        );
        if (long) {
          // Every seed cell may be written to a workbook cell: refused here, not by the writer.
          const [column, v] = long;
          errors.push(
            loadError(
              file,
              line,
              column,
              `a text of ${v.length} characters`,
              `at most ${MAX_CELL_CHARS} characters, Excel's limit for one cell`,
            ),
          );
          return;
        }
        rows.push({ line, cells: withOptional(result.data, optional) });
        return;
      }
      const quote = result.errors.find((e) => e.type === "Quotes");
      if (quote) {
        const at =
          quote.index === undefined
            ? line
            : lineOf(lineStarts, Math.min(quote.index, body.length - 1));
        errors.push(
          loadError(
            file,
            at,
            "",
            lineText(body, lineStarts, at),
            quote.code === "InvalidQuotes"
              ? 'a closing " followed by a comma or the line end (write a quote inside a field as "")'
              : 'every quoted field closed by a matching " (write a quote inside a field as "")',
          ),
        );
        return;
      }
      errors.push(
        loadError(
          file,
          line,
          "",
          `${fieldCount(result.data)} fields: ${lineText(body, lineStarts, line)}`,
          `${header.length} fields like the header (${header.join(",")}); quote a field that contains a comma`,
        ),
      );
    },
  });
  return { rows, errors };
}

/** Size, encoding and binary checks, shared by the CSV files and the source texts. */
export function unreadable(file: string, text: string): LoadError | undefined {
  if (text.length > MAX_FILE_CHARS) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return loadError(
      file,
      0,
      "",
      mb(text.length),
      `a file of at most ${MAX_FILE_CHARS / 1024 / 1024} MB`,
    );
  }
  const encoding = encodingProblem(text);
  if (encoding)
    return loadError(file, encoding.row, "", encoding.found, "UTF-8 text (save the file as UTF-8)");
  const body = text.replace(/\r\n?/g, "\n");
  const binary = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(body);
  if (binary) {
    const expected = "text without control characters (is this a binary file?)";
    return loadError(file, lineAt(body, binary.index), "", binary[0], expected);
  }
  return undefined;
}

function checkHeader(
  file: string,
  header: string[],
  columns: string[],
  optional: string[],
): LoadError[] {
  const found = header.join(",");
  const errors: LoadError[] = [];
  const missing = columns.filter((c) => !header.includes(c) && !optional.includes(c));
  const extra = header.filter((c) => !columns.includes(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  if (missing.length > 0) {
    errors.push(
      loadError(
        file,
        1,
        missing.join(","),
        found,
        `the missing column(s) ${missing.join(", ")} in the header ${columns.join(",")}`,
      ),
    );
  }
  if (extra.length > 0) {
    errors.push(
      loadError(
        file,
        1,
        extra.join(","),
        found,
        `no column(s) ${extra.join(", ")}; the header is ${columns.join(",")}`,
      ),
    );
  }
  if (repeated.length > 0) {
    errors.push(
      loadError(file, 1, repeated.join(","), found, `each column once: ${columns.join(",")}`),
    );
  }
  return errors;
}

/** UTF-16 read as UTF-8 shows up as replacement characters or as NULs between letters. */
function encodingProblem(text: string): { row: number; found: string } | undefined {
  if (/^(\ufffd\ufffd|\ufffe|\ufeff?\u0000)/.test(text))
    return { row: 0, found: "a UTF-16 byte order mark" };
  const sample = text.slice(0, 4096);
  const nuls = sample.split("\u0000").length - 1;
  if (nuls > 0 && nuls * 8 >= sample.length)
    return { row: 0, found: `${nuls} NUL characters in the first ${sample.length} (UTF-16?)` };
  const bad = text.indexOf("\ufffd");
  if (bad !== -1)
    return { row: lineAt(text, bad), found: "bytes that are not UTF-8 (shown as \ufffd)" };
  return undefined;
}

function withOptional(data: Record<string, string>, optional: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of optional) cells[column] = "";
  for (const [k, v] of Object.entries(data)) cells[k] = v;
  return cells;
}

function fieldCount(data: Record<string, unknown>): number {
  const extra = data["__parsed_extra"];
  const named = Object.entries(data).filter(
    ([k, v]) => k !== "__parsed_extra" && v !== undefined,
  ).length;
  return named + (Array.isArray(extra) ? extra.length : 0);
}

/** Offsets where each line starts: [0, after first \n, ...]. */
function newlineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`, by binary search in the line starts. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineAt(text: string, offset: number): number {
  return lineOf(newlineOffsets(text), offset);
}

function lineText(text: string, starts: number[], line: number): string {
  const from = starts[line - 1] ?? 0;
  const to = starts[line] === undefined ? text.length : (starts[line] ?? 0) - 1;
  return text.slice(from, to);
}
