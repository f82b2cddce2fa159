// The `sanaq` command as people expect a command line to behave: --version, help on no command
// (status 2), a usage error as one line and a hint instead of the whole help, --lang in any
// case, an --out that cannot be written said in plain words (no temp folder names), and an
// empty input file said to be empty. Runs the compiled bin/sanaq.cjs, as a user does.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, SANAQ_BIN, compileCli } from "../helpers/compiled-cli";

const dir = mkdtempSync(join(tmpdir(), "sanaq-usage-"));

function sanaq(...args: string[]): { status: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [SANAQ_BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const packageVersion = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    version: string;
  }
).version;

describe("sanaq command line", () => {
  beforeAll(() => compileCli(), 180_000);

  it("prints the package version for --version and -V", () => {
    for (const flag of ["--version", "-V"]) {
      const run = sanaq(flag);
      expect(run.status, run.err).toBe(0);
      expect(run.out).toBe(`${packageVersion}\n`);
    }
  });

  it("prints the help and exits 2 when no command is given", () => {
    const run = sanaq();
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/^Usage: sanaq <command> \[options\]/);
    expect(run.err).toContain("--version");
    expect(run.out).toBe("");
  });

  it.each([
    [["--frobnicate"], 'sanaq: unknown option "--frobnicate".', "sanaq"],
    [["frobnicate"], 'sanaq: unknown command "frobnicate".', "sanaq"],
    [["extract", "--xml"], 'sanaq extract: unknown option "--xml".', "sanaq extract"],
    [["extract"], "sanaq extract: a FILE is required.", "sanaq extract"],
    [
      ["check-text", "a.txt", "b.txt"],
      "sanaq check-text: expected one FILE, got 2.",
      "sanaq check-text",
    ],
    [["check", "--seeds"], "sanaq check: --seeds needs a value.", "sanaq check"],
    [["workbook"], "sanaq workbook: --out FILE.xlsx is required.", "sanaq workbook"],
    [["add", "x.txt"], "sanaq add: --out DIR is required.", "sanaq add"],
  ])("a usage error (%j) is one line and a hint, not the whole help", (args, line, name) => {
    const run = sanaq(...args);
    expect(run.status).toBe(2);
    expect(run.err).toBe(`${line}\nRun '${name} --help' for usage.\n`);
    expect(run.out).toBe("");
  });

  it("takes --lang in any case (RU, Kk)", () => {
    for (const lang of ["RU", "Kk"]) {
      const out = join(dir, `lang-${lang}.xlsx`);
      const run = sanaq("workbook", "--lang", lang, "--out", out);
      expect(run.status, run.err).toBe(0);
      expect(run.out).toContain(`(${lang.toLowerCase()})`);
    }
    expect(sanaq("workbook", "--lang", "DE", "--out", join(dir, "de.xlsx")).err).toContain(
      '--lang is "DE", expected en, ru or kk',
    );
  });

  it("says in plain words why --out cannot be written, naming no temp folder", () => {
    const isDir = join(dir, "folder.xlsx");
    mkdirSync(isDir);
    const cases: [string, string][] = [
      [
        join(dir, "no", "such", "a.xlsx"),
        `--out ${join(dir, "no", "such", "a.xlsx")}: the folder ${join(dir, "no", "such")} does not exist`,
      ],
      [isDir, `--out ${isDir} is a directory, expected a file name`],
      // /sys is mounted read-only in Linux containers, and is refused even to root (who could
      // write into a chmod 0555 folder anyway).
      ["/sys/sanaq.xlsx", "cannot write /sys/sanaq.xlsx: permission denied in the folder /sys"],
    ];
    for (const [out, message] of cases) {
      const run = sanaq("workbook", "--out", out);
      expect(run.status, out).toBe(1);
      expect(run.err).toBe(`sanaq workbook: ${message}; nothing written.\n`);
      expect(run.err).not.toMatch(/sanaq-workbook-|mkdtemp|ENOENT|EACCES|EPERM|EISDIR/);
    }
    expect(readdirSync(isDir)).toEqual([]);
    const add = sanaq("add", join(ROOT, "seeds", "000_7b4d24bc9a29f55f.txt"), "--out", "/sys/new");
    expect(add.status).toBe(1);
    expect(add.err).toBe(
      "sanaq add: cannot write /sys/new: permission denied in the folder /sys\n",
    );
  });

  it("says an empty file is empty (extract, check-text, add)", () => {
    const empty = join(dir, "empty.txt");
    const blank = join(dir, "blank.txt");
    writeFileSync(empty, "");
    writeFileSync(blank, " \n\t\r\n");
    for (const command of ["extract", "check-text"]) {
      const zero = sanaq(command, empty);
      expect(zero.status).toBe(1);
      expect(zero.err).toBe(
        `sanaq ${command}: ${empty}: the file is empty (0 bytes), expected a Russian or Kazakh text.\n`,
      );
      expect(zero.out).toBe("");
      const spaces = sanaq(command, blank, "--json");
      expect(spaces.status).toBe(1);
      expect(spaces.err).toContain(
        `${blank}: the file is empty (nothing but spaces and line breaks)`,
      );
      expect(spaces.out).toBe("");
    }
    const out = join(dir, "added");
    const add = sanaq("add", empty, "--out", out);
    expect(add.status).toBe(1);
    expect(add.err).toContain(`${empty}: the file is empty (0 bytes)`);
    expect(add.err).toContain("Nothing was written.");
    expect(readdirSync(dir)).not.toContain("added");
  });
});
