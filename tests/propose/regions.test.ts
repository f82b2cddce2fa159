// The gazetteer: every region, city of republican significance and region centre is found in
// ru and kk with its case forms, and a figure gets its sentence's region (else the text's).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findPlaces,
  formSource,
  regionAt,
  requiredLiteral,
  textRegion,
  type PlaceMention,
} from "../../src/domain/regions/find-places";
import { PLACES, placeName } from "../../src/domain/regions/gazetteer";

const regionOf = (text: string): string[] => findPlaces(text).map((p) => p.place.fileAs);

describe("gazetteer", () => {
  it("has the 17 regions, the 3 cities and a centre for every region", () => {
    const regions = PLACES.filter((p) => p.kind === "region");
    expect(regions).toHaveLength(17);
    expect(PLACES.filter((p) => p.kind === "city").map((p) => p.key)).toEqual([
      "Astana",
      "Almaty",
      "Shymkent",
    ]);
    const centres = new Set(PLACES.filter((p) => p.kind === "centre").map((p) => p.fileAs));
    for (const r of regions) expect(centres.has(r.key), r.key).toBe(true);
    for (const p of PLACES) {
      expect(p.names.en).not.toBe("");
      expect(p.names.ru).toMatch(/[А-Яа-яЁё]/);
      expect(p.names.kk).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    }
  });

  it("shows names in the workbook's language, an unknown key as it is", () => {
    expect(placeName("Aktobe region", "ru")).toBe("Актюбинская область");
    expect(placeName("Aktobe region", "kk")).toBe("Ақтөбе облысы");
    expect(placeName("Zhambyl region", "en")).toBe("Zhambyl region");
    expect(placeName("Taraz", "kk")).toBe("Тараз");
    expect(placeName("Mars", "ru")).toBe("Mars");
  });

  it.each([
    ["в пресс-службе акима Актюбинской области", "Aktobe region"],
    ["Ақтөбе облысының әкімі", "Aktobe region"],
    ["Жамбыл облысында 353 елді мекен", "Zhambyl region"],
    ["Тараз қаласында 32 базалық станция", "Zhambyl region"],
    ["в городе Таразе 26 базовых станций", "Zhambyl region"],
    ["в Восточно-Казахстанской области", "East Kazakhstan region"],
    ["Шығыс Қазақстан облысындағы ауылдар", "East Kazakhstan region"],
    ["Батыс Қазақстан облысында", "West Kazakhstan region"],
    ["в СКО", "North Kazakhstan region"],
    ["в области Жетісу", "Zhetisu region"],
    ["Жетісу облысының", "Zhetisu region"],
    ["в области Абай", "Abai region"],
    ["Абай облысында", "Abai region"],
    ["в области Улытау", "Ulytau region"],
    ["Ұлытау облысы бойынша", "Ulytau region"],
    ["в Алматинской области", "Almaty region"],
    ["Алматы облысында", "Almaty region"],
    ["в Алматы", "Almaty"],
    ["Алматыда 100 мектеп", "Almaty"],
    ["в Астане", "Astana"],
    ["Астанада", "Astana"],
    ["в Шымкенте", "Shymkent"],
    ["Шымкенттің тұрғындары", "Shymkent"],
    ["в Мангистауской области", "Mangystau region"],
    ["Маңғыстау облысында", "Mangystau region"],
    ["в Акмолинской области", "Akmola region"],
    ["Ақмола облысы", "Akmola region"],
    ["в Атырауской области", "Atyrau region"],
    ["в Карагандинской области", "Karaganda region"],
    ["Қарағанды облысында", "Karaganda region"],
    ["в Костанайской области", "Kostanay region"],
    ["в Кызылординской области", "Kyzylorda region"],
    ["в Павлодарской области", "Pavlodar region"],
    ["в Туркестанской области", "Turkistan region"],
    ["Түркістан облысында", "Turkistan region"],
    ["в Усть-Каменогорске", "East Kazakhstan region"],
    ["Өскеменде", "East Kazakhstan region"],
    ["в Уральске", "West Kazakhstan region"],
    ["Оралда", "West Kazakhstan region"],
    ["в Петропавловске", "North Kazakhstan region"],
    ["в Кокшетау", "Akmola region"],
    ["в Талдыкоргане", "Zhetisu region"],
    ["в Жезказгане", "Ulytau region"],
    ["в Семее", "Abai region"],
    ["в Конаеве", "Almaty region"],
    ["в Актау", "Mangystau region"],
    ["в Казахстане", "Kazakhstan"],
    ["Қазақстанда 6 мыңнан астам ауыл", "Kazakhstan"],
    ["по республике", "Kazakhstan"],
    ["елімізде", "Kazakhstan"],
  ])("%s → %s", (text, region) => {
    expect(regionOf(text)).toEqual([region]);
  });

  it("does not read a family, a person or an ordinary word as a place", () => {
    expect(regionOf("Семейные врачи приняли 40 пациентов")).toEqual([]);
    expect(regionOf("Абай Құнанбайұлының 180 жылдығы")).toEqual([]);
    expect(regionOf("вдоль дорог республиканского значения")).toEqual([]);
  });
});

