// `sanaq workbook [--seeds DIR] [--lang en|ru|kk] [--loaded-at ISO] --out FILE.xlsx`: loads the
// seeds, runs the checks, builds the workbook plan and writes it as .xlsx. Any error is
// reported and nothing is written (the file appears only once complete).
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isIsoTimestamp } from "../domain/calendar";
import { runChecks } from "../domain/checks/run-checks";
import { loadSeeds } from "../domain/load/load-seeds";
import { buildPlan } from "../workbook/plan";
import type { PlanLanguage } from "../workbook/plan-types";
import { writeXlsx } from "../xlsx/write-xlsx";
import { isLanguage, languageOption, parseArgs, usageError, wantsHelp } from "./args";
import type { Command } from "./commands";
import type { Io } from "./main";
import { outFileProblem, writeErrorMessage } from "./out-path";
import { DEFAULT_SEEDS, readSeedsDir } from "./read-seeds";

const HELP = [
  "Usage: sanaq workbook [--seeds DIR] [--lang en|ru|kk] [--loaded-at ISO] --out FILE.xlsx",
  "",
  "Loads the seed files, checks them and writes the Sanaq workbook: Sources, Figures, Coverage,",
  "Plans, Conflicts and About sheets with live Excel formulas and conflict highlights.",
  "",
  "Options:",
  "  --seeds DIR       seeds directory (default: seeds/ of the sanaq package)",
  "  --lang LANG       workbook language: en, ru or kk (default: ru)",
  "  --loaded-at ISO   load timestamp recorded in the workbook (default: now)",
  "  --out FILE.xlsx   the file to write (required)",
  "  -h, --help        show this help",
  "",
].join("\n");

export interface WorkbookArgs {
  seeds: string;
  language: PlanLanguage;
  loadedAt: string;
  out: string;
}

/** Parses the options; returns an error sentence instead of throwing. */
export function parseWorkbookArgs(args: string[], now: () => Date): WorkbookArgs | string {
  const parsed = parseArgs(args, { options: ["--seeds", "--lang", "--loaded-at", "--out"] });
  if (typeof parsed === "string") return parsed;
  const values = parsed.options;
  const language = languageOption(values["--lang"] ?? "ru");
  if (!isLanguage(language)) return language;
  const out = values["--out"];
  if (out === undefined) return "--out FILE.xlsx is required";
  if (!/\.xlsx$/i.test(out)) return `--out is "${out}", expected a file name ending in .xlsx`;
  const loadedAt = values["--loaded-at"] ?? now().toISOString();
  if (!isIsoTimestamp(loadedAt))
    return `--loaded-at is "${loadedAt}", expected an ISO 8601 date or time on a real day such as 2026-11-22 or 2026-11-22T10:00:00Z`;
  return {
    seeds: values["--seeds"] ?? DEFAULT_SEEDS,
    language,
    loadedAt,
    out,
  };
}

export async function runWorkbook(
  args: string[],
  io: Io,
  now: () => Date = () => new Date(),
): Promise<number> {
  if (wantsHelp(args)) {
    io.out(HELP);
    return 0;
  }
  const parsed = parseWorkbookArgs(args, now);
  if (typeof parsed === "string") {
    io.err(usageError("workbook", parsed));
    return 2;
  }
  let files;
  try {
    files = readSeedsDir(parsed.seeds);
  } catch (error) {
    io.err(`sanaq workbook: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const loaded = loadSeeds(files);
  if (!loaded.ok) {
    io.err(
      `sanaq workbook: the seeds in ${parsed.seeds} have ${loaded.errors.length} error(s); nothing written.\n`,
    );
    for (const e of loaded.errors) io.err(`  ${e.message}\n`);
    return 1;
  }
  const outProblem = outFileProblem(parsed.out);
  if (outProblem) {
    io.err(`sanaq workbook: ${outProblem}; nothing written.\n`);
    return 1;
  }
  // A private folder (mode 0700, a name nobody can guess) next to the output, so the rename is
  // on one file system and nobody can plant a symbolic link at the temp file's name.
  let privateDir: string;
  try {
    privateDir = mkdtempSync(join(dirname(parsed.out), ".sanaq-workbook-"));
  } catch (error) {
    io.err(`sanaq workbook: ${writeErrorMessage(parsed.out, error)}; nothing written.\n`);
    return 1;
  }
  const tmp = join(privateDir, basename(parsed.out));
  try {
    const { sources, figures, relations, indicators } = loaded;
    const checks = runChecks({ sources, figures, relations });
    const plan = buildPlan({
      sources,
      figures,
      relations,
      checks,
      indicators,
      language: parsed.language,
      loadedAt: parsed.loadedAt,
    });
    await writeXlsx(plan, tmp);
    renameSync(tmp, parsed.out);
    rmSync(privateDir, { recursive: true, force: true });
    io.out(
      `wrote ${parsed.out}: ${figures.length} figures from ${sources.length} sources, ${relations.length} relations, ${checks.conflicts.length} conflicts (${parsed.language})\n`,
    );
    return 0;
  } catch (error) {
    rmSync(privateDir, { recursive: true, force: true });
    // A file-system error names the temp file; say it about the --out the user gave.
    const fileSystem = typeof (error as NodeJS.ErrnoException | undefined)?.code === "string";
    const message = fileSystem
      ? writeErrorMessage(parsed.out, error)
      : error instanceof Error
        ? error.message
        : String(error);
    io.err(`sanaq workbook: ${message}; nothing written.\n`);
    return 1;
  }
}

export const workbookCommand: Command = {
  name: "workbook",
  summary: "load, check and write the seeds as a self-checking .xlsx workbook",
  run: (args, io) => runWorkbook(args, io),
};
