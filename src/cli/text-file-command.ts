// The shape `sanaq extract` and `sanaq check-text` share: `FILE [--json]`, the file's bytes
// decoded by decodeText (UTF-8, UTF-16 with a BOM, Windows-1251; binary refused), one report
// printed. Each command gives only its help and its report.
import { readFileSync } from "node:fs";
import { decodeText } from "../domain/text/decode-text";
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
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
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
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.err(`sanaq ${name}: ${file}: ${decoded.message.en}\n`);
      return 1;
    }
    if (decoded.notice) io.err(`sanaq ${name}: ${file}: ${decoded.notice.en}\n`);
    io.out(report(decoded.text, file, parsed.flags.has("--json")));
    return 0;
  };
}
