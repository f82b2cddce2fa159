// One limit everywhere: what the loader (and so `sanaq check`) accepts, `sanaq workbook` and the
// add-in can write. Numbers Excel would round or cannot hold, cells longer than Excel's cell
// limit, relations that check nothing, days the calendar has not, and hidden characters in the
// messages that report them.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { parseWorkbookArgs } from "../../src/cli/workbook";
import { sourceMessage, type Shown } from "../../src/domain/checks/messages";
import { loadError, shown } from "../../src/domain/load/load-error";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { MAX_CELL_CHARS } from "../../src/domain/limits";
import { validatePlan } from "../../src/excel/validate-plan";
import { syntheticPlan } from "../helpers/synthetic-plan";
import { csv, errorsOf, figuresWith, files, INDICATORS, RELATIONS, SOURCES, TEXT } from "./fixture";

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const relationsWith = (roles: string, deadline = "") =>
  csv([...RELATIONS.slice(0, 1), ["r.x", "sum", "X", "Х", "Х", roles, deadline]]);

describe("values Excel can hold exactly", () => {
  it("a 401-digit value is refused with a short, clear message", () => {
    const errors = errorsOf(
      loadSeeds(files({ figuresCsv: figuresWith(1, "value", "9".repeat(401)) })),
    );
    expect(errors).toHaveLength(1);
    const e = errors[0]!;
    expect(e).toMatchObject({
      file: "figures.csv",
      row: 2,
      column: "value",
      found: "a number of 401 digits",
    });
    expect(e.expected).toMatch(/at most 15 significant digits/);
    expect(e.message.length).toBeLessThan(250);
    expect(e.message).not.toContain("9999999999999999");
  });

  it("16 significant digits are refused (Excel would round them), 15 and round big numbers are not", () => {
    const error = (value: string) =>
      loadSeeds(files({ figuresCsv: figuresWith(1, "value", value) })).ok
        ? []
        : errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "value", value) })));
    expect(error("1234567890123456")[0]?.expected).toMatch(/15 significant digits/);
    expect(error("1234567.890123456")[0]?.expected).toMatch(/15 significant digits/);
    // 15 digits or 1 followed by zeros fit; the quote check then says they are not the quote's.
    for (const ok of ["123456789012345", "1000000000000000000", "0.000000000000001"])
      expect(error(ok)[0]?.expected ?? "").not.toMatch(/significant digits/);
    expect(error(`1${"0".repeat(400)}`)[0]?.expected).toMatch(/below 1E\+308/);
  });
});

describe("cells Excel can hold: what check accepts, workbook writes", () => {
  /** The fixture as a seeds folder whose first quote is `length` characters long. */
  function seedsWithQuote(length: number): string {
    const d = mkdtempSync(join(tmpdir(), "sanaq-limits-"));
    made.push(d);
    const start = "интернетом обеспечены 294 аула";
    const pad = " и соседних сёл".repeat(Math.ceil(length / 15)).slice(0, length - start.length);
    const quote = start + pad;
    expect(quote.length).toBe(length);
    writeFileSync(join(d, "t.txt"), TEXT.replace("294 аула.", `294 аула${pad}.`));
    writeFileSync(join(d, "sources.csv"), csv(SOURCES));
    writeFileSync(join(d, "indicators.csv"), csv(INDICATORS));
    writeFileSync(join(d, "relations.csv"), csv(RELATIONS));
    writeFileSync(join(d, "figures.csv"), figuresWith(1, "quote", quote));
    return d;
  }

  it(`a quote of ${MAX_CELL_CHARS} characters passes check and is written whole by workbook`, async () => {
    const d = seedsWithQuote(MAX_CELL_CHARS);
    const check = await run(["check", "--seeds", d]);
    expect(check.err).toBe("");
    expect(check.code).toBe(0);
    const out = join(d, "w.xlsx");
    const wb = await run(["workbook", "--seeds", d, "--loaded-at", "2026-01-01", "--out", out]);
    expect(wb.err).toBe("");
    expect(wb.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const lengths: number[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") lengths.push(cell.value.length);
        }),
      ),
    );
    expect(Math.max(...lengths)).toBe(MAX_CELL_CHARS);
  });

  it(`a quote of ${MAX_CELL_CHARS + 1} characters is refused by check already, naming the cell`, async () => {
    const d = seedsWithQuote(MAX_CELL_CHARS + 1);
    const check = await run(["check", "--seeds", d]);
    expect(check.code).toBe(1);
    expect(check.err).toContain(
      `figures.csv, row 2, column "quote": found "a text of 32768 characters", expected at most 32767 characters, Excel's limit for one cell.`,
    );
    const wb = await run(["workbook", "--seeds", d, "--out", join(d, "w.xlsx")]);
    expect(wb.code).toBe(1);
    expect(wb.err).toContain("Excel's limit for one cell");
  });

  it("the Office.js writer's plan check holds cells to the same limit", () => {
    const plan = syntheticPlan(2);
    const table = plan.sheets.find((s) => s.key === "figures")!.tables[0]!;
    const quote = table.columns.findIndex((c) => c.key === "quote");
    table.rows[0]![quote] = "x".repeat(MAX_CELL_CHARS);
    expect(() => validatePlan(plan)).not.toThrow();
    table.rows[0]![quote] = "x".repeat(MAX_CELL_CHARS + 1);
    expect(() => validatePlan(plan)).toThrow(
      /found a text of 32768 characters, expected at most 32767/,
    );
  });
});

