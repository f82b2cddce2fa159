// readNumbers on sentences quoted verbatim from the five seed texts.
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../src/domain/numbers/read-numbers";
import { count, read, seedQuote, seedTexts } from "./helpers";

describe("readNumbers on seed sentences", () => {
  it("reads counts and a stated percentage (003, Russian)", () => {
    expect(read(seedQuote("из 353 населенных пунктов области 43 (12,2%)"))).toEqual([
      count("353", 353),
      count("43", 43),
      { text: "12,2%", value: 12.2, qualifier: "exact", unit: "%", kind: "percent" },
    ]);
  });

  it("reads a Kazakh ablative multiplier with астам as more than (001, 002)", () => {
    expect(read(seedQuote("272,5 мыңнан астам ата-ана"))).toEqual([
      count("272,5 мыңнан", 272500, "more_than"),
    ]);
    expect(read(seedQuote("79 мыңнан астам бейнебақылау камерасы"))).toEqual([
      count("79 мыңнан", 79000, "more_than"),
    ]);
    expect(read(seedQuote("6 мыңнан астам ауылдық елді мекен"))).toEqual([
      count("6 мыңнан", 6000, "more_than"),
    ]);
  });

  it("reads пайыздан асты as a percentage stated as more than (002)", () => {
    expect(read(seedQuote("98 пайыздан асты"))).toEqual([
      { text: "98 пайыздан", value: 98, qualifier: "more_than", unit: "%", kind: "percent" },
    ]);
  });

  it("reads a dative number followed by дейін as up to (004)", () => {
    expect(read(seedQuote("400 мыңға дейін үй шаруашылығына"))).toEqual([
      count("400 мыңға", 400000, "up_to"),
    ]);
    expect(read(seedQuote("75 пайызына дейін"))).toEqual([
      { text: "75 пайызына", value: 75, qualifier: "up_to", unit: "%", kind: "percent" },
    ]);
  });

  it("reads шамамен before a number as about (002)", () => {
    expect(read(seedQuote("шамамен 20 мыңы"))).toEqual([count("20 мыңы", 20000, "about")]);
  });

  it("reads order numbers as identifiers (003)", () => {
    expect(read(seedQuote("распоряжением акима области №141"))).toEqual([
      { text: "141", value: 141, qualifier: "exact", unit: "", kind: "identifier" },
    ]);
    expect(read(seedQuote("2025 года №143"))).toEqual([
      { text: "2025", value: 2025, qualifier: "exact", unit: "", kind: "year" },
      { text: "143", value: 143, qualifier: "exact", unit: "", kind: "identifier" },
    ]);
  });

  it("reads year ranges as years, in Russian and Kazakh (000, 001, 002, 003)", () => {
    const years = { value: 2026, upper: 2027, qualifier: "range", unit: "", kind: "year" };
    expect(read(seedQuote("В 2026–2027 годах"))).toEqual([{ text: "2026–2027", ...years }]);
    expect(read(seedQuote("2026–2027 жылдары"))).toEqual([{ text: "2026–2027", ...years }]);
    expect(read(seedQuote("2026-2027 жылдары"))).toEqual([{ text: "2026-2027", ...years }]);
    expect(read(seedQuote("на 2026–2030 годы"))).toEqual([
      { text: "2026–2030", ...years, upper: 2030 },
    ]);
  });

  it("reads count ranges with a hyphen or an en dash (000, 001)", () => {
    const range = { value: 300, upper: 400, qualifier: "range", unit: "", kind: "count" };
    expect(read(seedQuote("300-400 студентов"))).toEqual([{ text: "300-400", ...range }]);
    expect(read(seedQuote("300–400 студентті"))).toEqual([{ text: "300–400", ...range }]);
  });

  it("reads ages (000, 001, 002)", () => {
    const age = { value: 12, upper: 18, qualifier: "range", unit: "", kind: "age" };
    expect(read(seedQuote("12–18 жас"))).toEqual([{ text: "12–18", ...age }]);
    expect(read(seedQuote("12-18 жас аралығындағы"))).toEqual([{ text: "12-18", ...age }]);
    expect(read(seedQuote("в возрасте от 12 до 18 лет"))).toEqual([
      { text: "от 12 до 18", ...age },
    ]);
  });

  it("reads number words (000, 002, 004)", () => {
    expect(read(seedQuote("в девяти районах"))).toEqual([count("девяти", 9)]);
    // A duration ("екі жыл ішінде", "алты жыл бұрын") is a number but not a quantity.
    expect(read(seedQuote("екі жыл ішінде"))).toEqual([{ ...count("екі", 2), kind: "other" }]);
    expect(read(seedQuote("Бір жыл ішінде"))).toEqual([
      { text: "Бір", value: 1, qualifier: "exact", unit: "", kind: "other" },
    ]);
  });

  it("reads multipliers and units (004, 002)", () => {
    expect(read(seedQuote("2,5 млн адам"))).toEqual([count("2,5 млн", 2500000)]);
    expect(read(seedQuote("40 мың шақырым"))).toEqual([
      { text: "40 мың шақырым", value: 40000, qualifier: "exact", unit: "km", kind: "length" },
    ]);
    expect(read(seedQuote("1700 шаршы метрді"))).toEqual([
      { text: "1700 шаршы метрді", value: 1700, qualifier: "exact", unit: "m2", kind: "area" },
    ]);
  });

  it("reads Russian multipliers with qualifiers (000, 003)", () => {
    expect(
      read(seedQuote("более 272,5 тысячи родителей, что соответствует 356,2 тысячам детей")),
    ).toEqual([count("272,5 тысячи", 272500, "more_than"), count("356,2 тысячам", 356200)]);
    expect(read(seedQuote("более 150 мероприятий с охватом свыше 4 000 участников"))).toEqual([
      count("150", 150, "more_than"),
      count("4 000", 4000, "more_than"),
    ]);
  });

  it("reads glued Kazakh case suffixes (001)", () => {
    expect(read(seedQuote("Оның 24-і OneWeb"))).toEqual([count("24-і", 24)]);
  });

  it("reads dates, technologies and service numbers as non-quantities (003)", () => {
    expect(read(seedQuote("13 сентября 2024 года"))).toEqual([
      { text: "13 сентября 2024", value: 20240913, qualifier: "exact", unit: "", kind: "date" },
    ]);
    expect(read(seedQuote("по номеру 109 (iKomek109)")).map((r) => [r.text, r.kind])).toEqual([
      ["109", "identifier"],
      ["109", "identifier"],
    ]);
    expect(read(seedQuote("5G/IMT")).map((r) => [r.text, r.kind])).toEqual([["5G", "technology"]]);
    expect(read(seedQuote("установить 4G базовые станции в 68 населенных пунктах"))).toEqual([
      { text: "4G", value: 4, qualifier: "exact", unit: "", kind: "technology" },
      count("68", 68),
    ]);
  });

  it("does not join a count and a following year into one number (003)", () => {
    expect(read(seedQuote("26 базовых станций в 2024 году и 27 — в 2025 году"))).toEqual([
      count("26", 26),
      { text: "2024", value: 2024, qualifier: "exact", unit: "", kind: "year" },
      count("27", 27),
      { text: "2025", value: 2025, qualifier: "exact", unit: "", kind: "year" },
    ]);
  });

  it("reads no number from Kazakh words that start like one (002)", () => {
    expect(read(seedQuote("Онда 272,5 мыңнан астам ата-ана"))).toEqual([
      count("272,5 мыңнан", 272500, "more_than"),
    ]);
    expect(read(seedQuote("аудан орталықтарындакезең-кезеңімен"))).toEqual([]);
    expect(read(seedQuote("«DaraBala» бірыңғай платформасы"))).toEqual([]);
    expect(read(seedQuote("Он также отметил"))).toEqual([]);
  });
});

describe("readNumbers on whole seed texts", () => {
  for (const [file, text] of seedTexts) {
    it(`${file}: spans are verbatim, ordered, and cover every digit`, () => {
      const mentions = readNumbers(text);
      expect(mentions.length).toBeGreaterThan(5);
      let covered = 0;
      let previousEnd = 0;
      for (const m of mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = m.end;
        covered += (m.text.match(/\d/g) ?? []).length;
      }
      expect(covered).toBe((text.match(/\d/g) ?? []).length);
    });
  }
});
