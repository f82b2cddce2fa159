// The `sanaq` command as a user runs it: bin/sanaq.cjs over lib/, compiled from src/ by
// `npm run prepare`. compileCli() recompiles lib/ when any CLI source is newer than it, so a
// test of the bin runs the code under test, not a stale build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const SANAQ_BIN = join(ROOT, "bin", "sanaq.cjs");
const MAIN_JS = join(ROOT, "lib", "cli", "main.js");
const SOURCES = ["src/cli", "src/domain", "src/workbook", "src/xlsx", "src/i18n"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export function compileCli(): void {
  const built = existsSync(MAIN_JS) ? statSync(MAIN_JS).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built > source) return;
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, encoding: "utf8" },
  );
  // tsc emits even with type errors; what matters is that main.js is newer than the sources.
  if (!existsSync(MAIN_JS) || statSync(MAIN_JS).mtimeMs < source)
    throw new Error(`tsc -p tsconfig.cli.json did not build lib/: ${tsc.stdout}${tsc.stderr}`);
}
