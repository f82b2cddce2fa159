// Issue 7: hostile CSV files get one clear error each, quickly, and nothing is loaded.
import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import { csv, errorsOf, FIGURES, files, TEXT } from "./fixture";

const header = (FIGURES[0] as string[]).join(",");
const lines = csv(FIGURES).trimEnd().split("\n");
const withFigures = (figuresCsv: string) => loadSeeds(files({ figuresCsv }));
const utf16 = (text: string, bom: "le" | "be"): string => {
  const le = Buffer.from(text, "utf16le");
  const bytes = bom === "le" ? le : Buffer.from(le.map((_, i) => le[i ^ 1] ?? 0));
  const mark = bom === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  // What fs.readFileSync(path, "utf8") or fetch().text() hands the loader.
  return Buffer.concat([Buffer.from(mark), bytes]).toString("utf8");
};

describe("broken CSV files", () => {
  it("unclosed quote: the row where the quote opens", () => {
    const broken = [
      ...lines.slice(0, 3),
      `${lines[3]?.replace(",на 300", ',"на 300')}`,
      ...lines.slice(4),
    ].join("\n");
    const errors = errorsOf(withFigures(broken));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "figures.csv", row: 4, column: "" });
    expect(errors[0]?.expected).toMatch(/every quoted field closed/);
    expect(errors[0]?.message).toMatch(/^figures\.csv, row 4: found "a\.students,/);
  });

  it("a stray quote after a quoted field: the row, and how to write a quote", () => {
    const stray = lines[1]?.replace(",интернетом обеспечены", ',"интернетом" обеспечены');
    const errors = errorsOf(withFigures([lines[0], stray, ...lines.slice(2)].join("\n")));
    expect(errors[0]).toMatchObject({ file: "figures.csv", row: 2, column: "" });
    expect(errors[0]?.expected).toMatch(/^a closing " followed by a comma or the line end/);
  });

  it("ragged rows: too few and too many fields, each with its row", () => {
    const broken = [
      lines[0],
      lines[1],
      "a.x,t-ru,Aktobe region",
      lines[2],
      `${lines[3]},extra`,
      lines[4],
    ].join("\n");
    const errors = errorsOf(withFigures(broken));
    expect(errors.map((e) => [e.row, e.found.split(":")[0]])).toEqual([
      [3, "3 fields"],
      [5, "11 fields"],
    ]);
    expect(errors[0]?.expected).toBe(
      `10 fields like the header (${header}); quote a field that contains a comma`,
    );
  });

  it("rows are numbered as an editor shows them: blank lines and multi-line quoted fields count", () => {
    const multiline = lines[1]?.replace(
      "2025,интернетом обеспечены 294 аула",
      '2025,"интернетом\nобеспечены 294 аула"',
    );
    const badValue = lines[4]?.replace(",79000,", ",79 000,");
    const broken = [lines[0], "", multiline, "", "", `${lines[2]},extra`, lines[3], badValue].join(
      "\n",
    );
    const errors = errorsOf(withFigures(broken));
    // Lines 3-4 hold one valid row; line 7 has an extra field; line 9 a spaced number.
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [7, ""],
      [9, "value"],
    ]);
    expect(errors[1]?.expected).toMatch(/without thousands separators \(79000\)/);
  });

  it("wrong delimiter: semicolons or tabs", () => {
    for (const [sep, name] of [
      [";", ";"],
      ["\t", "tab"],
    ] as const) {
      const errors = errorsOf(withFigures(lines.map((l) => l.replaceAll(",", sep)).join("\n")));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: "figures.csv", row: 1, column: "" });
      expect(errors[0]?.expected).toContain(
        `comma-separated values (found "${name}" as the separator)`,
      );
    }
  });

  it("missing and extra columns are named", () => {
    const missing = lines.map((l) => l.split(",").slice(0, -1).join(",")).join("\n");
    expect(errorsOf(withFigures(missing))).toMatchObject([
      { row: 1, column: "quote", expected: expect.stringMatching(/missing column\(s\) quote/) },
    ]);
    const extra = lines.map((l, i) => `${l},${i === 0 ? "note" : "x"}`).join("\n");
    expect(errorsOf(withFigures(extra))).toMatchObject([
      { row: 1, column: "note", expected: expect.stringMatching(/no column\(s\) note/) },
    ]);
  });

  it("a UTF-8 BOM and CRLF line ends load like the plain file", () => {
    const plain = withFigures(csv(FIGURES));
    const bomCrlf = withFigures(`\ufeff${csv(FIGURES, "\r\n")}`);
    expect(bomCrlf.ok).toBe(true);
    expect(bomCrlf).toEqual(plain);
  });

  it("UTF-16 (either byte order, with or without BOM): expected UTF-8", () => {
    const text = csv(FIGURES);
    const noBom = Buffer.from(text, "utf16le").toString("utf8");
    for (const figuresCsv of [utf16(text, "le"), utf16(text, "be"), noBom]) {
      const errors = errorsOf(withFigures(figuresCsv));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.file).toBe("figures.csv");
      expect(errors[0]?.expected).toMatch(/^UTF-8 text/);
      expect(errors[0]?.message).toMatch(/UTF-16|NUL/);
    }
  });

  it("binary garbage: control characters, with the row", () => {
    const garbage = `${lines[0]}\n${lines[1]}\n\u0001\u0002PK\u0003\u0004\u0000\u0000\u0007\n`;
    const errors = errorsOf(withFigures(garbage));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "figures.csv", row: 3, found: "\\u0001" });
    expect(errors[0]?.expected).toMatch(/binary file/);
  });

  it("bytes that are not UTF-8 (Windows-1251): expected UTF-8, with the row", () => {
    const cp1251 = Buffer.concat([
      Buffer.from(`${lines[0]}\n`),
      Buffer.from([0xc0, 0xea, 0xf2, 0xee, 0xe1, 0xe5]),
    ]);
    const errors = errorsOf(withFigures(cp1251.toString("utf8")));
    expect(errors).toMatchObject([{ row: 2, expected: expect.stringMatching(/^UTF-8/) }]);
  });

  it("empty file, and a file of blank lines", () => {
    for (const figuresCsv of ["", "\n\n  \n", "\ufeff"]) {
      const errors = errorsOf(withFigures(figuresCsv));
      expect(errors).toEqual([
        expect.objectContaining({
          file: "figures.csv",
          row: 0,
          found: "",
          expected: `a header row: ${header}`,
        }),
      ]);
    }
  });

  it("a 50 MB file: a clear error at once, not a hang", () => {
    const big = `${header}\n${`${lines[1]}\n`.repeat(Math.ceil((50 * 1024 * 1024) / ((lines[1]?.length ?? 1) + 1)))}`;
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    const started = performance.now();
    const errors = errorsOf(withFigures(big));
    expect(performance.now() - started).toBeLessThan(5000); // not a hang: the size is checked before anything is parsed
    expect(errors).toEqual([
      expect.objectContaining({ file: "figures.csv", row: 0, found: "50.0 MB" }),
    ]);
    expect(errors[0]?.expected).toBe("a file of at most 20 MB");
  });

  it("a source text in UTF-16 or binary is reported once, on the text, not on each figure", () => {
    for (const text of [utf16(TEXT, "le"), `${TEXT}\u0000\u0001`]) {
      const errors = errorsOf(loadSeeds(files({ texts: { "t.txt": text } })));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: "t.txt", column: "" });
    }
  });

  it("every broken file is reported at once", () => {
    const result = loadSeeds(
      files({
        sourcesCsv: "",
        figuresCsv: "id;source\n1;2\n",
        relationsCsv: "id,type\n",
        indicatorsCsv: "\u0000\u0000\u0000\u0000",
      }),
    );
    expect(errorsOf(result).map((e) => e.file)).toEqual([
      "sources.csv",
      "indicators.csv",
      "figures.csv",
      "relations.csv",
    ]);
  });
});
