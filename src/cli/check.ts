// `sanaq check [--seeds DIR] [--lang en|ru|kk] [--json]`: the checks on the curated seeds
// (figures + relations). Without --lang the report explains each conflict in all three
// languages, as it always has: a planner's colleagues read different ones, and scripts rely on it.
import { runChecks } from "../domain/checks/run-checks";
import { loadSeeds } from "../domain/load/load-seeds";
import { isLanguage, languageOption, parseArgs, usageError, wantsHelp } from "./args";
import type { Command } from "./commands";
import { checkJson, checkText } from "./check-report";
import type { Io } from "./main";
import { DEFAULT_SEEDS, SeedDirError, readSeedsDir } from "./read-seeds";

const HELP = [
  "Usage: sanaq check [--seeds DIR] [--lang en|ru|kk] [--json]",
  "",
  "Loads the seeds (sources.csv, figures.csv, relations.csv and the texts), computes the derived",
  "indicators and reports every conflict no reading of the figures can resolve.",
  "",
  "Options:",
  "  --seeds DIR  the seeds directory (default: seeds/ of the sanaq package)",
  "  --lang LANG  print the report in one language: en, ru or kk (any case); without it, each",
  "               conflict is explained in all three",
  '  --json       print {"figures", "derived", "conflicts"}; a conflict is {kind, severity, figures,',
  "               stated, implied, message: {en, ru, kk}, suggestion: {en, ru, kk}}; --lang",
  "               does not change it",
  "  -h, --help   show this help",
  "",
  "Exit status: 0 when the checks ran (whatever they found), 1 on bad seeds, 2 on bad usage.",
  "",
].join("\n");

export async function runCheck(args: string[], io: Io): Promise<number> {
  if (wantsHelp(args)) {
    io.out(HELP);
    return 0;
  }
  const parsed = parseArgs(args, { flags: ["--json"], options: ["--seeds", "--lang"] });
  if (typeof parsed === "string") {
    io.err(usageError("check", parsed));
    return 2;
  }
  const lang = parsed.options["--lang"];
  const language = lang === undefined ? undefined : languageOption(lang);
  if (language !== undefined && !isLanguage(language)) {
    io.err(usageError("check", language));
    return 2;
  }
  const dir = parsed.options["--seeds"] ?? DEFAULT_SEEDS;
  const json = parsed.flags.has("--json");
  let files;
  try {
    files = readSeedsDir(dir);
  } catch (error) {
    if (error instanceof SeedDirError) {
      io.err(`sanaq check: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const loaded = loadSeeds(files);
  if (!loaded.ok) {
    io.err(`sanaq check: ${loaded.errors.length} problem(s) in ${dir}:\n`);
    for (const e of loaded.errors) io.err(`  ${e.message}\n`);
    return 1;
  }
  let result;
  try {
    result = runChecks(loaded);
  } catch (error) {
    io.err(`sanaq check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.out(json ? checkJson(result) : checkText(result, { language, relations: loaded.relations }));
  return 0;
}

export const checkCommand: Command = {
  name: "check",
  summary: "derived indicators and conflicts of the curated seeds",
  run: runCheck,
};
