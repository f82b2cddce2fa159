// The text of a FILE the command was given (extract, check-text, add): a regular file of at most
// MAX_FILE_CHARS bytes (read-regular-file), its bytes decoded by decodeText (UTF-8, UTF-16 with
// a BOM, Windows-1251; binary refused), and refused when it holds no text at all — an empty
// file would otherwise give an empty table or "0 statements" as if it had been read.
import { MAX_FILE_CHARS } from "../domain/load/csv-file";
import { decodeText } from "../domain/text/decode-text";
import { FileCheckError, megabytes, readRegularFile } from "./read-regular-file";

export type TextFile = { text: string; notice?: string } | { error: string };

export function readTextFile(file: string): TextFile {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file, {
      maxBytes: MAX_FILE_CHARS,
      expected: `a text file of at most ${megabytes(MAX_FILE_CHARS)}`,
    }).bytes;
  } catch (error) {
    if (error instanceof FileCheckError) return { error: error.message };
    throw error;
  }
  if (bytes.length === 0)
    return { error: `${file}: the file is empty (0 bytes), expected a Russian or Kazakh text.` };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { error: `${file}: ${decoded.message.en}` };
  if (decoded.text.trim() === "")
    return {
      error: `${file}: the file is empty (nothing but spaces and line breaks), expected a Russian or Kazakh text.`,
    };
  return decoded.notice
    ? { text: decoded.text, notice: `${file}: ${decoded.notice.en}` }
    : { text: decoded.text };
}
