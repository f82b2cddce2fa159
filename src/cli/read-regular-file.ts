// Reads a file the command was given or a seed file, only when it is a regular file of a
// bounded size (Node only). A path that names a FIFO hangs a plain readFileSync, /dev/zero
// eats memory, a directory gives a raw EISDIR, and a seed text that is a symbolic link to
// /etc/passwd would be copied into the workbook: each is refused here with a sentence naming
// the file. Decoding the bytes (UTF-8, UTF-16 …) is the caller's business.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from "node:fs";
import { relative, isAbsolute, sep } from "node:path";

export class FileCheckError extends Error {}

export interface ReadRegularOptions {
  /** Larger files are refused before they are read (and while, for files that grow). */
  maxBytes: number;
  /** A folder the file must really be in, after every symbolic link is followed (the seeds). */
  inside?: string;
  /** What the file should be, for the error: "a UTF-8 text file", "a seed file". */
  expected: string;
}

/** The file's identity (device and inode), to tell whether two names are one file. */
export interface RegularFile {
  bytes: Buffer;
  id: string;
}

export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file not found (no such file or directory)";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "a symbolic link that changed while it was read";
  if (code === "EISDIR") return "a directory";
  return error instanceof Error ? error.message : String(error);
}

/** true when `path` (already real) is `dir` itself or below it. */
function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

/** Reads `path` whole, or throws FileCheckError saying what the file is and what was expected. */
export function readRegularFile(path: string, options: ReadRegularOptions): RegularFile {
  const fail = (what: string): never => {
    throw new FileCheckError(`${path}: ${what}, expected ${options.expected}.`);
  };
  let real = path;
  try {
    real = realpathSync(path);
  } catch (error) {
    fail(why(error));
  }
  if (options.inside !== undefined) {
    let folder = options.inside;
    try {
      folder = realpathSync(options.inside);
    } catch (error) {
      fail(`its folder ${options.inside}: ${why(error)}`);
    }
    if (!isInside(real, folder)) fail(`a symbolic link to ${real}, outside the folder ${folder}`);
  }
  // O_NONBLOCK: opening a FIFO does not wait for a writer; O_NOFOLLOW: the real path must not
  // have become a link since realpath looked at it.
  let fd: number | undefined;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    fail(why(error));
  }
  const handle = fd as number;
  try {
    const stats = fstatSync(handle);
    if (!stats.isFile()) fail(kindOf(stats));
    if (stats.size > options.maxBytes) fail(megabytes(stats.size));
    // Read at most maxBytes + 1: a file that grows while it is read is still refused.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, options.maxBytes + 1 - total));
      const n = readSync(handle, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > options.maxBytes)
        fail(`more than ${megabytes(options.maxBytes)} (it grew while it was read)`);
    }
    return { bytes: Buffer.concat(chunks, total), id: `${stats.dev}:${stats.ino}` };
  } finally {
    closeSync(handle);
  }
}
