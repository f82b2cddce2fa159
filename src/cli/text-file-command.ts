// The shape `sanaq extract` and `sanaq check-text` share: `FILE [--json]`, the file read as
// UTF-8 when it is a regular file of at most MAX_FILE_CHARS bytes, one report printed. Each command gives only its help and its report.
import { MAX_FILE_CHARS } from "../domain/load/csv-file";
import { parseArgs, wantsHelp } from "./args";
import type { Io } from "./main";
import { FileCheckError, megabytes, readRegularFile } from "./read-regular-file";

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
      // Type and size first (read-regular-file), then the bytes are decoded as text.
      const { bytes } = readRegularFile(file, {
        maxBytes: MAX_FILE_CHARS,
        expected: `a UTF-8 text file of at most ${megabytes(MAX_FILE_CHARS)}`,
      });
      text = bytes.toString("utf8");
    } catch (error) {
      if (!(error instanceof FileCheckError)) throw error;
      io.err(`sanaq ${name}: ${error.message}\n`);
      return 1;
    }
    io.out(report(text, file, parsed.flags.has("--json")));
    return 0;
  };
}
