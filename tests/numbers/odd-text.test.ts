// Hostile and odd text (issue 7): invisible characters, look-alike letters, glued words, noise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../src/domain/numbers/read-numbers";
import { brief, seedQuote } from "./helpers";

describe("invisible characters are read as nothing", () => {
  it("a zero-width space inside digits: 2\\u200B000 is 2000, the span keeps it", () => {
    const text = "установлено 2\u200B000 камер";
    const [m] = readNumbers(text);
    expect(m).toMatchObject({ text: "2\u200B000", value: 2000, kind: "count", start: 12, end: 17 });
    expect(readNumbers(text)).toHaveLength(1);
  });

  it("a soft hyphen inside a number or a unit word", () => {
    expect(brief("1\u00AD150 ауыл")).toEqual(["1\u00AD150|1150||exact||count"]);
    expect(brief("деңгейі 98 пай\u00ADыз\u00ADдан асты")).toEqual([
      "98 пай\u00ADыз\u00ADдан|98||more_than|%|percent",
    ]);
  });

  it("a byte-order mark and joiners around a number", () => {
    const text = "\uFEFFболее\u200D 79\u2060 тысяч камер";
    const [m] = readNumbers(text);
    expect(m).toMatchObject({ value: 79000, qualifier: "more_than" });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.text).toBe("79\u2060 тысяч");
  });

  it("invisible characters sprinkled anywhere in a seed sentence change no reading", () => {
    const sentence = seedQuote(
      "В области на платформе «DaraBala» зарегистрировано более 272,5 тысячи родителей",
    );
    const plain = readNumbers(sentence).map(({ value, qualifier, kind, unit }) => ({
      value,
      qualifier,
      kind,
      unit,
    }));
    const invisible = fc.constantFrom("\u200B", "\u00AD", "\u200C", "\u200D", "\u2060", "\uFEFF");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(sentence.length), invisible), { maxLength: 6 }),
        (inserts) => {
          let text = sentence;
          for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0]))
            text = text.slice(0, at) + ch + text.slice(at);
          const got = readNumbers(text);
          for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(
            got.map(({ value, qualifier, kind, unit }) => ({ value, qualifier, kind, unit })),
          ).toEqual(plain);
        },
      ),
    );
  });
});

describe("look-alike letters are never read as digits", () => {
  it("Cyrillic О inside 1О0 gives neither 100 nor 10", () => {
    expect(brief("1О0 ауыл")).toEqual(["1|1||exact||other", "0|0||exact||other"]);
  });

  it("Latin O inside 1O0 marks both runs as identifiers", () => {
    expect(brief("1O0 сел")).toEqual(["1|1||exact||identifier", "0|0||exact||identifier"]);
  });

  it("Cyrillic З beside digits: the digits as they are, not a count", () => {
    expect(brief("З00 камер и 12З")).toEqual(["00|0||exact||other", "12|12||exact||other"]);
  });
});

describe("numbers glued to words", () => {
  it("a year glued to a Cyrillic word keeps its value and is no quantity", () => {
    expect(brief("IT-парк2025")).toEqual(["2025|2025||exact||other"]);
    expect(brief("орталықтарында2025кезең")).toEqual(["2025|2025||exact||other"]);
  });

  it("digits inside Latin brand names are identifiers", () => {
    expect(brief("iKomek109 и Tele2 и COVID-19")).toEqual([
      "109|109||exact||identifier",
      "2|2||exact||identifier",
      "19|19||exact||identifier",
    ]);
  });

  it("a digit run too long for a double is an identifier", () => {
    expect(brief("счёт 12345678901234567890")[0]).toMatch(/\|identifier$/);
  });
});

describe("huge and repetitive input", () => {
  it("a run of 100 000 digits is one identifier, not a quantity", () => {
    const found = readNumbers(`код ${"7".repeat(100_000)} конец`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      start: 4,
      end: 100_004,
      kind: "identifier",
      qualifier: "exact",
    });
  });

  it("repeated numbers, groups, ranges and look-alikes are each read once", () => {
    expect(readNumbers("5% ".repeat(100_000))).toHaveLength(100_000);
    expect(readNumbers("1 000 ".repeat(50_000)).every((m) => m.value === 1000)).toBe(true);
    expect(
      readNumbers("300–400, ".repeat(50_000)).filter((m) => m.qualifier === "range"),
    ).toHaveLength(50_000);
    expect(
      readNumbers("1О0З".repeat(50_000)).every((m) => m.kind === "other" && m.value <= 1),
    ).toBe(true);
  });
});

describe("noise", () => {
  it("reads nothing from empty, blank or sign-only text", () => {
    expect(readNumbers("")).toEqual([]);
    expect(readNumbers(" \n\t\u00A0")).toEqual([]);
    expect(readNumbers("%%% — ₸ млн тысяч мың")).toEqual([]);
  });

  it("any string: no throw, verbatim ordered spans, finite values", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789 ,.-–%№GОЗOмыңтысячпайызданастамдейінболееот до\u00A0\u202F\u200B\u00AD".split(
        "",
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: alphabet, maxLength: 60 }),
          fc.string({ unit: "grapheme", maxLength: 60 }),
        ),
        (text) => {
          let end = 0;
          for (const m of readNumbers(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(end);
            expect(m.end).toBeGreaterThan(m.start);
            expect(Number.isFinite(m.value)).toBe(true);
            end = m.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
