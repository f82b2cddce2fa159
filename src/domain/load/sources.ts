// seeds/sources.csv: one row per source text.
import type { Language, Source } from "../types";
import { RowReader } from "./cells";
import { unreadable, type CsvRow } from "./csv-file";
import { guessLanguage } from "./guess-language";
import type { LoadError } from "./types";

export const SOURCE_COLUMNS = [
  "id",
  "file",
  "title",
  "language",
  "published",
  "region",
  "publisher",
];
const LANGUAGES: readonly Language[] = ["ru", "kk"];
/** Some texts open with " date YYYY-MM-DD": the published date, which sources.csv must repeat. */
const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})/;

/** The text a reader reads: without the " date YYYY-MM-DD" it may open with (a Date column shows it). */
export function readerText(text: string): string {
  return text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
}

/**
 * A source text is prose, never a CSV table: a sources.csv row whose file is figures.csv made
 * every quote "found" in the very table that states it, so a made-up figure passed the proof.
 */
export function isTableFileName(file: string): boolean {
  return /\.csv$/i.test(file.trim());
}

/** What figures need of a source; kept even when another cell of its row is wrong. */
export interface SourceRef {
  id: string;
  file: string;
  /** Undefined when the file is missing (reported once, on the source row). */
  text: string | undefined;
}

export interface ReadSources {
  sources: Source[];
  /** Every source row with an id, so one bad cell is not reported again on each figure. */
  refs: Map<string, SourceRef>;
}

export function readSources(
  file: string,
  rows: CsvRow[],
  texts: Record<string, string>,
  errors: LoadError[],
): ReadSources {
  const sources: Source[] = [];
  const refs = new Map<string, SourceRef>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const r = new RowReader(file, row.line, row.cells, errors);
    const id = r.uniqueId("id", seen);
    const fileName = r.text("file", "the file name of the source text");
    const isTable = isTableFileName(fileName);
    let text = isTable ? undefined : texts[fileName];
    if (isTable) {
      r.fail(
        "file",
        fileName,
        "the name of a source text such as 000_news.txt, not a CSV table (a quote must be found in the text itself)",
      );
    } else if (fileName !== "" && text === undefined) {
      const known = Object.keys(texts).sort().join(", ") || "none";
      r.fail("file", fileName, `the name of a source text (texts: ${known})`);
    }
    const problem = text === undefined ? undefined : unreadable(fileName, text);
    if (problem) {
      // Reported once on the text itself; its figures' quotes are then not searched.
      errors.push(problem);
      text = undefined;
    }
    const title = r.text("title", "a title");
    const language = r.oneOf("language", LANGUAGES);
    const guessed = text === undefined ? undefined : guessLanguage(text);
    if (language !== undefined && guessed !== undefined && guessed !== language) {
      r.fail(
        "language",
        language,
        `${guessed}: the letters of ${fileName} are ${guessed === "kk" ? "Kazakh" : "Russian"}`,
      );
    }
    const published = r.date("published");
    const stated = text === undefined ? undefined : DATE_LINE.exec(text)?.[1];
    if (stated !== undefined && published !== stated) {
      r.fail(
        "published",
        published,
        `${stated}, the date the text itself states on its first line`,
      );
    }
    const region = r.text("region", "a region");
    const publisher = r.raw("publisher").trim();
    if (!refs.has(id)) refs.set(id, { id, file: fileName, text });
    if (language === undefined || text === undefined) continue;
    sources.push({ id, file: fileName, title, language, published, region, publisher, text });
  }
  return { sources, refs };
}
