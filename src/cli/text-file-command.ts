// The shape `sanaq extract` and `sanaq check-text` share: `FILE [--json]`, the file read by
// readTextFile (a regular, bounded, decodable, non-empty text), one report printed. Each
// command gives only its help and its report.
import { parseArgs, usageError, wantsHelp } from "./args";
import type { Io } from "./main";
import { readTextFile } from "./read-text-file";

export type TextReport = (text: string, file: string, json: boolean) => string;

export function textFileCommand(
  name: string,
  help: string,
  report: TextReport,
): (args: string[], io: Io) => Promise<number> {
  return async (args, io) => {
    if (wantsHelp(args)) {
      io.out(help);
      return 0;
    }
    const parsed = parseArgs(args, { flags: ["--json"], positionals: Infinity });
    const files = typeof parsed === "string" ? [] : parsed.positionals;
    if (typeof parsed === "string" || files.length !== 1) {
      const what =
        typeof parsed === "string"
          ? parsed
          : files.length === 0
            ? "a FILE is required"
            : `expected one FILE, got ${files.length}`;
      io.err(usageError(name, what));
      return 2;
    }
    const file = files[0] ?? "";
    const read = readTextFile(file);
    if ("error" in read) {
      io.err(`sanaq ${name}: ${read.error}\n`);
      return 1;
    }
    if (read.notice) io.err(`sanaq ${name}: ${read.notice}\n`);
    io.out(report(read.text, file, parsed.flags.has("--json")));
    return 0;
  };
}
