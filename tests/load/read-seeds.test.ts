import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSeedsDir, SeedDirError } from "../../src/cli/read-seeds";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { csv, errorsOf, FIGURES, INDICATORS, SOURCES, TEXT } from "./fixture";

const seedsDir = join(__dirname, "..", "..", "seeds");
const made: string[] = [];
function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "sanaq-seeds-"));
  made.push(d);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("readSeedsDir", () => {
  it("reads the CSVs and every text sources.csv names", () => {
    const files = readSeedsDir(seedsDir);
    expect(Object.keys(files.texts).sort()).toEqual([
      "000_7b4d24bc9a29f55f.txt",
      "001_9fbadcee46bb49f8.txt",
      "002_de517c5b93b9ff63.txt",
      "003_12f04e18eaaee14a.txt",
      "004_3dae2f5fd08ea8bc.txt",
    ]);
    expect(files.texts["003_12f04e18eaaee14a.txt"]).toBe(
      readFileSync(join(seedsDir, "003_12f04e18eaaee14a.txt"), "utf8"),
    );
    expect(files.figuresCsv.startsWith("id,source,region,indicator")).toBe(true);
    expect(files.indicatorsCsv?.startsWith("key,unit,kind")).toBe(true);
  });

  it("treats missing relations.csv and indicators.csv as absent", () => {
    const files = readSeedsDir(
      dir({ "sources.csv": csv(SOURCES), "figures.csv": csv(FIGURES), "t.txt": TEXT }),
    );
    expect(files.relationsCsv).toBe("");
    expect(files.indicatorsCsv).toBeUndefined();
    expect(loadSeeds(files).ok).toBe(true);
  });

  it("a missing directory or required file is a clear error", () => {
    expect(() => readSeedsDir("/nonexistent/seeds")).toThrow(
      new SeedDirError(
        "seeds directory not found: /nonexistent/seeds (expected a directory with sources.csv and figures.csv)",
      ),
    );
    const d = dir({ "sources.csv": csv(SOURCES) });
    expect(() => readSeedsDir(d)).toThrow(
      `${join(d, "figures.csv")}: file not found (expected figures.csv in the seeds directory)`,
    );
  });

  it("a text named in sources.csv but absent is reported by the loader on its row", () => {
    const d = dir({
      "sources.csv": csv(SOURCES),
      "figures.csv": csv(FIGURES),
      "indicators.csv": csv(INDICATORS),
    });
    const errors = errorsOf(loadSeeds(readSeedsDir(d)));
    expect(errors).toEqual([
      expect.objectContaining({ file: "sources.csv", row: 2, column: "file", found: "t.txt" }),
    ]);
  });

  it("a 50 MB file is refused without being read", () => {
    const d = dir({ "sources.csv": csv(SOURCES), "t.txt": TEXT });
    writeFileSync(join(d, "figures.csv"), Buffer.alloc(50 * 1024 * 1024, 0x41));
    const started = performance.now();
    expect(() => readSeedsDir(d)).toThrow(
      /figures\.csv: 50\.0 MB, expected a regular file inside the seeds directory of at most 20\.0 MB/,
    );
    expect(performance.now() - started).toBeLessThan(5000); // not a hang: the size is checked before anything is parsed
  });
});
