import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { LoadError } from "../../src/domain/load/types";
import {
  csv,
  errorsOf,
  FIGURES,
  figuresWith,
  files,
  INDICATORS,
  RELATIONS,
  SOURCES,
  TEXT,
} from "./fixture";

/** The single error the load must report, checked field by field and in the message. */
function onlyError(
  errors: LoadError[],
  want: Omit<LoadError, "message" | "expected"> & { expected: RegExp },
): void {
  expect(errors).toHaveLength(1);
  const e = errors[0] as LoadError;
  expect({ file: e.file, row: e.row, column: e.column, found: e.found }).toEqual({
    file: want.file,
    row: want.row,
    column: want.column,
    found: want.found,
  });
  expect(e.expected).toMatch(want.expected);
  expect(e.message).toContain(want.file);
  if (want.row > 0) expect(e.message).toContain(`row ${want.row}`);
  if (want.column) expect(e.message).toContain(want.column);
  expect(e.message).toContain(want.found);
}

const withSources = (rows: string[][]) => loadSeeds(files({ sourcesCsv: csv(rows) }));
const replaceCell = (table: string[][], row: number, col: number, v: string) =>
  table.map((r, i) => (i === row ? r.map((c, j) => (j === col ? v : c)) : [...r]));

describe("loadSeeds on a valid fixture", () => {
  it("loads sources, indicators, figures with ranges and relations with roles", () => {
    const result = loadSeeds(files());
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(result.sources).toEqual([
      {
        id: "t-ru",
        file: "t.txt",
        title: "Тест",
        language: "ru",
        published: "2026-01-13",
        region: "Aktobe region",
        publisher: "Test",
        text: TEXT,
      },
    ]);
    expect(result.indicators.map((i) => i.key)).toEqual(INDICATORS.slice(1).map((r) => r[0]));
    expect(result.indicators[1]).toEqual({
      key: "coverage.pct",
      unit: "%",
      kind: "percent",
      label: { en: "Coverage", ru: "Охват", kk: "Қамту" },
      description: "Share of villages.",
    });
    expect(result.figures.find((f) => f.id === "a.students")).toEqual({
      id: "a.students",
      source: "t-ru",
      region: "Aktobe region",
      indicator: "students",
      value: 300,
      upper: 400,
      unit: "",
      qualifier: "range",
      asOf: "",
      quote: "на 300-400 студентов в год",
    });
    expect(result.figures.find((f) => f.id === "a.coverage")?.value).toBe(12.2);
    expect(result.relations).toEqual([
      {
        id: "r.share",
        type: "share",
        label: "Coverage",
        labels: { ru: "Охват", kk: "Қамту" },
        roles: { part: ["a.internet"], whole: ["a.cameras"], stated: ["a.coverage"] },
      },
      {
        id: "r.sum",
        type: "sum",
        label: "Sum",
        labels: { ru: "Сумма", kk: "Қосынды" },
        roles: { parts: ["a.internet", "a.students"], whole: ["a.cameras"] },
        deadline: "2026",
      },
    ]);
  });

  it("treats an empty or header-only relations.csv as no relations", () => {
    for (const relationsCsv of ["", "id,type,label,ru,kk,roles,deadline\n"]) {
      const result = loadSeeds(files({ relationsCsv }));
      expect(result.ok && result.relations).toEqual([]);
    }
  });

  it("accepts a quote whose spaces differ from the text (NBSP, newline, thin space)", () => {
    const text = TEXT.replace("обеспечены 294", "обеспечены\u00a0294").replace(
      "Охват составил",
      "Охват\n составил",
    );
    const figuresCsv = figuresWith(1, "quote", "интернетом\u2009обеспечены 294 аула");
    const result = loadSeeds(files({ texts: { "t.txt": text }, figuresCsv }));
    expect(result.ok).toBe(true);
  });
});

