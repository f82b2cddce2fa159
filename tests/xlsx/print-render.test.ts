// LibreOffice prints the seed workbook (en, ru, kk) to PDF as a reader would: no text over
// other text, no number against the next column's word, at a legible size, on A4 with the header row on every page. Overprinting is found
// from the PDF's word boxes (pdftotext -bbox): two boxes of a page that overlap. So that a
// wrapped cell spilling into an EMPTY cell below shows too, a copy of the workbook gets a mark
// in every empty cell of the printed area and in the row after it before it is printed.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { columnIndex, columnLetter } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { convert, sofficeOrSkip } from "../helpers/libreoffice";
import { xlsxFile } from "../helpers/recalculated-workbook";

function pdftotextOrSkip(): boolean {
  if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0) return true;
  if (process.env.CI === "true") throw new Error("pdftotext is required under CI=true");
  return false;
}

const canRender = sofficeOrSkip() && pdftotextOrSkip();

interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  width: number;
  height: number;
  words: Box[];
}

function pdfPages(pdf: string): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return xml
    .split("<page ")
    .slice(1)
    .map((part, page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(part);
      const words = [
        ...part.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page: page + 1,
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5] ?? "",
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** Pairs of words of a page drawn over each other (by more than a hairline either way). */
function overprinted(page: Page): string[] {
  const out: string[] = [];
  const words = [...page.words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < words.length; i += 1) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length; j += 1) {
      const b = words[j]!;
      if (b.y0 >= a.y1) break;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 1 && h > (a.y1 - a.y0) * 0.2)
        out.push(`page ${a.page}: "${a.text}" over "${b.text}"`);
    }
  }
  return out;
}

/**
 * Numbers printed against the next word of their line: a number sits at its cell's right edge
 * and the next column's text at its left, with only the cell margins between (about 1.5 pt,
 * where a space is 3.5 pt), so "294" and "OK" read as "294OK" unless the format keeps a space.
 */
function numbersAgainstText(page: Page): string[] {
  const words = [...page.words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return words.slice(1).flatMap((b, i) => {
    const a = words[i]!;
    const sameLine = Math.abs(a.y0 - b.y0) < 1;
    const gap = b.x0 - a.x1;
    return sameLine && /^−?[\d.,]+%?$/.test(a.text) && gap >= 0 && gap < 2.5
      ? [`page ${a.page}: "${a.text}" against "${b.text}" (${gap.toFixed(1)} pt)`]
      : [];
  });
}

const mark = "Ж";

/**
 * The plan with a mark in every empty value cell of its tables and in the row below each
 * table's print area (row heights as computed for the plan without them: a mark is one line).
 */
function markedPlan(plan: WorkbookPlan): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    const [, right = "A", bottom = "1"] = /:([A-Z]+)(\d+)$/.exec(sheet.print.area) ?? [];
    const below = Array.from({ length: columnIndex(right) }, (_, i) => ({
      address: `${columnLetter(i + 1)}${Number(bottom) + 1}`,
      value: mark,
    }));
    const taken = new Set(sheet.cells.map((c) => c.address));
    return {
      ...sheet,
      tables: sheet.tables.map((t) => ({
        ...t,
        rows: t.rows.map((row) =>
          row.map((v, i) =>
            t.columns[i]?.kind === "value" && (v === "" || v === null) ? mark : v,
          ),
        ),
      })),
      cells: [...sheet.cells, ...below.filter((c) => !taken.has(c.address))],
    };
  });
  return { ...plan, sheets };
}

function seedPlan(language: "en" | "ru" | "kk"): WorkbookPlan {
  const loaded = loadSeeds(readSeedsDir("seeds"));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return buildPlan({
    ...loaded,
    checks: runChecks(loaded),
    language,
    loadedAt: "2026-11-22T00:00:00Z",
  });
}

describe.runIf(canRender).each(["en", "ru", "kk"] as const)(
  "the %s seed workbook printed by LibreOffice",
  (language) => {
    let plan: WorkbookPlan;
    let pages: Page[];
    let marked: Page[];

    beforeAll(async () => {
      plan = seedPlan(language);
      const file = await xlsxFile(plan, `print-${language}`);
      pages = pdfPages(join(convert(file, "pdf"), `print-${language}.pdf`));
      const copy = await xlsxFile(markedPlan(plan), `print-${language}-marked`);
      marked = pdfPages(join(convert(copy, "pdf"), `print-${language}-marked.pdf`));
    }, 240_000);

    it("prints no text over other text, not even into an empty cell below", () => {
      expect(pages.length).toBeGreaterThan(plan.sheets.length - 1);
      expect(pages.flatMap(overprinted)).toEqual([]);
      expect(marked.flatMap((p) => p.words).filter((w) => w.text === mark).length).toBeGreaterThan(
        100,
      );
      expect(marked.flatMap(overprinted)).toEqual([]);
    });

    it("keeps a space between a number and the text of the next column", () => {
      expect(pages.flatMap(numbersAgainstText)).toEqual([]);
    });

    it("prints on A4 at a legible size: text on every page at least 70 % of its size", () => {
      for (const page of pages) {
        expect([Math.round(Math.min(page.width, page.height))]).toEqual([595]);
        expect([Math.round(Math.max(page.width, page.height))]).toEqual([842]);
        const heights = page.words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
        const median = heights[Math.floor(heights.length / 2)] ?? 0;
        // An 11 pt line of DejaVu Sans or Carlito is a box about 12.8 pt tall at 100 %.
        expect(median).toBeGreaterThan(12.8 * 0.7);
      }
    });

    it("repeats each table's header row on every page of its sheet", () => {
      const figures = plan.sheets.find((s) => s.key === "figures")!;
      const first = figures.tables[0]!.columns[0]!.name.split(" ")[0]!;
      // Figures spans several pages; the header row tops each of them (its words on the top line).
      const topWords = (p: Page): string[] => {
        const top = Math.min(...p.words.map((w) => w.y0));
        return p.words.filter((w) => w.y0 - top < 2).map((w) => w.text);
      };
      expect(pages.filter((p) => topWords(p).includes(first)).length).toBeGreaterThan(2);
    });
  },
);

it("keeps the rendered README pictures of the ru and kk workbooks", () => {
  const readme = readFileSync("README.md", "utf8");
  for (const picture of ["ru-figures", "ru-about", "kk-figures", "kk-about"])
    expect(readme).toContain(`docs/pictures/${picture}.png`);
});
