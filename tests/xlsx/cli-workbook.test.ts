// `sanaq workbook`: writes the seed workbook, and on bad input explains and writes nothing.
import ExcelJS from "exceljs";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main";
import { parseWorkbookArgs } from "../../src/cli/workbook";

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => (out += t),
    err: (t) => (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

const now = () => new Date("2026-11-22T01:00:00Z");

describe("sanaq workbook", () => {
  it("writes the seed workbook in the chosen language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-cli-"));
    const out = join(dir, "kk.xlsx");
    const io = capture();
    const code = await main(
      [
        "workbook",
        "--seeds",
        "seeds",
        "--lang",
        "kk",
        "--loaded-at",
        "2026-11-22T00:00:00Z",
        "--out",
        out,
      ],
      io,
    );
    expect(io.stderr()).toBe("");
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/^wrote .*kk\.xlsx: \d+ figures from 5 sources/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("Көрсеткіштер");
    expect(readdirSync(dir)).toEqual(["kk.xlsx"]);
  });

  it("finds the package's seeds without --seeds from any working directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-cwd-"));
    const before = process.cwd();
    process.chdir(dir);
    try {
      const io = capture();
      expect(await main(["workbook", "--out", "plain.xlsx"], io)).toBe(0);
      expect(io.stdout()).toMatch(/from 5 sources/);
      expect(existsSync(join(dir, "plain.xlsx"))).toBe(true);
    } finally {
      process.chdir(before);
    }
  });

  it("parses options and defaults", () => {
    expect(parseWorkbookArgs(["--out", "a.xlsx"], now)).toEqual({
      // The package's seeds, as `sanaq check` uses: not a "seeds" folder wherever the user stands.
      seeds: join(__dirname, "..", "..", "seeds"),
      language: "ru",
      loadedAt: "2026-11-22T01:00:00.000Z",
      out: "a.xlsx",
    });
    expect(parseWorkbookArgs(["--lang=en", "--out=b.xlsx"], now)).toMatchObject({
      language: "en",
      out: "b.xlsx",
    });
    expect(parseWorkbookArgs(["--lang", "de", "--out", "a.xlsx"], now)).toBe(
      '--lang is "de", expected en, ru or kk',
    );
    expect(parseWorkbookArgs(["--lang", "en"], now)).toBe("--out FILE.xlsx is required");
    expect(parseWorkbookArgs(["--out", "a.csv"], now)).toBe(
      '--out is "a.csv", expected a file name ending in .xlsx',
    );
    expect(parseWorkbookArgs(["--bogus"], now)).toBe('unknown option "--bogus"');
    expect(parseWorkbookArgs(["--out"], now)).toBe("--out needs a value");
  });

  it("exits 2 on bad options and 1 on a missing seeds directory, writing nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-cli-"));
    const io = capture();
    expect(await main(["workbook", "--lang", "xx", "--out", join(dir, "a.xlsx")], io)).toBe(2);
    expect(io.stderr()).toContain('--lang is "xx"');
    const io2 = capture();
    expect(
      await main(["workbook", "--seeds", join(dir, "none"), "--out", join(dir, "a.xlsx")], io2),
    ).toBe(1);
    expect(io2.stderr()).toContain("seeds directory not found");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reports every seed error with file and row, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sanaq-cli-"));
    const seeds = join(dir, "seeds");
    cpSync("seeds", seeds, { recursive: true });
    const figures = Papa.parse<Record<string, string>>(
      readFileSync(join(seeds, "figures.csv"), "utf8"),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    const first = figures.data[0];
    if (!first) throw new Error("seeds/figures.csv has no rows");
    first.value = "not-a-number";
    writeFileSync(
      join(seeds, "figures.csv"),
      Papa.unparse(figures.data, { columns: figures.meta.fields }),
    );
    const out = join(dir, "bad.xlsx");
    const io = capture();
    expect(await main(["workbook", "--seeds", seeds, "--out", out], io)).toBe(1);
    expect(io.stderr()).toMatch(/error\(s\); nothing written/);
    expect(io.stderr()).toContain("figures.csv");
    expect(io.stderr()).toContain("not-a-number");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["seeds"]);
  });
});
