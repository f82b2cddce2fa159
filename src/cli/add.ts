// `sanaq add FILE [--seeds DIR] --out DIR [--region R] [--json]`: a new text joins a copy of the
// seeds as a curated source would: its sources.csv row, proposed figures, relations, skipped
// numbers and new indicators, checked by the loader before anything is written.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { loadSeeds, SEED_FILE_NAMES } from "../domain/load/load-seeds";
import { proposeSource } from "../domain/propose/propose-source";
import { addToSeeds, type SeedTexts } from "../domain/propose/seed-rows";
import { parseArgs, usageError, wantsHelp } from "./args";
import type { Command } from "./commands";
import type { Io } from "./main";
import { DEFAULT_SEEDS, SeedDirError, readSeedsDir } from "./read-seeds";
import { readTextFile } from "./read-text-file";
import { writeErrorMessage } from "./out-path";

const HELP = [
  "Usage: sanaq add FILE --out DIR [--seeds DIR] [--region REGION] [--json]",
  "",
  "Adds a Russian or Kazakh news text to a copy of the seeds: the text file, its sources.csv row,",
  "one figures.csv row per quantity (region, indicator and as-of proposed from the words around",
  "the number, the sentence as quote), relations.csv rows for the shares and sums the text states,",
  "skipped.csv rows for years, dates and other non-quantities, and indicators.csv rows for new",
  "measures. The result is checked by the loader; then `sanaq check --seeds DIR` shows its conflicts.",
  "",
  "Options:",
  "  --out DIR      where the copy is written (a new or empty directory, or the seeds directory itself)",
  "  --seeds DIR    the seeds to add to (default: seeds/ of the sanaq package)",
  '  --region R     the region of the whole text, when it names none ("Aktobe region", "Astana")',
  "  --json         print the proposal as JSON",
  "  -h, --help     show this help",
  "",
  "Exit status: 0 when added, 1 on a bad text or seeds (nothing written), 2 on bad usage.",
  "",
].join("\n");

export async function runAdd(args: string[], io: Io): Promise<number> {
  if (wantsHelp(args)) {
    io.out(HELP);
    return 0;
  }
  const parsed = parseArgs(args, {
    flags: ["--json"],
    options: ["--seeds", "--out", "--region"],
    positionals: 1,
  });
  if (typeof parsed === "string" || parsed.positionals.length !== 1 || !parsed.options["--out"]) {
    const why =
      typeof parsed === "string"
        ? parsed
        : parsed.positionals.length !== 1
          ? "expected one FILE"
          : "--out DIR is required";
    io.err(usageError("add", why));
    return 2;
  }
  const file = parsed.positionals[0] as string;
  const seedsDir = parsed.options["--seeds"] ?? DEFAULT_SEEDS;
  const outDir = parsed.options["--out"] as string;
  const fail = (message: string): number => {
    io.err(`sanaq add: ${message}\nNothing was written.\n`);
    return 1;
  };

  const read = readTextFile(file);
  if ("error" in read) return fail(read.error);
  if (read.notice) io.err(`sanaq add: ${read.notice}\n`);
  const text = read.text.replace(/\r\n?/g, "\n");

  let files: SeedTexts;
  try {
    files = readSeedsDir(seedsDir);
  } catch (error) {
    if (error instanceof SeedDirError) return fail(error.message);
    throw error;
  }
  const loaded = loadSeeds(files);
  if (!loaded.ok) {
    return fail(
      `the seeds in ${seedsDir} do not load (${loaded.errors.length} problem(s)):\n` +
        loaded.errors.map((e) => `  ${e.message}`).join("\n"),
    );
  }
  const outProblem = checkOut(seedsDir, outDir);
  if (outProblem) return fail(outProblem);

  const textFile = textFileName(text, Object.keys(files.texts));
  const proposed = proposeSource({
    text,
    file: textFile,
    existing: loaded,
    ...(parsed.options["--region"] ? { region: parsed.options["--region"] } : {}),
  });
  if (!proposed.ok) return fail(`${file}: ${proposed.message.en}`);
  const added = addToSeeds(files, proposed.proposal);
  if (!added.ok) {
    return fail(
      `the rows proposed for ${file} do not load:\n` +
        added.errors.map((e) => `  ${e.message}`).join("\n"),
    );
  }

  try {
    writeOut(seedsDir, outDir, added.files, textFile, text);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    io.err(`sanaq add: ${writeErrorMessage(outDir, error)}\n`);
    return 1;
  }
  const p = added.proposal;
  if (parsed.flags.has("--json")) {
    io.out(
      `${JSON.stringify({ out: outDir, ...p, source: { ...p.source, text: undefined } }, null, 2)}\n`,
    );
    return 0;
  }
  const review = p.figures.filter(
    (f) => f.proposal.regionAlternatives.length > 0 || f.proposal.indicatorConfidence < 0.6,
  );
  const lines = [
    `Added ${basename(file)} as source ${p.source.id} (${p.source.language}, ${p.source.region}) in ${outDir}:`,
    `  ${p.figures.length} figure(s), ${p.relations.length} relation(s), ${p.skipped.length} skipped number(s), ${p.indicators.length} new indicator(s)`,
    ...p.figures.map(
      (f) =>
        `  ${f.id}: ${f.value}${f.unit === "" ? "" : ` ${f.unit}`} · ${f.region}${
          f.proposal.regionAlternatives.length > 0
            ? ` (or ${f.proposal.regionAlternatives.join(", ")}?)`
            : ""
        } · ${f.indicator}${f.proposal.newIndicator ? " (new)" : ""} ${Math.round(f.proposal.indicatorConfidence * 100)}%${
          f.asOf ? ` · as of ${f.asOf}` : ""
        }`,
    ),
    review.length > 0
      ? `${review.length} figure(s) to confirm: an ambiguous region or an unsure indicator.`
      : "",
    `Next: sanaq check --seeds ${outDir}`,
    "",
  ];
  io.out(lines.filter((l) => l !== "").join("\n") + "\n");
  return 0;
}

