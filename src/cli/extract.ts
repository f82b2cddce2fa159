// `sanaq extract FILE [--json]`: every numeric mention of a text file, as a table or as JSON.
import { readFileSync } from "node:fs";
import { readNumbers } from "../domain/numbers/read-numbers";
import type { Mention } from "../domain/types";
import { parseArgs, wantsHelp } from "./args";
import type { Command } from "./commands";
import type { Io } from "./main";

const HELP = [
  "Usage: sanaq extract FILE [--json]",
  "",
  "Reads every number of a Russian or Kazakh text: value, qualifier, unit, kind and span.",
  "",
  "Options:",
  "  --json       print a JSON array of {text, start, end, value, upper, qualifier, unit, kind}",
  "               (upper only for ranges)",
  "  -h, --help   show this help",
  "",
].join("\n");

const COLUMNS = ["text", "value", "upper", "qualifier", "unit", "kind", "span"] as const;

function row(m: Mention): string[] {
  return [
    JSON.stringify(m.text),
    String(m.value),
    m.upper === undefined ? "" : String(m.upper),
    m.qualifier,
    m.unit,
    m.kind,
    `${m.start}-${m.end}`,
  ];
}

/** A plain text table, columns padded to their widest cell. */
export function formatTable(mentions: Mention[]): string {
  const rows = [[...COLUMNS], ...mentions.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

export function formatJson(mentions: Mention[]): string {
  const plain = mentions.map((m) => ({
    text: m.text,
    start: m.start,
    end: m.end,
    value: m.value,
    ...(m.upper === undefined ? {} : { upper: m.upper }),
    qualifier: m.qualifier,
    unit: m.unit,
    kind: m.kind,
  }));
  return JSON.stringify(plain, null, 2) + "\n";
}

export async function runExtract(args: string[], io: Io): Promise<number> {
  if (wantsHelp(args)) {
    io.out(HELP);
    return 0;
  }
  const parsed = parseArgs(args, { flags: ["--json"], positionals: Infinity });
  const files = typeof parsed === "string" ? [] : parsed.positionals;
  if (typeof parsed === "string" || files.length !== 1) {
    const what = typeof parsed === "string" ? parsed : `expected one FILE, got ${files.length}`;
    io.err(`sanaq extract: ${what}.\n\n${HELP}`);
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
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error);
    io.err(`sanaq extract: cannot read "${file}": ${why}.\n`);
    return 1;
  }
  const mentions = readNumbers(text);
  io.out(json ? formatJson(mentions) : formatTable(mentions));
  return 0;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "list every number of a text file (value, qualifier, unit, kind, span)",
  run: runExtract,
};
