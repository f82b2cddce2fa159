import { describe, expect, it, vi } from "vitest";
import type { Conflict, Figure, Mention } from "../../src/domain/types";
import { applyEdits, editsOf } from "../../src/taskpane/services/apply-edits";
import { conflictsCsv, guardCell } from "../../src/taskpane/services/conflict-csv";
import { regionName } from "../../src/i18n/region-name";
import { groupConflicts } from "../../src/taskpane/services/group-conflicts";
import { highlightQuote, splitText } from "../../src/taskpane/services/split-text";
import { createChangeHandler, createWriteGate } from "../../src/taskpane/services/write-gate";
import Papa from "papaparse";
import { createSeedFetcher } from "../../src/taskpane/services/fetch-seed";
import { textFilesOf } from "../../src/taskpane/services/load-flow";
import { quoteAround } from "../../src/taskpane/services/quote-around";
import { readCsvTexts } from "../../src/taskpane/services/read-csv-texts";

function figure(id: string, region: string, value: number, quote = ""): Figure {
  return {
    id,
    source: "s1",
    region,
    indicator: "x",
    value,
    unit: "",
    qualifier: "exact",
    asOf: "2025",
    quote,
  };
}

function conflict(
  id: string,
  kind: Conflict["kind"],
  ids: string[],
  extra: Partial<Conflict> = {},
): Conflict {
  return {
    id,
    kind,
    severity: "error",
    figures: ids.map((f) => ({ id: f, value: 1, source: "s1", quote: "q" })),
    stated: "12,2%",
    implied: "14.4%",
    message: { en: "en message", ru: "ru сообщение", kk: "kk хабар" },
    suggestion: { en: "", ru: "", kk: "" },
    ...extra,
  };
}

const mention = (text: string, start: number, value: number): Mention => ({
  text,
  start,
  end: start + text.length,
  value,
  qualifier: "exact",
  unit: text.endsWith("%") ? "%" : "",
  kind: text.endsWith("%") ? "percent" : "count",
});

describe("quote highlight", () => {
  const quote =
    "из 353 населенных пунктов области 43 (12,2%) обеспечены связью 2G, 51 (12,2%) — 3G";
  const mentions = [
    mention("353", 3, 353),
    mention("43", quote.indexOf("43"), 43),
    mention("12,2%", quote.indexOf("12,2%"), 12.2),
    mention("51", quote.indexOf("51"), 51),
  ];

  it("marks the number the figure states, and only it", () => {
    const parts = highlightQuote(quote, mentions, [51]);
    expect(parts.map((p) => p.text).join("")).toBe(quote);
    expect(parts.filter((p) => p.span !== undefined).map((p) => p.text)).toEqual(["51"]);
  });

  it("marks the stated percent next to its part, not the first equal one", () => {
    const all = [...mentions, mention("12,2%", quote.lastIndexOf("12,2%"), 12.2)];
    const parts = highlightQuote(quote, all, [51, 353, 12.2]);
    expect(parts.filter((p) => p.span !== undefined).map((p) => p.text)).toEqual([
      "353",
      "51",
      "12,2%",
    ]);
    const marked = parts.filter((p) => p.span !== undefined);
    const offset = (n: number): number =>
      parts.slice(0, parts.indexOf(marked[n]!)).reduce((s, p) => s + p.text.length, 0);
    expect(offset(2)).toBe(quote.lastIndexOf("12,2%"));
  });

  it("leaves the quote whole when the reader found no such number", () => {
    expect(highlightQuote(quote, mentions, [7])).toEqual([{ text: quote }]);
  });

  it("splits around several spans, dropping overlaps", () => {
    const parts = splitText("a 12 b 34", [
      { start: 2, end: 4 },
      { start: 7, end: 9 },
      { start: 3, end: 5 },
    ]);
    expect(parts).toEqual([
      { text: "a " },
      { text: "12", span: 0 },
      { text: " b " },
      { text: "34", span: 1 },
    ]);
  });
});

describe("conflict grouping", () => {
  it("groups by region, then by kind in a fixed order", () => {
    const figures = [
      figure("a", "Жамбылская", 1),
      figure("b", "Актюбинская", 2),
      figure("c", "Жамбылская", 3),
    ];
    const groups = groupConflicts(
      [
        conflict("sum:1", "sum", ["a"]),
        conflict("share:1", "share", ["c"]),
        conflict("agreement:1", "agreement", ["b"]),
        conflict("share:2", "share", ["zzz"]),
      ],
      figures,
      "ru-RU",
    );
    expect(groups.map((g) => [g.region, g.count])).toEqual([
      ["Актюбинская", 1],
      ["Жамбылская", 2],
      ["", 1],
    ]);
    expect(groups[1]?.kinds.map((k) => [k.kind, k.conflicts.map((c) => c.id)])).toEqual([
      ["share", ["share:1"]],
      ["sum", ["sum:1"]],
    ]);
  });

  it("sorts regions by the name the planner reads, not the value in figures.csv", () => {
    const figures = [figure("k", "Kazakhstan", 1), figure("z", "Zhambyl region", 2)];
    const conflicts = [conflict("sum:k", "sum", ["k"]), conflict("sum:z", "sum", ["z"])];
    const order = (locale: string, name?: (r: string) => string) =>
      groupConflicts(conflicts, figures, locale, name).map((g) => g.region);
    expect(order("en-US")).toEqual(["Kazakhstan", "Zhambyl region"]);
    // Жамбыл облысы comes before Қазақстан in Kazakh.
    expect(order("kk-KZ", (r) => regionName("kk", r))).toEqual(["Zhambyl region", "Kazakhstan"]);
  });
});

