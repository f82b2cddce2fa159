// The shape `sanaq extract` and `sanaq check-text` share: `FILE [--json]`, the file read when it
// is a regular file of at most MAX_FILE_CHARS bytes (read-regular-file), its bytes decoded by
// decodeText (UTF-8, UTF-16 with a BOM, Windows-1251; binary refused), one report printed. Each
// command gives only its help and its report.
import { MAX_FILE_CHARS } from "../domain/load/csv-file";
import { decodeText } from "../domain/text/decode-text";
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
    let bytes: Uint8Array;
    try {
      // Type and size first (read-regular-file), then the bytes are decoded as text.
      bytes = readRegularFile(file, {
        maxBytes: MAX_FILE_CHARS,
        expected: `a text file of at most ${megabytes(MAX_FILE_CHARS)}`,
      }).bytes;
    } catch (error) {
      if (!(error instanceof FileCheckError)) throw error;
      io.err(`sanaq ${name}: ${error.message}\n`);
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
