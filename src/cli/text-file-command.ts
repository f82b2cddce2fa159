// The shape `sanaq extract` and `sanaq check-text` share: `FILE [--json]`, the file read as
// UTF-8, one report printed. Each command gives only its help and its report.
import { readFileSync } from "node:fs";
import { parseArgs, wantsHelp } from "./args";
import type { Io } from "./main";

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
      const what = typeof parsed === "string" ? parsed : `expected one FILE, got ${files.length}`;
      io.err(`sanaq ${name}: ${what}.\n\n${help}`);
      return 2;
    }
    const file = files[0] ?? "";
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "file not found (no such file or directory)"
          : code === "EISDIR"
            ? "is a directory"
            : String(error);
      io.err(`sanaq ${name}: ${file}: ${why}; expected a UTF-8 text file.\n`);
      return 1;
    }
    io.out(report(text, file, parsed.flags.has("--json")));
    return 0;
  };
}
