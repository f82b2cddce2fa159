// CI runs the benchmarks in short mode: `npx tsx bench/run.ts --short` must exit 0 and write
// bench/results.json with rows from every bench/*.bench.ts, each a finite figure next to a
// finite baseline measured in the same run. Speed targets are not asserted here (the machine
// is busy with other tests); docs/performance.md has the full run's figures.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { BenchRow } from "../../bench/types";
import { chromiumAvailable } from "../helpers/browser";
import { ROOT } from "../helpers/dist";
import { sofficeOrSkip } from "../helpers/libreoffice";

const run = promisify(execFile);
const BENCH = join(ROOT, "bench");

interface Results {
  date: string;
  short: boolean;
  rows: BenchRow[];
}

/** "reader.bench.ts" -> "reader": every row's name starts with its bench's name and a colon. */
const benchNames = (): string[] =>
  readdirSync(BENCH)
    .filter((f) => f.endsWith(".bench.ts"))
    .map((f) => f.slice(0, -".bench.ts".length))
    .sort();

describe("npm run bench -- --short", () => {
  it("exits 0 and writes a row with a finite value and baseline for every bench file", async () => {
    // Both throw under CI=true when the program is missing, so CI proves those rows too.
    const withSoffice = sofficeOrSkip();
    const withChromium = chromiumAvailable();
    const started = Date.now();
    const { stdout } = await run("npx", ["tsx", "bench/run.ts", "--short"], {
      cwd: ROOT,
      env: { ...process.env, BENCH_SHORT: "" },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 600_000,
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`bench --short: ${seconds.toFixed(1)} s\n${stdout}`);

    const results = JSON.parse(readFileSync(join(BENCH, "results.json"), "utf8")) as Results;
    expect(results.short).toBe(true);
    expect(Date.parse(results.date)).toBeGreaterThanOrEqual(started - 1000); // this run's file
    const names = benchNames();
    expect(names).toEqual([
      "check-text",
      "checks",
      "corpus",
      "load",
      "pane",
      "reader",
      "workbook",
      "writer",
    ]);
    const prefixes = new Set(results.rows.map((r) => r.name.slice(0, r.name.indexOf(":"))));
    expect([...prefixes].sort()).toEqual(names);

    for (const row of results.rows) {
      expect(row.name, "every row is named after its bench").toMatch(/^[a-z-]+: \S/);
      expect(Number.isFinite(row.value), `${row.name}: value ${row.value}`).toBe(true);
      expect(Number.isFinite(row.baseline), `${row.name}: baseline ${row.baseline}`).toBe(true);
      expect(row.baselineName, `${row.name}: what the baseline is`).toBeTruthy();
      expect(row.unit).toBeTruthy();
      expect(stdout).toContain(row.name); // printed in the table too
    }
    const named = (prefix: string) => results.rows.filter((r) => r.name.startsWith(prefix));
    // Issue 15: each pane figure next to a static page and to React alone.
    expect(named("pane: first bundle KB gzip")).toHaveLength(2);
    expect(named("pane: all chunks KB gzip")).toHaveLength(1);
    expect(named("pane: first render ms")).toHaveLength(withChromium ? 2 : 0);
    expect(named("pane: Load usable ms")).toHaveLength(withChromium ? 2 : 0);
    expect(named("workbook: LibreOffice").length).toBe(withSoffice ? 2 : 0);
    // Short mode stays short: about 60 s on 2 idle cores, 460 s beside the rest of the suite.
    expect(seconds).toBeLessThan(540);
  }, 600_000);
});
