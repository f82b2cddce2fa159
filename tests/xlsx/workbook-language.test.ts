// The ru and kk workbooks of the real seeds, as LibreOffice shows them after recalculating
// (formula results included): no English word in any visible cell or sheet name, but ids, and
// the brand names the texts themselves write in Latin letters.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { readSeedsDir } from "../../src/cli/read-seeds";
import { runChecks } from "../../src/domain/checks/run-checks";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { columnLetter, parseAddress } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { convert, csvAllSheets, sofficeOrSkip } from "../helpers/libreoffice";
import { xlsxFile } from "../helpers/recalculated-workbook";

const hasSoffice = sofficeOrSkip();

/**
 * Names the texts write in Latin letters (publishers, programmes, events, operators, hubs),
 * and the product names; "IT" as Russian and Kazakh write it ("IT-хаб"), and the ITU's "IMT" of
 * "5G/IMT".
 */
const BRANDS = [
  "Innovate Taraz Hackathon",
  "Tomorrow School",
  "Idea Battle",
  "Pizza Pitch",
  "e-Jambyl",
  "Midjourney",
  "KAZINFORM",
  "Tele2",
  "IMT",
  "Mobile Telecom-Service",
  "Peer-to-Peer",
  "TUMO Center",
  "Kazpravda.kz",
  "Astana Hub",
  "LibreOffice",
  "ZhambylHub",
  "Kazinform",
  "DaraBala",
  "IT Park",
  "BAQ.KZ",
  "OneWeb",
  "iKomek",
  "Kar-Tel",
  "iQala",
  "Kcell",
  "Sanaq",
  "Excel",
  "IT",
];

/** Two or more Latin letters in a row: a word, not "4G" or the T and Z of a timestamp. */
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;

interface Cell {
  sheet: string;
  address: string;
  text: string;
}

/** Every sheet as LibreOffice exports it (values as shown), with each cell's address. */
function shownCells(file: string): Cell[] {
  const outDir = convert(file, csvAllSheets);
  const stem = basename(file).replace(/\.xlsx$/i, "");
  const cells: Cell[] = [];
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith(".csv")) continue;
    const sheet = name.slice(stem.length + 1, -".csv".length);
    const rows = Papa.parse<string[]>(readFileSync(join(outDir, name), "utf8")).data;
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text !== "") cells.push({ sheet, address: `${columnLetter(c + 1)}${r + 1}`, text });
      }),
    );
  }
  return cells;
}

/** Sheet → letters of its hidden columns (helpers the planner never sees). */
function hiddenColumns(plan: WorkbookPlan): Map<string, Set<string>> {
  const hidden = new Map<string, Set<string>>();
  for (const sheet of plan.sheets) {
    const letters = new Set<string>();
    for (const table of sheet.tables) {
      const first = parseAddress(table.topLeft).column;
      table.columns.forEach((c, i) => {
        if (c.hidden) letters.add(columnLetter(first + i));
      });
    }
    hidden.set(sheet.name, letters);
  }
  return hidden;
}

/** The English words left in a text once ids and brand names are taken out. */
export function englishWords(text: string, ids: readonly string[]): string[] {
  let rest = text;
  // Longest first, so an id inside a longer one (a conflict id) goes as a whole.
  for (const id of [...ids].sort((a, b) => b.length - a.length)) rest = rest.split(id).join(" ");
  for (const brand of BRANDS)
    rest = rest.replace(
      new RegExp(`(?<!\\p{L})${brand.replace(/[.]/g, "\\.")}(?!\\p{L})`, "gu"),
      " ",
    );
  return rest.match(LATIN_WORD) ?? [];
}

describe("englishWords", () => {
  const ids = ["zhambyl.3g.coverage", "share:zhambyl.3g.coverage", "aktobe-ru"];
  it("finds English words, not ids, brands, 4G or a timestamp", () => {
    expect(englishWords("Aktobe region", ids)).toEqual(["Aktobe", "region"]);
    expect(englishWords("share", ids)).toEqual(["share"]);
    expect(englishWords("OK", ids)).toEqual(["OK"]);
    expect(englishWords("12.2 means 12,2 %", ids)).toEqual(["means"]);
    expect(englishWords("share:zhambyl.3g.coverage, aktobe-ru", ids)).toEqual([]);
    expect(englishWords("часть: zhambyl.3g.coverage + aktobe-ru", ids)).toEqual([]);
    expect(englishWords("Охват 4G и 5G, 2026-11-22T00:00:00Z", ids)).toEqual([]);
    expect(englishWords("DaraBala-дағы ата-аналар, IT-хаб, «OneWeb»", ids)).toEqual([]);
    // A brand inside a longer word is not that brand.
    expect(englishWords("Excellent", ids)).toEqual(["Excellent"]);
  });
});

describe.runIf(hasSoffice).each(["ru", "kk"] as const)(
  "the %s workbook in LibreOffice",
  (language) => {
    let plan: WorkbookPlan;
    let cells: Cell[];
    let ids: string[];

    beforeAll(async () => {
      const loaded = loadSeeds(readSeedsDir("seeds"));
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
      const checks = runChecks(loaded);
      plan = buildPlan({ ...loaded, checks, language, loadedAt: "2026-11-22T00:00:00Z" });
      cells = shownCells(await xlsxFile(plan, `language-${language}`));
      // Longest first, so an id inside a longer one (a conflict id) goes as a whole.
      ids = [
        ...loaded.sources.flatMap((s) => [s.id, s.file]),
        ...loaded.figures.map((f) => f.id),
        ...loaded.relations.map((r) => r.id),
        ...checks.conflicts.map((c) => c.id),
      ];
    }, 300_000);

    it("has sheet names in the language", () => {
      for (const sheet of plan.sheets) expect(englishWords(sheet.name, []), sheet.name).toEqual([]);
    });

    it("shows no English word in any visible cell but ids and brand names", () => {
      const hidden = hiddenColumns(plan);
      expect(cells.length).toBeGreaterThan(1000);
      const offenders = cells
        .filter((c) => !hidden.get(c.sheet)?.has(c.address.replace(/\d+$/, "")))
        .flatMap((c) => {
          const words = englishWords(c.text, ids);
          return words.length === 0
            ? []
            : [`${c.sheet}!${c.address}: ${words.join(" ")} in “${c.text.slice(0, 80)}”`];
        });
      expect(offenders, offenders.join("\n")).toEqual([]);
    });
  },
);