describe("relations that test something", () => {
  it("part=a; whole=a (a relation on itself) is refused", () => {
    const errors = errorsOf(
      loadSeeds(files({ relationsCsv: relationsWith("parts=a.internet; whole=a.internet") })),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'relations.csv, row 2, column "roles": found "whole=a.internet", expected figures in whole other than those in parts (a relation of a figure with itself tests nothing).',
    ]);
    const share = csv([
      ...RELATIONS.slice(0, 1),
      ["r.s", "share", "S", "С", "С", "part=a.internet; whole=a.internet", ""],
    ]);
    expect(errorsOf(loadSeeds(files({ relationsCsv: share })))[0]?.expected).toMatch(
      /figures in whole other than those in part/,
    );
    // A part that is one of the whole's figures is real (with internet / with + without).
    const within = csv([
      ...RELATIONS.slice(0, 1),
      ["r.w", "share", "W", "В", "В", "part=a.internet; whole=a.internet|a.cameras", ""],
    ]);
    expect(loadSeeds(files({ relationsCsv: within })).ok).toBe(true);
  });

  it("members=a|a (a member repeated) is refused, also in another case", () => {
    for (const roles of [
      "members=a.internet|a.internet",
      "members=a.internet|A.INTERNET|a.roads",
    ]) {
      const same = csv([...RELATIONS.slice(0, 1), ["r.m", "same", "M", "М", "М", roles, ""]]);
      const errors = errorsOf(loadSeeds(files({ relationsCsv: same })));
      expect(
        errors.some((e) =>
          /each figure once in members \((a\.internet|A\.INTERNET) is there twice\)/.test(
            e.expected,
          ),
        ),
        roles,
      ).toBe(true);
    }
  });
});

describe("real calendar periods", () => {
  it("a deadline or as-of on a day or month that does not exist is refused", () => {
    for (const bad of [
      "2025-02-30",
      "2025-13",
      "2025-00",
      "2023-02-29",
      "2027-2026",
      "2025-2025",
    ]) {
      const errors = errorsOf(
        loadSeeds(files({ relationsCsv: relationsWith("parts=a.internet; whole=a.roads", bad) })),
      );
      expect(
        errors.map((e) => `${e.column}:${e.found}`),
        bad,
      ).toEqual([`deadline:${bad}`]);
      const asOf = errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "as_of", bad) })));
      expect(asOf[0]?.expected, bad).toMatch(/a real period/);
    }
  });

  it("real ones pass: 2024-02-29, 2025-12, 2026-2027", () => {
    for (const good of ["2024-02-29", "2025-12", "2026-2027", "2025"]) {
      const result = loadSeeds(
        files({ relationsCsv: relationsWith("parts=a.internet; whole=a.roads", good) }),
      );
      expect(result.ok, good).toBe(true);
    }
  });
});

describe("--loaded-at is an ISO timestamp", () => {
  const now = () => new Date("2026-11-22T01:00:00Z");
  const args = (at: string) => ["--loaded-at", at, "--out", "x.xlsx"];
  it("refuses 1, a bare word, a non-day and an hour 25", () => {
    for (const bad of [
      "1",
      "2026",
      "tomorrow",
      "2026-02-30T10:00:00Z",
      "2026-11-22T25:00Z",
      "22.11.2026",
    ])
      expect(parseWorkbookArgs(args(bad), now), bad).toMatch(
        /--loaded-at is ".*", expected an ISO 8601/,
      );
  });
  it("takes a date, a UTC time and a time with an offset", () => {
    for (const good of [
      "2026-11-22",
      "2026-11-22T10:00:00Z",
      "2026-11-22T15:00+05:00",
      "2026-11-22T10:00:00.123Z",
    ])
      expect(parseWorkbookArgs(args(good), now), good).toMatchObject({ loadedAt: good });
  });
});

describe("messages show hidden characters", () => {
  it("shown() writes zero-width and bidi controls as \\uXXXX", () => {
    expect(shown("2\u200b94")).toBe("2\\u200b94");
    expect(shown("abc\u202edef")).toBe("abc\\u202edef");
    for (const c of [
      "\u200e",
      "\u200f",
      "\u2066",
      "\u2069",
      "\u2060",
      "\u00ad",
      "\u061c",
      "\u0085",
      "\u2028",
    ])
      expect(shown(`1${c}2`), c.charCodeAt(0).toString(16)).toMatch(/^1\\u[0-9a-f]{4}2$/);
    expect(shown("Ақтөбе облысы 294 аул")).toBe("Ақтөбе облысы 294 аул");
  });

  it("a load error about a zero-width value says so", () => {
    const errors = errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "value", "2\u200b94") })));
    expect(errors[0]?.message).toContain('found "2\\u200b94"');
    expect(loadError("f.csv", 2, "x", "\u202e", "y").message).not.toMatch(/[\u202e]/);
  });

  it("a source conflict's message shows a quote's hidden characters and stays one cell long", () => {
    const value: Shown = { value: 294, qualifier: "exact", decimals: 0, percent: false };
    const message = sourceMessage(value, value, "обеспечены 2\u200b94 аула \u202eлуа");
    for (const text of Object.values(message)) expect(text).not.toMatch(/[\u200b\u202e]/);
    const long = sourceMessage(value, value, "a".repeat(MAX_CELL_CHARS));
    for (const text of Object.values(long)) expect(text.length).toBeLessThan(2000);
  });
});
