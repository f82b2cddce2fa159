// Files a careless or hostile seeds folder (or command line) may hold: symbolic links out of the
// folder, devices, FIFOs, directories, huge files, a seed table posing as a source text, and a
// link planted at the workbook's temp name. Each is refused with a sentence naming the file, and
// nothing is read from it, hangs on it or is written through it.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { readSeedsDir, SeedDirError } from "../../src/cli/read-seeds";
import { FileCheckError, readRegularFile } from "../../src/cli/read-regular-file";
import { loadSeeds } from "../../src/domain/load/load-seeds";

const SEEDS = join(__dirname, "..", "..", "seeds");
const FIRST_TEXT = "000_7b4d24bc9a29f55f.txt";
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "sanaq-hostile-"));
  made.push(d);
  return d;
}

/** A copy of the real seeds whose first source text is replaced by `plant(path)`. */
function seedsWith(plant: (path: string) => void): string {
  const d = join(tempDir(), "seeds");
  cpSync(SEEDS, d, { recursive: true });
  rmSync(join(d, FIRST_TEXT));
  plant(join(d, FIRST_TEXT));
  return d;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

describe("seed files are regular files inside the seeds folder", () => {
  it("a seed text linked to /etc/passwd is refused, its content never read", async () => {
    const d = seedsWith((p) => symlinkSync("/etc/passwd", p));
    expect(() => readSeedsDir(d)).toThrow(SeedDirError);
    expect(() => readSeedsDir(d)).toThrow(
      `${join(d, FIRST_TEXT)}: a symbolic link to /etc/passwd, outside the folder`,
    );
    const out = join(tempDir(), "w.xlsx");
    const wb = await run(["workbook", "--seeds", d, "--out", out]);
    expect(wb.code).toBe(1);
    expect(wb.err).toContain(FIRST_TEXT);
    expect(wb.err).not.toContain("root:");
    expect(existsSync(out)).toBe(false);
  });

  it("a seed table linked out of the folder is refused too", () => {
    const outside = tempDir();
    const d = seedsWith((p) => writeFileSync(p, readFileSync(join(SEEDS, FIRST_TEXT))));
    cpSync(join(d, "figures.csv"), join(outside, "figures.csv"));
    rmSync(join(d, "figures.csv"));
    symlinkSync(join(outside, "figures.csv"), join(d, "figures.csv"));
    expect(() => readSeedsDir(d)).toThrow(
      /figures\.csv: a symbolic link to .*, outside the folder/,
    );
  });

  it("a link that stays inside the folder is read", () => {
    const d = seedsWith((p) => symlinkSync("real-000.txt", p));
    cpSync(join(SEEDS, FIRST_TEXT), join(d, "real-000.txt"));
    expect(loadSeeds(readSeedsDir(d)).ok).toBe(true);
  });

  it("a link to /dev/zero is refused at once, without reading", async () => {
    const d = seedsWith((p) => symlinkSync("/dev/zero", p));
    const started = Date.now();
    const check = await run(["check", "--seeds", d]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${join(d, FIRST_TEXT)}: a symbolic link to /dev/zero`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a FIFO does not hang: it is named as a FIFO", async () => {
    const d = seedsWith(mkfifo);
    const check = await run(["check", "--seeds", d]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(
      `${join(d, FIRST_TEXT)}: a FIFO (named pipe), expected a regular file`,
    );
  });

  it("a directory is named as a directory, not a raw EISDIR", async () => {
    const d = seedsWith((p) => mkdirSync(p));
    const check = await run(["check", "--seeds", d]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${join(d, FIRST_TEXT)}: a directory, expected a regular file`);
    expect(check.err).not.toContain("EISDIR");
  });

  it("a dangling link is reported, not taken for a missing optional file", () => {
    const d = seedsWith((p) => writeFileSync(p, readFileSync(join(SEEDS, FIRST_TEXT))));
    rmSync(join(d, "relations.csv"));
    symlinkSync(join(d, "no-such-file.csv"), join(d, "relations.csv"));
    expect(() => readSeedsDir(d)).toThrow(/relations\.csv: file not found/);
  });
});

describe("a source text is never one of the seed tables", () => {
  /** sources.csv with the first source's file column set to `file`. */
  function pointFirstSourceAt(d: string, file: string): void {
    const path = join(d, "sources.csv");
    const text = readFileSync(path, "utf8").replace(FIRST_TEXT, file);
    writeFileSync(path, text);
  }

  it("a sources.csv row whose file is figures.csv fails on that row (the loader, for every reader)", async () => {
    const d = seedsWith((p) => writeFileSync(p, readFileSync(join(SEEDS, FIRST_TEXT))));
    pointFirstSourceAt(d, "figures.csv");
    const check = await run(["check", "--seeds", d]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(
      /sources\.csv, row 2, column "file": found "figures\.csv", expected the name of a source text .*not a CSV table/,
    );
    // The same sentence where the pane loads the seeds from texts it fetched itself.
    const files = readSeedsDir(SEEDS);
    const sourcesCsv = files.sourcesCsv.replace(FIRST_TEXT, "FIGURES.CSV");
    const loaded = loadSeeds({
      ...files,
      sourcesCsv,
      texts: { ...files.texts, "FIGURES.CSV": files.figuresCsv },
    });
    expect(loaded.ok).toBe(false);
  });

  it("a text that is figures.csv under another name (a link or a hard link) is refused", () => {
    const soft = seedsWith((p) => symlinkSync("figures.csv", p));
    expect(() => readSeedsDir(soft)).toThrow(
      `${join(soft, FIRST_TEXT)}: the same file as figures.csv, expected a source text of its own`,
    );
    const hard = seedsWith((p) => linkSync(join(join(p, ".."), "figures.csv"), p));
    expect(() => readSeedsDir(hard)).toThrow(/the same file as figures\.csv/);
  });
});

describe("extract and check-text check the file first", () => {
  for (const command of ["extract", "check-text"]) {
    it(`${command}: /dev/zero, a FIFO, a directory and a huge file are refused by name`, async () => {
      const d = tempDir();
      const fifo = join(d, "pipe.txt");
      mkfifo(fifo);
      const huge = join(d, "huge.txt");
      writeFileSync(huge, "");
      truncateSync(huge, 21 * 1024 * 1024);
      const cases: [string, string][] = [
        ["/dev/zero", "/dev/zero: a character device, expected a text file"],
        [fifo, `${fifo}: a FIFO (named pipe), expected a text file`],
        [d, `${d}: a directory, expected a text file`],
        [huge, `${huge}: 21.0 MB, expected a text file`],
      ];
      for (const [file, message] of cases) {
        const result = await run([command, file, "--json"]);
        expect(result.code, file).toBe(1);
        expect(result.out).toBe("");
        expect(result.err).toBe(`sanaq ${command}: ${message} of at most 20.0 MB.\n`);
      }
    });
  }

  it("a link to a regular text file is followed (the user named it)", async () => {
    const d = tempDir();
    writeFileSync(join(d, "real.txt"), "В области 294 аула.");
    symlinkSync(join(d, "real.txt"), join(d, "link.txt"));
    const result = await run(["extract", join(d, "link.txt"), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toHaveLength(1);
  });

  it("readRegularFile refuses a file that grows past the limit while read", () => {
    const d = tempDir();
    writeFileSync(join(d, "t.txt"), "x".repeat(100));
    expect(() =>
      readRegularFile(join(d, "t.txt"), { maxBytes: 10, expected: "a small file" }),
    ).toThrow(FileCheckError);
    expect(readRegularFile(join(d, "t.txt"), { maxBytes: 100, expected: "x" }).bytes.length).toBe(
      100,
    );
  });
});

describe("sanaq workbook's temp file", () => {
  it("a link planted at the old predictable temp name is not written through", async () => {
    const d = tempDir();
    const victim = join(d, "victim.txt");
    writeFileSync(victim, "precious");
    // The name the command used to write to first: .<pid>.sanaq-workbook.tmp.xlsx next to --out.
    symlinkSync(victim, join(d, `.${process.pid}.sanaq-workbook.tmp.xlsx`));
    const out = join(d, "w.xlsx");
    const result = await run([
      "workbook",
      "--seeds",
      SEEDS,
      "--loaded-at",
      "2026-01-01T00:00:00Z",
      "--out",
      out,
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    // Nothing of the private temp folder is left behind.
    expect(readdirSync(d).sort()).toEqual([
      `.${process.pid}.sanaq-workbook.tmp.xlsx`,
      "victim.txt",
      "w.xlsx",
    ]);
  });
});
