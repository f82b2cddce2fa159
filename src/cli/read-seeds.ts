// Reads a seeds directory into SeedFiles for loadSeeds (Node only).
import { existsSync, lstatSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { MAX_FILE_CHARS } from "../domain/load/csv-file";
import { SEED_FILE_NAMES } from "../domain/load/load-seeds";
import { isTableFileName } from "../domain/load/sources";
import type { SeedFiles } from "../domain/load/types";
import { FileCheckError, megabytes, readRegularFile } from "./read-regular-file";

/** seeds/ of the sanaq package (src/cli or lib/cli are two levels below it): the default of every command. */
export const DEFAULT_SEEDS = join(__dirname, "..", "..", "seeds");

export class SeedDirError extends Error {}

/**
 * Reads sources.csv, figures.csv, relations.csv (optional), indicators.csv (optional) and every
 * text file sources.csv names. Files are read as UTF-8 without judging their content: loadSeeds
 * does that. Throws SeedDirError for a missing directory, a missing required file, a huge file,
 * anything but a regular file inside `dir` (a link out of it, a FIFO, a device, a folder), and a
 * source text that is one of the seed tables under another name.
 */
export function readSeedsDir(dir: string): SeedFiles & { skippedCsv: string } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new SeedDirError(
      `seeds directory not found: ${dir} (expected a directory with sources.csv and figures.csv)`,
    );
  }
  // The identity of each file read, so a source text cannot be a seed table under another name.
  const tables = new Map<string, string>();
  const read = (name: string, required: boolean): { text: string; id: string } | undefined => {
    const path = join(dir, name);
    if (!existsSync(path) && !isSymbolicLink(path)) {
      if (required)
        throw new SeedDirError(`${path}: file not found (expected ${name} in the seeds directory)`);
      return undefined;
    }
    try {
      // A seed file is kilobytes: a bigger one is a mistake, not data, and is not read at all.
      const file = readRegularFile(path, {
        maxBytes: MAX_FILE_CHARS,
        inside: dir,
        expected: `a regular file inside the seeds directory of at most ${megabytes(MAX_FILE_CHARS)}`,
      });
      return { text: file.bytes.toString("utf8"), id: file.id };
    } catch (error) {
      if (error instanceof FileCheckError) throw new SeedDirError(error.message);
      throw error;
    }
  };
  const table = (name: string, required: boolean): string | undefined => {
    const file = read(name, required);
    if (file) tables.set(file.id, name);
    return file?.text;
  };
  const sourcesCsv = table(SEED_FILE_NAMES.sources, true) ?? "";
  const figuresCsv = table(SEED_FILE_NAMES.figures, true) ?? "";
  const relationsCsv = table(SEED_FILE_NAMES.relations, false) ?? "";
  const indicatorsCsv = table(SEED_FILE_NAMES.indicators, false);
  const skippedCsv = table(SEED_FILE_NAMES.skipped, false) ?? "";
  const texts: Record<string, string> = {};
  for (const file of sourceFileNames(sourcesCsv)) {
    if (file.includes("/") || file.includes("\\") || file.startsWith(".")) continue; // loadSeeds reports it
    if (isTableFileName(file)) continue; // loadSeeds reports it
    const text = read(file, false);
    if (text === undefined) continue;
    const same = tables.get(text.id);
    if (same !== undefined)
      throw new SeedDirError(
        `${join(dir, file)}: the same file as ${same}, expected a source text of its own (a quote found in a seed table proves nothing)`,
      );
    texts[file] = text.text;
  }
  return { sourcesCsv, figuresCsv, relationsCsv, indicatorsCsv, skippedCsv, texts };
}

/** The file column of sources.csv, read leniently: loadSeeds validates the file properly. */
function sourceFileNames(sourcesCsv: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(sourcesCsv.replace(/^\ufeff/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: ",",
  });
  return parsed.data.map((row) => (row["file"] ?? "").trim()).filter((f) => f !== "");
}

/** A dangling link does not "exist", but it is there and must be reported, not skipped. */
function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