describe("loadSeeds reports a bad figure row with file, row, column, found and expected", () => {
  it("unknown source", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(2, "source", "nope") }))), {
      file: "figures.csv",
      row: 3,
      column: "source",
      found: "nope",
      expected: /sources\.csv \(t-ru\)/,
    });
  });

  it("duplicate id names the first row", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(5, "id", "a.internet") }))), {
      file: "figures.csv",
      row: 6,
      column: "id",
      found: "a.internet",
      expected: /unique id, ignoring case \(already used on row 2;/,
    });
  });

  it("an id that differs only in case is a duplicate (Excel's MATCH ignores case)", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(5, "id", "A.Internet") }))), {
      file: "figures.csv",
      row: 6,
      column: "id",
      found: "A.Internet",
      expected:
        /unique id, ignoring case \(already used on row 2; Excel does not tell upper from lower case\)/,
    });
  });

  it("quote not in the source", () => {
    onlyError(
      errorsOf(
        loadSeeds(files({ figuresCsv: figuresWith(1, "quote", "интернетом обеспечено 294 аула") })),
      ),
      {
        file: "figures.csv",
        row: 2,
        column: "quote",
        found: "интернетом обеспечено 294 аула",
        expected: /verbatim span of t\.txt/,
      },
    );
  });

  it("value the quote does not state", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "value", "295") }))), {
      file: "figures.csv",
      row: 2,
      column: "value",
      found: "295",
      expected: /quote states \(it reads "294" = 294/,
    });
  });

  it("qualifier the quote does not state", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(4, "qualifier", "exact") }))), {
      file: "figures.csv",
      row: 5,
      column: "qualifier",
      found: "exact",
      expected: /more_than/,
    });
  });

  it("unit the quote does not state (no indicators.csv to catch it first)", () => {
    onlyError(
      errorsOf(
        loadSeeds(files({ indicatorsCsv: undefined, figuresCsv: figuresWith(5, "unit", "") })),
      ),
      {
        file: "figures.csv",
        row: 6,
        column: "unit",
        found: "",
        expected: /the unit the quote states for 40: "40 км" = 40 km/,
      },
    );
  });

  it("unit other than the indicator's", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(2, "unit", "") }))), {
      file: "figures.csv",
      row: 3,
      column: "unit",
      found: "",
      expected: /"%", the unit of indicator coverage\.pct/,
    });
  });

  it("upper the quote does not state", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(3, "upper", "500") }))), {
      file: "figures.csv",
      row: 4,
      column: "upper",
      found: "500",
      expected: /upper bound the quote states/,
    });
  });

  it("a decimal comma: use a dot", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(2, "value", "12,2") }))), {
      file: "figures.csv",
      row: 3,
      column: "value",
      found: "12,2",
      expected: /use a dot: 12\.2/,
    });
  });

  it("a non-numeric value", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "value", "двести") }))), {
      file: "figures.csv",
      row: 2,
      column: "value",
      found: "двести",
      expected: /a number such as 294 or 12\.2/,
    });
  });

  it("unknown unit, indicator and qualifier", () => {
    expect(
      errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "unit", "kg") })))[0],
    ).toMatchObject({
      row: 2,
      column: "unit",
      found: "kg",
      expected: expect.stringMatching(/^one of "" \(empty\), %, km/),
    });
    onlyError(
      errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "indicator", "villages.wifi") }))),
      {
        file: "figures.csv",
        row: 2,
        column: "indicator",
        found: "villages.wifi",
        expected: /a key from indicators\.csv/,
      },
    );
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "qualifier", "approx") }))), {
      file: "figures.csv",
      row: 2,
      column: "qualifier",
      found: "approx",
      expected: /one of exact, more_than, .*range/,
    });
  });

  it("a range without upper, an upper without range", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(3, "upper", "") }))), {
      file: "figures.csv",
      row: 4,
      column: "upper",
      found: "",
      expected: /upper bound of the range/,
    });
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "upper", "300") }))), {
      file: "figures.csv",
      row: 2,
      column: "upper",
      found: "300",
      expected: /only for qualifier range/,
    });
  });

  it("an as_of that is not a period", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(1, "as_of", "2025/26") }))), {
      file: "figures.csv",
      row: 2,
      column: "as_of",
      found: "2025/26",
      expected: /2026-2027/,
    });
  });

  it("an id with a separator relations.csv uses", () => {
    onlyError(errorsOf(loadSeeds(files({ figuresCsv: figuresWith(5, "id", "a|b") }))), {
      file: "figures.csv",
      row: 6,
      column: "id",
      found: "a|b",
      expected: /no spaces, ';', '\|' or '='/,
    });
  });
});

