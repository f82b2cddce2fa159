// Property tests: numbers formatted the Russian and Kazakh way read back to the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../src/domain/numbers/read-numbers";
import type { Qualifier } from "../../src/domain/types";

const SEPARATORS = [" ", "\u00A0", "\u202F", "\u2009"];

/** 1234567 → "1 234 567" with the given separator. */
function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The only mention of `text`, after checking there is exactly one. */
function only(text: string) {
  const found = readNumbers(text);
  expect(found, text).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

const separator = fc.constantFrom(...SEPARATORS);
const noun = fc.constantFrom("ауыл", "сел", "камер", "мектеп", "абонентов");

describe("integers", () => {
  it("grouped by any thousands separator read back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), separator, noun, (n, sep, word) => {
        const m = only(`всего ${group(n, sep)} ${word}`);
        expect(m.value).toBe(n);
        expect(m.kind).toBe("count");
      }),
    );
  });

  it("ungrouped, with a counted noun after, read back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), noun, (n, word) => {
        expect(only(`всего ${n} ${word}`).value).toBe(n);
      }),
    );
  });

  it("with a hyphenated Kazakh case suffix", () => {
    const suffix = fc.constantFrom("і", "ы", "ге", "ға", "ден", "дан", "тен", "нан", "ның", "не");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), separator, suffix, (n, sep, sfx) => {
        const m = only(`оның ${group(n, sep)}-${sfx} қосылған`);
        expect(m.value).toBe(n);
        expect(m.text.endsWith(`-${sfx}`)).toBe(true);
      }),
    );
  });
});

const multiplier = fc.constantFrom<[string, number]>(
  ["", 1],
  ["тыс.", 1e3],
  ["тысяч", 1e3],
  ["тысячи", 1e3],
  ["тысячам", 1e3],
  ["млн", 1e6],
  ["миллиона", 1e6],
  ["млрд", 1e9],
  ["мың", 1e3],
  ["мыңы", 1e3],
);

describe("decimals with multipliers", () => {
  it("decimal comma and a multiplier read back to int.frac × multiplier", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        separator,
        multiplier,
        (whole, frac, sep, [word, factor]) => {
          const fracText = String(frac);
          const number = `${group(whole, sep)},${fracText}`;
          const m = only(`зарегистрировано ${number}${word ? " " + word : ""} родителей`);
          expect(near(m.value, Number(`${whole}.${fracText}`) * factor)).toBe(true);
        },
      ),
    );
  });

  it("percentages in Russian and Kazakh spelling read in percent units", () => {
    const sign = fc.constantFrom(
      "%",
      " %",
      " процента",
      " процентов",
      " пайыз",
      " пайызы",
      " пайызға",
      "%-ы",
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 9 }),
        sign,
        (whole, frac, s) => {
          const m = only(`доля ${whole},${frac}${s} населения`);
          expect(near(m.value, whole + frac / 10)).toBe(true);
          expect(m.unit).toBe("%");
          expect(m.kind).toBe("percent");
        },
      ),
    );
  });
});

describe("qualifiers", () => {
  const before = fc.constantFrom<[string, Qualifier]>(
    ["более", "more_than"],
    ["свыше", "more_than"],
    ["не менее", "at_least"],
    ["менее", "less_than"],
    ["не более", "at_most"],
    ["около", "about"],
    ["примерно", "about"],
    ["порядка", "about"],
    ["почти", "about"],
    ["до", "up_to"],
    ["кемінде", "at_least"],
    ["шамамен", "about"],
  );
  const after = fc.constantFrom<[string, Qualifier]>(
    ["мыңнан астам", "more_than"],
    ["мыңнан аса", "more_than"],
    ["мыңнан артық", "more_than"],
    ["мыңға жуық", "about"],
    ["мыңға дейін", "up_to"],
    ["мың шамасында", "about"],
  );

  it("a Russian or Kazakh qualifier before a grouped number with a multiplier", () => {
    fc.assert(
      fc.property(
        before,
        fc.integer({ min: 1, max: 999_999 }),
        separator,
        multiplier,
        ([word, q], n, sep, [mult, factor]) => {
          const m = only(`установлено ${word} ${group(n, sep)}${mult ? " " + mult : ""} камер`);
          expect(m.value).toBe(n * factor);
          expect(m.qualifier).toBe(q);
        },
      ),
    );
  });

  it("a Kazakh qualifier after a number in the case it governs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        after,
        (whole, frac, [words, q]) => {
          const m = only(`облыста ${whole},${frac} ${words} бала`);
          expect(near(m.value, (whole + frac / 10) * 1000)).toBe(true);
          expect(m.qualifier).toBe(q);
        },
      ),
    );
  });

  it("ranges with a hyphen, an en dash or от … до read both bounds", () => {
    const form = fc.constantFrom("{a}-{b}", "{a}–{b}", "{a} – {b}", "от {a} до {b}");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1800 }),
        fc.integer({ min: 1, max: 5000 }),
        form,
        (a, d, f) => {
          const b = a + d;
          const m = only(
            `обучение ${f.replace("{a}", String(a)).replace("{b}", String(b))} студентов`,
          );
          expect([m.value, m.upper, m.qualifier]).toEqual([a, b, "range"]);
        },
      ),
    );
  });
});