describe("conflict CSV export", () => {
  it("guards every cell a spreadsheet would read as a formula", () => {
    for (const bad of ["=1+1", "+7", "-3", "@SUM(A1)", "\tx", "\rx"])
      expect(guardCell(bad)).toBe(`'${bad}`);
    expect(guardCell("12,2%")).toBe("12,2%");
  });

  it("writes one row per conflict in the pane's language, quotes and formulas escaped", () => {
    const c = conflict("share:zhambyl.3g", "share", ["a"], {
      figures: [{ id: "a", value: 51, source: "s1", quote: '=HYPERLINK("http://x", "51")' }],
      stated: "-12,2%",
    });
    const csv = conflictsCsv([c], [figure("a", "Zhambyl region", 51)], "ru");
    const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, "").trim(), { delimiter: ";" }).data;
    expect(rows[0]?.[0]).toBe("Расхождение");
    expect(rows[1]).toEqual([
      "share:zhambyl.3g",
      "Доля",
      "Ошибка",
      "Жамбылская область",
      "'-12,2%",
      "14,4%",
      "ru сообщение",
      "",
      "a",
      "s1",
      `'=HYPERLINK("http://x", "51")`,
    ]);
  });

  // Excel in a ru or kk locale splits a double-clicked CSV at ";" (its list separator, since
  // the decimal mark is the comma); in en at ",". The BOM makes it read UTF-8.
  it("starts with a BOM and separates cells with ; in ru and kk, with , in en", () => {
    const c = conflict("share:zhambyl.3g", "share", ["a"]);
    const figures = [figure("a", "Zhambyl region", 51)];
    for (const [language, delimiter, header, stated, implied] of [
      ["ru", ";", "Расхождение;Вид;Важность;Регион", "12,2%", "14,4%"],
      ["kk", ";", "Сәйкессіздік;Түрі;Маңыздылығы;Өңір", "12,2%", "14,4%"],
      ["en", ",", "Conflict,Kind,Severity,Region", "12.2%", "14.4%"],
    ] as const) {
      const csv = conflictsCsv([c], figures, language);
      expect(csv.startsWith(`\ufeff${header}${delimiter}`), language).toBe(true);
      const rows = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter }).data;
      expect(
        rows.map((r) => r.length),
        language,
      ).toEqual([11, 11]);
      expect(rows[1]?.slice(4, 6), language).toEqual([stated, implied]);
    }
  });
});

describe("live updates", () => {
  it("applies the planner's values to the figures", () => {
    const figures = [figure("a", "r", 1), figure("b", "r", 2)];
    const edited = applyEdits(figures, { a: 5, zzz: 9 });
    expect(edited.map((f) => f.value)).toEqual([5, 2]);
    expect(edited[1]).toBe(figures[1]);
    // Only a finite value other than the loaded one is an edit.
    const values = { a: 5, b: 2, c: Number.NaN, zzz: 9 };
    const three = [...figures, figure("c", "r", 3)];
    expect(editsOf(three, values)).toEqual({ a: 5 });
    expect(applyEdits(three, values).map((f) => f.value)).toEqual([5, 2, 3]);
  });

  it("ignores change events from the add-in's own writes, follows the planner's", async () => {
    vi.useFakeTimers();
    try {
      const gate = createWriteGate(500);
      const onEdit = vi.fn();
      const handler = createChangeHandler(gate, onEdit, 100);
      await gate.run(async () => {
        handler();
        handler();
      });
      handler(); // still settling after the write: Excel delivers the events late
      vi.advanceTimersByTime(1000);
      expect(onEdit).not.toHaveBeenCalled();

      handler();
      handler();
      vi.advanceTimersByTime(150);
      expect(onEdit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("seed fetching", () => {
  it("asks for seeds/<file> without the HTTP cache; 404 is a missing file, other failures an error", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fake = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      if (url.endsWith("indicators.csv")) return new Response("", { status: 404 });
      if (url.endsWith("broken.csv")) return new Response("", { status: 500 });
      return new Response("id,file\n", { status: 200 });
    }) as typeof fetch;
    const fetchSeed = createSeedFetcher("seeds/", fake);
    const signal = new AbortController().signal;
    expect(await fetchSeed("sources.csv", signal)).toBe("id,file\n");
    expect(calls[0]).toEqual(["seeds/sources.csv", { cache: "no-store", signal }]);
    expect(await fetchSeed("indicators.csv", signal)).toBeNull();
    await expect(fetchSeed("broken.csv", signal)).rejects.toThrow(
      "Could not fetch broken.csv (HTTP 500)",
    );
  });

  it("takes the text files from sources.csv's file column, once each", () => {
    expect(textFilesOf("id,file,title\na,000.txt,x\nb,001.txt,y\nc,000.txt,z\n")).toEqual([
      "000.txt",
      "001.txt",
    ]);
  });
});

describe("texts for Add a source", () => {
  it("quotes the sentence around a number, not cutting at decimal points", () => {
    const text = "Первое предложение. Из них 3.5 тыс. сел подключены к 4G! Третье.";
    const at = text.indexOf("3.5");
    expect(quoteAround(text, at, at + 3)).toBe("Из них 3.5 тыс. сел подключены к 4G!");
    const at4 = text.indexOf("4G");
    expect(quoteAround(text, at4, at4 + 1)).toBe("Из них 3.5 тыс. сел подключены к 4G!");
  });

  it("reads a CSV's text column in chunks, reporting progress up to 1", async () => {
    const csv =
      "id,text\n" +
      Array.from({ length: 5000 }, (_v, i) => `${i},"Село ${i}, 12 домов"`).join("\n");
    const progress: number[] = [];
    const { texts, rows } = await readCsvTexts(csv, (f) => progress.push(f));
    expect(rows).toBe(5000);
    expect(texts[4999]).toBe("Село 4999, 12 домов");
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