describe("region of a figure", () => {
  const text =
    " date 2026-01-13 Ақтөбе облысындағы 17 ауыл әлі интернетке қосылмаған\n\n" +
    "Өңірде барлығы 294 ауылда интернет бар. Ал Жамбыл облысында 353 елді мекен, Түркістан облысында 800.";
  const places = findPlaces(text);
  const whole = textRegion(text, places);

  it("takes the text's region from its title line", () => {
    expect(whole).toEqual({ region: "Aktobe region", from: "text", alternatives: [] });
  });

  it("a sentence naming no region gets the text's", () => {
    const at = text.indexOf("294");
    const sentence = { start: text.indexOf("Өңірде"), end: text.indexOf(" Ал ") };
    expect(regionAt(places, sentence, at, whole)?.region).toBe("Aktobe region");
  });

  it("takes the place nearest before the number, and marks the other for the planner", () => {
    const sentence = { start: text.indexOf("Ал "), end: text.length };
    const at353 = regionAt(places, sentence, text.indexOf("353"), whole);
    expect(at353).toEqual({
      region: "Zhambyl region",
      from: "sentence",
      alternatives: ["Turkistan region"],
    });
    expect(regionAt(places, sentence, text.indexOf("800"), whole)?.region).toBe("Turkistan region");
  });

  it("a text without a title region takes the one it names most; none when it names none", () => {
    expect(
      textRegion("Заголовок\n\nВ Астане 5 школ. В Астане 6 больниц. В Алматы 3.")?.region,
    ).toBe("Astana");
    expect(textRegion("Заголовок\n\nНа совещании отметили 15 школ.")).toBeUndefined();
  });
});

describe("searching only with the forms a text can match", () => {
  // The reference: every form's regex run over the whole text, as findPlaces did before it
  // skipped the forms whose required literal the text lacks.
  function everyForm(text: string): PlaceMention[] {
    const all: PlaceMention[] = [];
    for (const place of PLACES) {
      for (const form of place.forms) {
        for (const m of text.matchAll(new RegExp(formSource(form), "gu"))) {
          all.push({ place, start: m.index, end: m.index + m[0].length });
        }
      }
    }
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PlaceMention[] = [];
    for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }

  it("finds what every form's regex finds, in the seed and corpus texts", () => {
    const dirs = ["seeds", join("tests", "corpus")].map((d) => join(__dirname, "..", "..", d));
    const texts = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(join(dir, f), "utf8")),
    );
    expect(texts.length).toBeGreaterThan(20);
    let found = 0;
    for (const text of texts) {
      const expected = everyForm(text);
      found += expected.length;
      expect(findPlaces(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(50);
  });

  it("every match of a form holds the form's required literal", () => {
    // Each form against texts built to match it: its literal must be in the match.
    const samples: Record<string, string> = {
      "Семе(?:й|я|е|ю|ем)": "в Семее",
      "[Рр]еспублика бойынша": "Республика бойынша",
      "Орал(?:да|дың|ға|дан|дағы)?": "Оралда",
      "Абайск~ област~": "Абайской области",
      "г\\. Семей~": "г. Семей",
    };
    for (const [form, text] of Object.entries(samples)) {
      const match = new RegExp(formSource(form), "u").exec(text)?.[0] ?? "";
      expect(match, form).not.toBe("");
      expect(match, form).toContain(requiredLiteral(form));
    }
    expect(requiredLiteral("Семе(?:й|я)")).toBe("Семе");
    expect(requiredLiteral("Манг[иы]стауск~ област~")).toBe(" област");
    expect(requiredLiteral("ab|cd")).toBe("");
    expect(requiredLiteral("Орала?")).toBe("Орал");
  });
});
