// `sanaq check-text FILE [--json]`: the checks on an uncurated text, from the statements it
// lets us test on their own ("N (P%)" with its base, parts with their stated total).
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { findStatements } from "../domain/checks/find-statements";
import { runChecks } from "../domain/checks/run-checks";
import { parseArgs, wantsHelp } from "./args";
import type { Command } from "./commands";
import { checkJson, checkText } from "./check-report";
import type { Io } from "./main";

const HELP = [
  "Usage: sanaq check-text FILE [--json]",
  "",
  "Finds the statements of a Russian or Kazakh text that can be tested alone — a count with",
  "its percentage and base (из 353 … 51 (12,2%); 400 елді мекеннің 320-сы, бұл 80 пайыз),",
  "parts with their stated total (в том числе, оның ішінде) — and reports those that cannot",
  "be true. Figure ids are FILE-NAME.n<offset>; quotes are the verbatim sentences.",
  "",
  "Options:",
  "  --json       print the same JSON as `sanaq check --json`",
  "  -h, --help   show this help",
  "",
].join("\n");

export async function runCheckText(args: string[], io: Io): Promise<number> {
  if (wantsHelp(args)) {
    io.out(HELP);
    return 0;
  }
  const parsed = parseArgs(args, { flags: ["--json"], positionals: Infinity });
  const files = typeof parsed === "string" ? [] : parsed.positionals;
  if (typeof parsed === "string" || files.length !== 1) {
    const what = typeof parsed === "string" ? parsed : `expected one FILE, got ${files.length}`;
    io.err(`sanaq check-text: ${what}.\n\n${HELP}`);
    return 2;
  }
  const json = parsed.flags.has("--json");
  const file = files[0] ?? "";
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : String(error);
    io.err(`sanaq check-text: ${file}: ${why} (expected a UTF-8 text file)\n`);
    return 1;
  }
  const statements = findStatements(text, basename(file, extname(file)));
  const result = runChecks({ sources: [], ...statements });
  io.out(json ? checkJson(result) : checkText(result));
  return 0;
}

export const checkTextCommand: Command = {
  name: "check-text",
  summary: "conflicts a raw Russian or Kazakh text states on its own",
  run: runCheckText,
};
