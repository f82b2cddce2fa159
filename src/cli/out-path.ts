// Why an --out path cannot be written, in plain words. Node's own messages name the system
// call and the private temp folder ("EACCES: permission denied, mkdtemp
// '/x/.sanaq-workbook-XXXXXX'"), which tells a user nothing about the path they typed.
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** The problem with writing the FILE `out`, found before anything is written, or undefined. */
export function outFileProblem(out: string): string | undefined {
  if (isDirectory(out) === true) return `--out ${out} is a directory, expected a file name`;
  const folder = dirname(resolve(out));
  const kind = isDirectory(folder);
  if (kind === undefined) return `--out ${out}: the folder ${folder} does not exist`;
  if (kind === false) return `--out ${out}: ${folder} is a file, not a folder`;
  return undefined;
}

/** A write error of `out` (file or folder) as a sentence, without internal temp names. */
export function writeErrorMessage(out: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(resolve(out));
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `cannot write ${out}: permission denied in the folder ${folder}`;
    case "EROFS":
      return `cannot write ${out}: the folder ${folder} is on a read-only disk`;
    case "ENOSPC":
      return `cannot write ${out}: the disk is full`;
    case "EDQUOT":
      return `cannot write ${out}: the disk quota is used up`;
    case "ENOENT":
      return `cannot write ${out}: the folder ${folder} does not exist`;
    case "ENOTDIR":
      return `cannot write ${out}: a part of the path ${folder} is a file, not a folder`;
    case "EISDIR":
      return `cannot write ${out}: it is a directory`;
    default:
      return `cannot write ${out}: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
