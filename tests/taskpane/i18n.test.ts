import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import {
  catalogs,
  formatDate,
  formatNumber,
  pickLanguage,
  translate,
  uiLanguages,
} from "../../src/i18n/index";

describe("message catalogs", () => {
  const keys = Object.keys(en).sort();

  for (const language of uiLanguages) {
    it(`${language} has exactly the keys of en`, () => {
      expect(Object.keys(catalogs[language]).sort()).toEqual(keys);
    });

    it(`${language} has no empty message`, () => {
      const empty = Object.entries(catalogs[language]).filter(([, text]) => text.trim() === "");
      expect(empty).toEqual([]);
    });

    it(`${language} keeps every {placeholder} of en`, () => {
      const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
      for (const key of keys) {
        const k = key as keyof typeof en;
        expect(placeholders(catalogs[language][k]), `${language} ${key}`).toEqual(
          placeholders(en[k]),
        );
      }
    });
  }

  it("ru and kk are translated, not copies of en", () => {
    expect(catalogs.ru["load.cancel"]).not.toBe(en["load.cancel"]);
    expect(catalogs.kk["load.cancel"]).not.toBe(en["load.cancel"]);
    expect(catalogs.kk["load.cancel"]).not.toBe(catalogs.ru["load.cancel"]);
  });
});

describe("language and locale", () => {
  it("picks the language from Office's display language or navigator.language", () => {
    expect(pickLanguage("kk-KZ")).toBe("kk");
    expect(pickLanguage("ru-RU")).toBe("ru");
    expect(pickLanguage("RU")).toBe("ru");
    expect(pickLanguage("en-GB")).toBe("en");
    expect(pickLanguage("de-DE")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
  });

  it("formats numbers for the locale", () => {
    expect(formatNumber("en", 12345.6)).toBe("12,345.6");
    // ru-RU and kk-KZ group with a (narrow) no-break space and use a decimal comma.
    expect(formatNumber("ru", 12345.6).replace(/\s/g, " ")).toBe("12 345,6");
    expect(formatNumber("kk", 12.2)).toBe("12,2");
  });

  it("formats ISO dates for the locale and leaves free text alone", () => {
    expect(formatDate("en", "2026-01-13")).toBe("Jan 13, 2026");
    expect(formatDate("ru", "2026-01-13")).toMatch(/13 янв\.? 2026/);
    expect(formatDate("kk", "2026-01-13")).toBe("2026 ж. 13 қаңтар");
    expect(formatDate("kk", "2025-12-31")).toBe("2025 ж. 31 желтоқсан");
    expect(formatDate("en", "2026-2027")).toBe("2026-2027");
  });

  it("fills placeholders, formatting numbers", () => {
    expect(translate("en", "add.statements", { count: 1200 })).toBe("Statements tested: 1,200");
    expect(translate("ru", "errors.fetch", { file: "a.csv", status: "404" })).toBe(
      "Не удалось загрузить a.csv (HTTP 404).",
    );
  });
});
