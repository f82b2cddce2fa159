// `sanaq check-text FILE [--json]`: the checks on an uncurated text, from the statements it
// lets us test on their own ("N (P%)" with its base, parts with their stated total).
import { basename, extname } from "node:path";
import { findStatements } from "../domain/checks/find-statements";
import { runChecks } from "../domain/checks/run-checks";
import type { Command } from "./commands";
import { checkJson, checkText } from "./check-report";
import { textFileCommand } from "./text-file-command";

const HELP = [
  "Usage: sanaq check-text FILE [--json]",
  "",
  "Finds the statements of a Russian or Kazakh text that can be tested alone — a count with",
  "its percentage and base (из 353 … 51 (12,2%); 400 елді мекеннің 320-сы, бұл 80 пайыз),",
  "parts with their stated total (в том числе, оның ішінде) — and reports those that cannot",
  "be true. Figure ids are FILE-NAME.n<offset>; quotes are the verbatim sentences.",
  "",
  "Options:",
  '  --json       print the JSON of `sanaq check --json` with "statements": N first, the',
  '               number of statements tested (0: nothing testable found, not "no conflicts")',
  "  -h, --help   show this help",
  "",
].join("\n");

export const runCheckText = textFileCommand("check-text", HELP, (text, file, json) => {
  const statements = findStatements(text, basename(file, extname(file)));
  const result = runChecks({ sources: [], ...statements });
  const tested = statements.relations.length;
  return json ? checkJson(result, tested) : checkText(result, { statements: tested });
});

export const checkTextCommand: Command = {
  name: "check-text",
  summary: "conflicts a raw Russian or Kazakh text states on its own",
  run: runCheckText,
};
