// Number reader throughput on news-like Russian and Kazakh text, next to a plain digit regex over
// the same text. The text is the seed sentences, shuffled deterministically and repeated.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readNumbers } from "../src/domain/numbers/read-numbers";
import type { BenchOptions, BenchRow } from "./types";

/** A small deterministic generator (LCG), so every run reads the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function newsText(bytes: number): string {
  const dir = join(__dirname, "..", "seeds");
  const sentences = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n+/))
    .filter((s) => s.trim().length > 0);
  const next = random(7);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentences[Math.floor(next() * sentences.length)] ?? "";
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return parts.join(next() < 0.5 ? " " : "\n");
}

/**
 * Best seconds of each workload over `runs` interleaved rounds, after warm-up rounds. Interleaving
 * and the minimum keep the ratio fair on a busy machine: both sides see the same load.
 */
function race(runs: number, work: Array<() => number>): { seconds: number[]; results: number[] } {
  const results = work.map((w) => w());
  for (let i = 0; i < 2; i++) work.forEach((w) => w());
  const seconds = work.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    work.forEach((w, k) => {
      const t = process.hrtime.bigint();
      results[k] = w();
      seconds[k] = Math.min(seconds[k] ?? Infinity, Number(process.hrtime.bigint() - t) / 1e9);
    });
  }
  return { seconds, results };
}

function digitRuns(text: string): number {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

export default async function readerBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const megabytes = short ? 0.5 : 4;
  const text = newsText(megabytes * 1e6);
  const mb = Buffer.byteLength(text) / 1e6;
  const { seconds, results } = race(25, [() => readNumbers(text).length, () => digitRuns(text)]);
  const value = mb / (seconds[0] ?? Infinity);
  const baseline = mb / (seconds[1] ?? Infinity);
  return [
    {
      name: `reader: MB/s, ${megabytes} MB ru+kk news (${results[0]} mentions)`,
      value,
      unit: "MB/s",
      baseline,
      baselineName: "/\\d+/g, counting matches",
      target: ">= 10 MB/s and within 5x of /\\d+/g",
      met: value >= 10 && baseline / value <= 5,
    },
  ];
}
