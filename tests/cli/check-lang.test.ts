// `sanaq check --lang kk|ru|en` prints its report in that one language: summary, kinds,
// severities, the stated/implied line (in the words the Conflicts sheet heads those columns
// with, from src/terms), explanations, numbers and the derived indicators' regions and measures.
// Without --lang it explains each conflict in all three, as before. Run in-process via main().
import { describe, expect, it } from "vitest";
import { termsFor } from "../../src/terms/index";
import { sanaq } from "../helpers/run-sanaq";

const expected = {
  ru: {
    summary: "Показателей: 96, производных показателей: 29, расхождений: 4",
    first: "1. Ошибка · Доля  share:zhambyl.3g.coverage",
    values: "   Заявлено 12,2%   Следует из данных 14,4%",
    message: "   В тексте указано 12,2%, но 51 из 353 — это 14,4%.",
    suggestion: "   Подсказка: 12,2% получается при 43 из 353 или при общем числе от 417 до 419.",
    figure: "   · zhambyl.settlements.3g.pct = 12,2 (zhambyl-ru): «51 (12,2%) — 3G»",
    derived: /^ {2}выполнение +60,4% +Тараз +Базовые станции 5G в Таразе/m,
    others: ["The text states", "Мәтінде", "ru: ", "suggestion"],
  },
  kk: {
    summary: "Көрсеткіштер: 96, туынды көрсеткіштер: 29, сәйкессіздіктер: 4",
    first: "1. Қате · Үлес  share:zhambyl.3g.coverage",
    values: "   Мәлімделген 12,2%   Деректерден шығатыны 14,4%",
    message: "   Мәтінде 12,2% делінген, бірақ 353-тің 51-і — 14,4%.",
    suggestion: "   Ұсыныс: 12,2% болу үшін 353-тің 43-і немесе жалпы саны 417–419 болуы керек.",
    figure: "   · zhambyl.settlements.3g.pct = 12,2 (zhambyl-ru): «51 (12,2%) — 3G»",
    derived: /^ {2}орындалуы +60,4% +Тараз +Тараздағы 5G базалық станциялары/m,
    others: ["The text states", "В тексте указано", "kk: ", "suggestion"],
  },
  en: {
    summary: "96 figures, 29 derived indicators, 4 conflicts",
    first: "1. Error · Share  share:zhambyl.3g.coverage",
    values: "   Stated 12.2%   Implied 14.4%",
    message: "   The text states 12.2%, but 51 of 353 is 14.4%.",
    suggestion: "   Suggestion: A part of 43 of 353, or a whole of 417–419, would give 12.2%.",
    figure: "   · zhambyl.settlements.3g.pct = 12.2 (zhambyl-ru): «51 (12,2%) — 3G»",
    derived: /^ {2}progress +60\.4% +Taraz +5G base stations in Taraz/m,
    others: ["В тексте указано", "Мәтінде", "en: ", "Актюбинская"],
  },
} as const;

/** Latin words a ru or kk report may show: brand names of the seeds' operators and programmes. */
const BRANDS = new Set([
  "Mobile",
  "Telecom",
  "Service",
  "Kcell",
  "Kar",
  "Tel",
  "DaraBala",
  "OneWeb",
]);

describe.each(["ru", "kk", "en"] as const)("sanaq check --lang %s", (language) => {
  const want = expected[language];

  it("prints every line of the report in that language", async () => {
    const { code, out, err } = await sanaq("check", "--lang", language);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe(want.summary);
    for (const line of [want.first, want.values, want.message, want.suggestion, want.figure])
      expect(lines).toContain(line);
    expect(out).toMatch(want.derived);
    for (const other of want.others) expect(out).not.toContain(other);
  });

  it("heads stated and implied with the Conflicts sheet's column names", async () => {
    const { columns } = termsFor(language);
    const { out } = await sanaq("check", "--lang", language);
    expect(want.values).toBe(
      `   ${columns.statedValue} 12${language === "en" ? "." : ","}2%   ${columns.implied} 14${language === "en" ? "." : ","}4%`,
    );
    expect(out.split("\n").filter((l) => l.startsWith(`   ${columns.statedValue} `))).toHaveLength(
      4,
    );
  });

  if (language !== "en") {
    it("shows no English word but ids, quotes and brand names", async () => {
      const { out } = await sanaq("check", "--lang", language);
      const words = out
        .split("\n")
        .filter((l) => !l.startsWith("   · ")) // a figure's id, source id and verbatim quote
        .map((l) => l.replace(/\b(share|sum|agreement|source):\S+/g, "")) // a conflict's id
        .flatMap((l) => l.match(/[A-Za-z]{2,}/g) ?? [])
        .filter((w) => !BRANDS.has(w) && !/^\d*G$/.test(w));
      expect(words).toEqual([]);
    });
  }

  it("takes the code in any case and as --lang=CODE", async () => {
    const lower = (await sanaq("check", "--lang", language)).out;
    expect((await sanaq("check", "--lang", language.toUpperCase())).out).toBe(lower);
    expect((await sanaq("check", `--lang=${language[0]!.toUpperCase()}${language[1]}`)).out).toBe(
      lower,
    );
  });
});

describe("sanaq check without --lang", () => {
  it("explains each conflict in all three languages, as before, with an English frame", async () => {
    const { code, out } = await sanaq("check");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("96 figures, 29 derived indicators, 4 conflicts");
    expect(lines).toContain("   Stated 12.2%   Implied 14.4%");
    expect(lines).toContain("   en: The text states 12.2%, but 51 of 353 is 14.4%.");
    expect(lines).toContain("   ru: В тексте указано 12,2%, но 51 из 353 — это 14,4%.");
    expect(lines).toContain("   kk: Мәтінде 12,2% делінген, бірақ 353-тің 51-і — 14,4%.");
  });
});

describe("sanaq check --lang: usage", () => {
  it("refuses another language in one line and a hint, printing nothing", async () => {
    const { code, out, err } = await sanaq("check", "--lang", "de");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(
      `sanaq check: --lang is "de", expected en, ru or kk.\nRun 'sanaq check --help' for usage.\n`,
    );
    expect((await sanaq("check", "--lang")).err).toContain("--lang needs a value");
  });

  it("leaves --json as it is: every message has en, ru and kk", async () => {
    const plain = (await sanaq("check", "--json")).out;
    expect((await sanaq("check", "--json", "--lang", "kk")).out).toBe(plain);
  });

  it("is in the help, with the default", async () => {
    const { code, out } = await sanaq("check", "--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: sanaq check [--seeds DIR] [--lang en|ru|kk] [--json]");
    expect(out).toMatch(
      /--lang LANG +print the report in one language: en, ru or kk \(any case\); without it, each\n +conflict is explained in all three/,
    );
  });
});
