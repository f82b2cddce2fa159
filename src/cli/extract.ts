// `sanaq extract FILE [--json]`: every numeric mention of a text file, as a table or as JSON.
import { readNumbers } from "../domain/numbers/read-numbers";
import type { Mention } from "../domain/types";
import type { Command } from "./commands";
import { textFileCommand } from "./text-file-command";

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

export const runExtract = textFileCommand("extract", HELP, (text, _file, json) => {
  const mentions = readNumbers(text);
  return json ? formatJson(mentions) : formatTable(mentions);
});

export const extractCommand: Command = {
  name: "extract",
  summary: "list every number of a text file (value, qualifier, unit, kind, span)",
  run: runExtract,
};