/** NNN_<sha256 prefix>.txt as the curated texts are named, NNN one above the highest. */
function textFileName(text: string, existing: string[]): string {
  const numbers = existing.map((f) => Number(/^(\d+)_/.exec(f)?.[1] ?? -1));
  const next = Math.max(-1, ...numbers) + 1;
  const hash = createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
  return `${String(next).padStart(3, "0")}_${hash}.txt`;
}

function checkOut(seedsDir: string, outDir: string): string | undefined {
  if (resolve(seedsDir) === resolve(outDir)) return undefined;
  if (!existsSync(outDir)) return undefined;
  if (!statSync(outDir).isDirectory()) return `--out ${outDir} is a file; expected a directory`;
  if (readdirSync(outDir).length > 0)
    return `--out ${outDir} is not empty; expected a new or empty directory (or the seeds directory itself)`;
  return undefined;
}

function writeOut(
  seedsDir: string,
  outDir: string,
  files: SeedTexts,
  textFile: string,
  text: string,
): void {
  mkdirSync(outDir, { recursive: true });
  if (resolve(seedsDir) !== resolve(outDir)) {
    for (const name of readdirSync(seedsDir)) {
      const from = join(seedsDir, name);
      if (statSync(from).isFile()) copyFileSync(from, join(outDir, name));
    }
  }
  writeFileSync(join(outDir, textFile), text, "utf8");
  writeFileSync(join(outDir, SEED_FILE_NAMES.sources), files.sourcesCsv, "utf8");
  writeFileSync(join(outDir, SEED_FILE_NAMES.figures), files.figuresCsv, "utf8");
  writeFileSync(join(outDir, SEED_FILE_NAMES.relations), files.relationsCsv, "utf8");
  writeFileSync(join(outDir, SEED_FILE_NAMES.indicators), files.indicatorsCsv ?? "", "utf8");
  writeFileSync(join(outDir, SEED_FILE_NAMES.skipped), files.skippedCsv, "utf8");
  const sums = join(outDir, "SHA256SUMS");
  if (existsSync(sums)) {
    const hash = createHash("sha256").update(text, "utf8").digest("hex");
    const current = readFileSync(sums, "utf8");
    writeFileSync(
      sums,
      `${current.endsWith("\n") ? current : `${current}\n`}${hash}  ${textFile}\n`,
      "utf8",
    );
  }
}

export const addCommand: Command = {
  name: "add",
  summary: "add a new text to a copy of the seeds, with proposed figures and relations",
  run: runAdd,
};
