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

/** Median seconds of `runs` timed calls after one warm-up call. */
function time(runs: number, work: () => number): { seconds: number; result: number } {
  let result = work();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = work();
    seconds.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  return { seconds: seconds[Math.floor(runs / 2)] ?? 0, result };
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
  const runs = short ? 5 : 7;
  const reader = time(runs, () => readNumbers(text).length);
  const regex = time(runs, () => digitRuns(text));
  const value = mb / reader.seconds;
  const baseline = mb / regex.seconds;
  return [
    {
      name: `reader: MB/s, ${megabytes} MB ru+kk news (${reader.result} mentions)`,
      value,
      unit: "MB/s",
      baseline,
      baselineName: "/\\d+/g, counting matches",
      target: ">= 10 MB/s and within 5x of /\\d+/g",
      met: value >= 10 && baseline / value <= 5,
    },
  ];
}
