// The reader where real Kazakhstan news texts broke it (issue 11, item 5). Each phrase is as the
// corpus texts write it (tests/corpus).
import { describe, expect, it } from "vitest";
import { read } from "./helpers";

const one = (text: string) => {
  const got = read(text);
  expect(got).toHaveLength(1);
  return got[0];
};

describe("the reader on phrases of real texts", () => {
  it("multipliers with case endings: 2 млрдтан астам, 5 млн-нан астам", () => {
    expect(one("бюджеттен 2 млрдтан астам теңге бөлінді")).toMatchObject({
      text: "2 млрдтан",
      value: 2e9,
      qualifier: "more_than",
    });
    expect(one("5 млн-нан астам")).toMatchObject({ value: 5e6, qualifier: "more_than" });
  });

  it("ranges with the unit inside: 8 Мбит/с-тен 200 Мбит/с дейін", () => {
    expect(one("желі жылдамдығы 8 Мбит/с-тен 200 Мбит/с дейін жетеді")).toEqual({
      text: "8 Мбит/с-тен 200 Мбит/с",
      value: 8,
      upper: 200,
      qualifier: "range",
      unit: "mbps",
      kind: "other",
    });
    expect(one("жылдамдық 8Мбит/с-ден төмен")).toMatchObject({
      value: 8,
      qualifier: "less_than",
      unit: "mbps",
    });
    expect(one("скорости до 8 Мбит/сек")).toMatchObject({
      value: 8,
      qualifier: "up_to",
      unit: "mbps",
    });
  });

  it("qualifiers астамы, төмен, кем емес / кем болмайтын (negation), аспайтын", () => {
    expect(one("тұрғындардың 20 мыңы астамы")).toMatchObject({
      value: 20000,
      qualifier: "more_than",
    });
    expect(one("50 пайыздан төмен")).toMatchObject({ value: 50, qualifier: "less_than" });
    expect(one("50 пайыздан кем емес")).toMatchObject({ value: 50, qualifier: "at_least" });
    expect(one("10-нан кем болмайтын ауыл")).toMatchObject({ value: 10, qualifier: "at_least" });
    expect(one("10-нан кем ауыл")).toMatchObject({ value: 10, qualifier: "less_than" });
    expect(one("100-ден аспайтын")).toMatchObject({ value: 100, qualifier: "at_most" });
  });

  it("length units: метр, м, км", () => {
    expect(one("биіктігі 30 метрді құрайды")).toMatchObject({
      value: 30,
      unit: "m",
      kind: "length",
    });
    expect(one("проложено 200 м кабеля")).toMatchObject({ value: 200, unit: "m", kind: "length" });
    expect(one("ұзындығы 5 км жол")).toMatchObject({ value: 5, unit: "km", kind: "length" });
  });

  it("number words in idioms are not numbers: одним из, одни из, бір мезетте", () => {
    expect(read("Алматы стал одним из лучших городов")).toEqual([]);
    // "первых" is an ordinal: a number, but no quantity; "одни" is no number at all.
    expect(read("эти сёла одни из первых")).toEqual([
      { text: "первых", value: 1, qualifier: "exact", unit: "", kind: "other" },
    ]);
    expect(read("аудандардың бірі, сондықтан")).toEqual([]);
    expect(read("бір ауыздан қабылдады")).toEqual([]);
    expect(read("бір мезетте қосылды")).toEqual([]);
    expect(read("одна из 20 школ").map((m) => m.value)).toContain(20);
  });

  it("one is a count where it counts: бір бөбекжай, одна школа, қос балабақша", () => {
    expect(one("бір бөбекжай")).toMatchObject({ value: 1, kind: "count" });
    expect(one("одна школа в Астане")).toMatchObject({ value: 1, kind: "count" });
    expect(one("қос балабақша")).toMatchObject({ value: 2, kind: "count" });
  });

  it("names and multiples: Tele 2, 10 микрорайон, в 5 раз, екі мәрте; fractions are percentages", () => {
    expect(one("Tele 2 операторы")?.kind).toBe("identifier");
    expect(one("в 25-м микрорайоне")?.kind).toBe("identifier");
    expect(one("10 микрорайон")?.kind).toBe("identifier");
    expect(one("выросла в 5 раз")?.kind).toBe("other");
    expect(one("екі мәрте артты")?.kind).toBe("other");
    expect(one("почти треть сёл")).toMatchObject({
      value: 33.33,
      qualifier: "about",
      kind: "percent",
    });
    expect(one("более половины школ")).toMatchObject({
      value: 50,
      qualifier: "more_than",
      unit: "%",
    });
    expect(one("четвертый год")).toMatchObject({ value: 4, kind: "other" });
  });

  it("one sum in two multipliers: 3 млрд 900 млн тенге", () => {
    expect(one("потратили 3 млрд 900 млн тенге.")).toMatchObject({
      text: "3 млрд 900 млн тенге",
      value: 3.9e9,
      kind: "money",
      unit: "KZT",
    });
    expect(one("2 млрдтан астам теңге")).toMatchObject({ kind: "money", qualifier: "more_than" });
    expect(one("2 млрдтан астам қаржы керек")).toMatchObject({ kind: "money", unit: "KZT" });
  });

  it("durations and grades are `other`: алты жыл бұрын, за 3 года, 1 сынып, 11-класс", () => {
    for (const text of [
      "алты жыл бұрын",
      "за 3 года",
      "Соңғы үш жылда",
      "1 сынып оқушылары",
      "в 1 класс",
      "11-сыныптар",
    ]) {
      expect(one(text)?.kind, text).toBe("other");
    }
    expect(one("үшінші мегаполис")).toMatchObject({ value: 3, kind: "other" });
    expect(one("2025 жылы")?.kind).toBe("year");
  });

  it("до N is a target wherever it stands; a change that happened ends at an exact figure", () => {
    expect(read("планируют сократить до 28%.")[0]?.qualifier).toBe("up_to");
    expect(read("их число намерены довести до 62.")[0]?.qualifier).toBe("up_to");
    expect(read("До 500 сёл")[0]?.qualifier).toBe("up_to");
    expect(read("(до 50%)")[0]?.qualifier).toBe("up_to");
    expect(read("500 ауылға дейін жеткізіледі")[0]?.qualifier).toBe("up_to");
    expect(read("доля уменьшилась до 33%")[0]?.qualifier).toBe("exact");
    expect(read("Жыл соңына дейін 500 мұнара")[0]?.qualifier).toBe("exact");
    expect(read("2 жылға дейін")[0]?.qualifier).toBe("exact");
  });
});