describe("loadSeeds reports bad sources and indicators", () => {
  it("unknown language, missing text file, impossible date", () => {
    const errors = errorsOf(
      withSources([
        SOURCES[0] as string[],
        ["t-ru", "t.txt", "Тест", "en", "2026-01-13", "Aktobe region", ""],
        ["t-2", "gone.txt", "Тест", "ru", "2026-02-30", "Aktobe region", ""],
      ]),
    );
    expect(errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [2, "language", "en"],
      [3, "file", "gone.txt"],
      [3, "published", "2026-02-30"],
    ]);
    expect(errors[0]?.expected).toBe("one of ru, kk");
    expect(errors[1]?.expected).toMatch(/texts: t\.txt/);
  });

  it("a language the text's letters contradict", () => {
    const kazakh = "Ақтөбе облысындағы 17 ауыл әлі интернет желісіне қосылмаған. ".repeat(6);
    const texts = { "t.txt": `${TEXT} ${kazakh}` };
    onlyError(errorsOf(loadSeeds(files({ texts }))), {
      file: "sources.csv",
      row: 2,
      column: "language",
      found: "ru",
      expected: /^kk: the letters of t\.txt are Kazakh/,
    });
  });

  it("a published date other than the one on the text's date line", () => {
    const texts = { "t.txt": ` date 2026-01-12 ${TEXT}` };
    onlyError(errorsOf(loadSeeds(files({ texts }))), {
      file: "sources.csv",
      row: 2,
      column: "published",
      found: "2026-01-13",
      expected: /2026-01-12, the date the text itself states/,
    });
  });

  it("an indicator whose unit does not fit its kind, and a duplicate key", () => {
    const rows = replaceCell(INDICATORS, 2, 1, "km");
    rows.push([...(INDICATORS[1] as string[])]);
    const errors = errorsOf(loadSeeds(files({ indicatorsCsv: csv(rows) })));
    expect(errors.map((e) => [e.file, e.row, e.column, e.found])).toEqual([
      ["indicators.csv", 3, "unit", "km"],
      ["indicators.csv", 7, "key", "villages.internet"],
      // The figure row of that indicator no longer fits its unit either.
      ["figures.csv", 3, "unit", "%"],
    ]);
    expect(errors[0]?.expected).toMatch(/a unit of kind percent: %/);
  });
});

describe("loadSeeds reports bad relations", () => {
  const relation = (roles: string, type = "share") =>
    loadSeeds(
      files({
        relationsCsv: csv([RELATIONS[0] as string[], ["r", type, "L", "Л", "Л", roles, ""]]),
      }),
    );

  it("unknown type", () => {
    onlyError(errorsOf(relation("members=a.internet|a.cameras", "ratio")), {
      file: "relations.csv",
      row: 2,
      column: "type",
      found: "ratio",
      expected: /one of share, sum, same, target/,
    });
  });

  it("missing role", () => {
    onlyError(errorsOf(relation("part=a.internet")), {
      file: "relations.csv",
      row: 2,
      column: "roles",
      found: "part=a.internet",
      expected: /role whole \(share needs part and whole\)/,
    });
  });

  it("a Russian or Kazakh label missing, or the column itself", () => {
    const roles = "part=a.internet; whole=a.cameras";
    const withLabels = (ru: string, kk: string) =>
      errorsOf(
        loadSeeds(
          files({
            relationsCsv: csv([RELATIONS[0] as string[], ["r", "share", "L", ru, kk, roles, ""]]),
          }),
        ),
      );
    onlyError(withLabels("", "Л"), {
      file: "relations.csv",
      row: 2,
      column: "ru",
      found: "",
      expected: /a Russian label/,
    });
    onlyError(withLabels("Л", " "), {
      file: "relations.csv",
      row: 2,
      column: "kk",
      found: "",
      expected: /a Kazakh label/,
    });
    // A relations.csv of before the ru and kk columns is refused at its header.
    const old = loadSeeds(
      files({ relationsCsv: `id,type,label,roles,deadline\nr,share,L,${roles},\n` }),
    );
    expect(errorsOf(old).map((e) => `${e.file}:${e.row}`)).toEqual(["relations.csv:1"]);
    expect(errorsOf(old)[0]?.message).toMatch(/ru/);
  });

  it("unknown figure id", () => {
    onlyError(errorsOf(relation("planned=a.internet; done=a.nothing", "target")), {
      file: "relations.csv",
      row: 2,
      column: "roles",
      found: "a.nothing",
      expected: /a figure id from figures\.csv \(in role done\)/,
    });
  });

  it("one member in same, a role the type has not, two stated", () => {
    expect(errorsOf(relation("members=a.internet", "same"))[0]?.expected).toMatch(
      /at least 2 figure id/,
    );
    expect(errorsOf(relation("parts=a.internet; whole=a.cameras"))[0]?.expected).toMatch(
      /a role of share: part, whole, stated/,
    );
    expect(
      errorsOf(relation("part=a.internet; whole=a.cameras; stated=a.coverage|a.roads"))[0]
        ?.expected,
    ).toMatch(/^1 figure id/);
  });
});

describe("loadSeeds reports every problem at once", () => {
  it("collects errors from all files and loads nothing", () => {
    const result = loadSeeds(
      files({
        sourcesCsv: csv(replaceCell(SOURCES, 1, 3, "de")),
        figuresCsv: csv(replaceCell(replaceCell(FIGURES, 1, 4, "x"), 5, 6, "maybe")),
        relationsCsv: csv(replaceCell(RELATIONS, 2, 1, "avg")),
      }),
    );
    const errors = errorsOf(result);
    expect(errors.map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual(
      expect.arrayContaining([
        "sources.csv:2:language",
        "figures.csv:2:value",
        "figures.csv:6:qualifier",
        "relations.csv:3:type",
      ]),
    );
  });
});
