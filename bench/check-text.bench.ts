// check-text (findStatements + runChecks) on 0.1, 1 and 10 MB of news-like Russian and Kazakh
// text, next to readNumbers on the same text. The text is the corpus and seed paragraphs,
// shuffled deterministically and repeated, with one long lowercase sentence (no sentence end
// for a tenth of the text) in the middle. Growth must be linear: time per MB within 2x of the
// 0.1 MB figure; the quotes stay bounded (a sentence, never the whole text).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { MAX_SENTENCE, findStatements } from "../src/domain/checks/find-statements";
import { runChecks } from "../src/domain/checks/run-checks";
import { readNumbers } from "../src/domain/numbers/read-numbers";
import { fastestMs } from "./timing";
import type { BenchOptions, BenchRow } from "./types";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraphs(): string[] {
  const root = join(__dirname, "..");
  const files = ["tests/corpus", "seeds"].flatMap((dir) => {
    try {
      return readdirSync(join(root, dir))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => join(root, dir, f));
    } catch {
      return [];
    }
  });
  return files
    .flatMap((f) => readFileSync(f, "utf8").split(/\n\s*\n/))
    .filter((p) => p.trim().length > 0);
}

const LOWERCASE_CLAUSE =
  "и ещё 12 сёл из 35 подключены к сети, а в 7 из них (20%) работают камеры, оның ішінде 3 ауылда 4g бар ";

/** `bytes` of news-like text (UTF-8 bytes), a tenth of it one long lowercase sentence. */
export function newsLikeText(bytes: number): string {
  const all = paragraphs();
  const next = random(11);
  const parts: string[] = [];
  let size = 0;
  const target = bytes * 0.9;
  let long = false;
  while (size < target) {
    if (!long && size >= target / 2) {
      long = true;
      const n = Math.ceil((bytes * 0.1) / Buffer.byteLength(LOWERCASE_CLAUSE));
      const sentence = LOWERCASE_CLAUSE.repeat(n);
      parts.push(sentence);
      size += Buffer.byteLength(sentence);
    }
    const p = all[Math.floor(next() * all.length)] ?? "";
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}

function checkText(text: string): { statements: number; conflicts: number; longestQuote: number } {
  const found = findStatements(text, "bench");
  const result = runChecks({ sources: [], ...found });
  let longestQuote = 0;
  for (const f of found.figures) longestQuote = Math.max(longestQuote, f.quote.length);
  return { statements: found.relations.length, conflicts: result.conflicts.length, longestQuote };
}

export default async function checkTextBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const sizes = short ? [0.1, 0.5] : [0.1, 1, 10];
  const rows: BenchRow[] = [];
  let firstPerMb: number | undefined;
  checkText(newsLikeText(50_000)); // warm-up
  for (const mb of sizes) {
    const text = newsLikeText(mb * 1e6);
    const runs = mb >= 10 ? 2 : mb >= 1 ? 3 : 7;
    let got = { statements: 0, conflicts: 0, longestQuote: 0 };
    const ms = fastestMs(() => (got = checkText(text)), runs);
    const readerMs = fastestMs(() => readNumbers(text).length, runs);
    const perMb = ms / mb;
    firstPerMb ??= perMb;
    rows.push(
      {
        name: `check-text: ms, ${mb} MB news-like (${got.statements} statements, ${got.conflicts} conflicts)`,
        value: ms,
        unit: "ms",
        baseline: readerMs,
        baselineName: "readNumbers on the same text",
        target: `quotes ≤ ${MAX_SENTENCE} chars (longest ${got.longestQuote})`,
        met: got.longestQuote <= MAX_SENTENCE,
      },
      {
        name: `check-text: ms per MB, ${mb} MB (vs 0.1 MB)`,
        value: perMb,
        unit: "ms",
        baseline: firstPerMb,
        baselineName: "ms per MB at 0.1 MB",
        target: "linear: ratio ≤ 2x",
        met: perMb <= 2 * firstPerMb,
      },
    );
  }
  return rows;
}
