// check-text's finder: statements an uncurated text can be tested on alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findStatements } from "../../src/domain/checks/find-statements";
import { runChecks } from "../../src/domain/checks/run-checks";

function check(text: string) {
  const found = findStatements(text, "t");
  return { found, result: runChecks({ sources: [], ...found }) };
}

describe("findStatements on seeds/003", () => {
  const text = readFileSync(
    join(__dirname, "..", "..", "seeds", "003_12f04e18eaaee14a.txt"),
    "utf8",
  );
  const { found, result } = check(text);

  it("finds the 3G and both fiber conflicts, and nothing else", () => {
    expect(result.conflicts.map((c) => [c.stated, c.implied])).toEqual([
      ["12,2%", "14.4%"],
      ["50,9%", "52.9%"],
      ["49,1%", "47.1%"],
    ]);
    expect(result.conflicts[0]?.figures.map((f) => f.value)).toEqual([51, 353, 12.2]);
  });

  it("quotes are verbatim sentences of the text and ids come from offsets", () => {
    for (const f of found.figures) {
      expect(text).toContain(f.quote);
      expect(f.id).toMatch(/^t\.n\d+$/);
      const offset = Number(f.id.slice(3));
      expect(text.slice(offset)).toMatch(/^\d/);
    }
  });

  it("tests what holds too: 43 and 259 of 353, 47 of 51, 68 + 103 within 'более 150'", () => {
    const shares = found.relations.map((r) => r.roles);
    const values = (ids: string[] | undefined) =>
      (ids ?? []).map((id) => found.figures.find((f) => f.id === id)?.value);
    const listed = shares.map((r) => [values(r.part), values(r.whole)]);
    expect(listed).toContainEqual([[43], [353]]);
    expect(listed).toContainEqual([[259], [353]]);
    expect(listed).toContainEqual([[47], [51]]);
    expect(listed).toContainEqual([[68, 103], [150]]);
  });
});

describe("findStatements on Russian and Kazakh sentences", () => {
  const cases: [string, string, string | null][] = [
    ["ru: из M … N (P%) holds", "Из 120 сёл района 30 (25%) подключены к оптике.", null],
    [
      "ru: из M … N (P%) broken",
      "Из 120 сёл района 30 (20%) подключены к оптике.",
      "В тексте указано 20%, но 30 из 120 — это 25%.",
    ],
    [
      "ru: N из M with N > M",
      "Подключены 45 из 40 школ района.",
      "Часть (45) больше целого (40) — так быть не может.",
    ],
    ["ru: N из M (P%) holds", "Связью обеспечены 189 из 357 сёл (52,9%).", null],
    [
      "kk: M-нің N-і (P%) holds",
      "Облыстағы 400 елді мекеннің 320-сы (80%) интернетпен қамтылған.",
      null,
    ],
    [
      "kk: the genitive on the digits, broken",
      "Облыстағы елді мекендердің 353-інің 51-і (12,2%) 3G-мен қамтылған.",
      "В тексте указано 12,2%, но 51 из 353 — это 14,4%.",
    ],
    ["kk: the genitive on the digits, holds", "353-тің 43-і (12,2%) 2G-мен қамтылған.", null],
    [
      "kk: … бұл P пайыз broken",
      "Облыстағы 400 елді мекеннің 320-сы интернетпен қамтылған, бұл 75 пайыз.",
      "В тексте указано 75%, но 320 из 400 — это 80%.",
    ],
    [
      "kk: … бұл P пайыз holds",
      "Облыстағы 400 елді мекеннің 320-сы интернетпен қамтылған, бұл 80 пайыз.",
      null,
    ],
    [
      "ru: в том числе over the total",
      "Всего установлено 50 камер, в том числе 30 на улицах и 25 в школах.",
      "Части 30 + 25 = 55 больше целого (50) — так быть не может.",
    ],
    [
      "kk: оның ішінде within the total",
      "Барлығы 50 камера орнатылды, оның ішінде 30-ы көшелерде, 15-і мектептерде.",
      null,
    ],
    [
      "kk: оның ішінде across sentences, over",
      "Ауданда 60 ауыл бар. Оның ішінде 45 ауыл талшықты-оптикалық желіге, 20 ауыл спутникке қосылған.",
      "Части 45 + 20 = 65 больше целого (60) — так быть не может.",
    ],
  ];
  for (const [name, text, ru] of cases) {
    it(name, () => {
      const { found, result } = check(text);
      expect(found.relations.length).toBeGreaterThan(0);
      expect(result.conflicts.map((c) => c.message.ru)).toEqual(ru === null ? [] : [ru]);
    });
  }

  it("the Kazakh message of a broken Kazakh statement", () => {
    const { result } = check(
      "Облыстағы 400 елді мекеннің 320-сы интернетпен қамтылған, бұл 75 пайыз.",
    );
    expect(result.conflicts[0]?.message.kk).toBe(
      "Мәтінде 75% делінген, бірақ 400-дің 320-сы — 80%.",
    );
  });

  it("sentences without a base or a list give no statement", () => {
    expect(
      check("В 2025 году построено 17 вышек и 4G работает в 30 сёлах (15%).").found.relations,
    ).toEqual([]);
  });
});
