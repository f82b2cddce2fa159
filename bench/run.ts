// `npm run bench`: runs every bench/*.bench.ts, prints one table and writes bench/results.json.
// Each figure is measured next to a baseline in the same run, and the ratio printed.
// `npm run bench -- --short` (or BENCH_SHORT=1) runs small sizes only, to prove the suite works.
import { readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchModule, BenchRow } from "./types";

async function main(): Promise<void> {
  const short = process.argv.includes("--short") || process.env.BENCH_SHORT === "1";
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.includes(only))
    .sort();
  const rows: BenchRow[] = [];
  // Every figure belongs to the machine it was measured on.
  const cpu = `${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cpus().length} cores`;
  process.stdout.write(`machine: ${cpu}, Node ${process.version}\n`);
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    const got = await mod.default({ short });
    for (const row of got) {
      rows.push(row);
      printRow(row);
    }
  }
  const out = join(dir, "results.json");
  writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), short, node: process.version, cpu, rows },
      null,
      2,
    ),
  );
  process.stdout.write(`\n${rows.length} results written to bench/results.json\n`);
}

let headerPrinted = false;
function printRow(r: BenchRow): void {
  if (!headerPrinted) {
    headerPrinted = true;
    process.stdout.write(
      `${"benchmark".padEnd(52)} ${"value".padStart(14)} ${"baseline".padStart(14)} ${"ratio".padStart(8)}  target\n`,
    );
  }
  const fmt = (v: number | undefined, unit: string): string =>
    v === undefined
      ? "-"
      : `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3)} ${unit}`;
  const ratio =
    r.baseline === undefined || r.baseline === 0 ? "-" : (r.value / r.baseline).toFixed(2) + "x";
  process.stdout.write(
    `${r.name.padEnd(52)} ${fmt(r.value, r.unit).padStart(14)} ${fmt(r.baseline, r.unit).padStart(14)} ${ratio.padStart(8)}  ${r.target ?? ""}${r.met === undefined ? "" : r.met ? " (met)" : " (NOT met)"}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
