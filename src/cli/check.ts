// `sanaq check [--seeds DIR] [--json]`: the checks on the curated seeds (figures + relations).
import { join } from "node:path";
import { runChecks } from "../domain/checks/run-checks";
import { loadSeeds } from "../domain/load/load-seeds";
import type { Command } from "./commands";
import { checkJson, checkText } from "./check-report";
import type { Io } from "./main";
import { SeedDirError, readSeedsDir } from "./read-seeds";

const HELP = [
  "Usage: sanaq check [--seeds DIR] [--json]",
  "",
  "Loads the seeds (sources.csv, figures.csv, relations.csv and the texts), computes the derived",
  "indicators and reports every conflict no reading of the figures can resolve.",
  "",
  "Options:",
  "  --seeds DIR  the seeds directory (default: seeds/ of the sanaq package)",
  '  --json       print {"figures", "derived", "conflicts"}; a conflict is {kind, severity, figures,',
  "               stated, implied, message: {en, ru, kk}, suggestion: {en, ru, kk}}",
  "  -h, --help   show this help",
  "",
  "Exit status: 0 when the checks ran (whatever they found), 1 on bad seeds, 2 on bad usage.",
  "",
].join("\n");

/** seeds/ next to the package: src/cli or lib/cli are two levels below it. */
export const DEFAULT_SEEDS = join(__dirname, "..", "..", "seeds");

export async function runCheck(args: string[], io: Io): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    io.out(HELP);
    return 0;
  }
  let dir = DEFAULT_SEEDS;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--json") json = true;
    else if (a === "--seeds" && args[i + 1] !== undefined) dir = args[++i] ?? dir;
    else if (a.startsWith("--seeds=")) dir = a.slice("--seeds=".length);
    else {
      io.err(`sanaq check: unexpected argument "${a}".\n\n${HELP}`);
      return 2;
    }
  }
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
  io.out(json ? checkJson(result) : checkText(result));
  return 0;
}

export const checkCommand: Command = {
  name: "check",
  summary: "derived indicators and conflicts of the curated seeds",
  run: runCheck,
};
