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
    const listed = shares.map((r) => [values(r.part ?? r.parts), values(r.whole)]);
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
      "Части 30 + 25 в сумме дают 55, но в тексте указано 50.",
    ],
    [
      "kk: оның ішінде within the total",
      "Барлығы 50 камера орнатылды, оның ішінде 30-ы көшелерде, 15-і мектептерде.",
      // Two listed parts 5 short of 50: maybe incomplete, a note.
      "Перечисленные части 30 + 15 в сумме дают 45 — на 5 меньше указанного итога 50: перечень, возможно, неполный.",
    ],
    [
      "kk: оның ішінде across sentences, over",
      "Ауданда 60 ауыл бар. Оның ішінде 45 ауыл талшықты-оптикалық желіге, 20 ауыл спутникке қосылған.",
      "Части 45 + 20 в сумме дают 65, но в тексте указано 60.",
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

describe("statement patterns of real texts (issue 11), ru and kk", () => {
  const conflicts = (text: string) =>
    check(text).result.conflicts.map((c) => [c.severity, c.stated, c.implied]);
  const relations = (text: string) => check(text).found.relations.map((r) => r.type);

  it("share, percentage first: M, оның P%-ы немесе N (truncated 99%)", () => {
    expect(
      conflicts(
        "Оқу жылы қарсаңында 6 936 мектеп, оның 99%-ы немесе 6 924 мектеп желіге қосылған.",
      ),
    ).toEqual([["truncated", "99%", "100%"]]);
  });

  it("share: M мектептің N-інде немесе P%-ында, and a second part of the same whole", () => {
    const text =
      "6924 мектептің 5773-інде немесе 83%-ында жылдамдық жеткілікті, ал 1151 мектепте немесе 17%-ында төмен.";
    expect(relations(text)).toEqual(["share", "share"]);
    expect(conflicts(text)).toEqual([]);
    expect(conflicts(text.replace("17%", "19%"))).toEqual([["error", "19%", "17%"]]);
  });

  it("share: N из M …, то есть P процента; из M … в N (P%)", () => {
    expect(
      conflicts("Подключены 349 из 368 сельских населённых пунктов региона, то есть 94 процента."),
    ).toEqual([["truncated", "94%", "95%"]]);
    expect(
      conflicts("Из 352 сёл сотовая связь есть в 342 (97,1%), а интернет — в 343 (97,4%)."),
    ).toEqual([["truncated", "97,1%", "97.2%"]]);
  });

  it("a percentage in another clause is not the share: 235 из 357 …; там живёт свыше 97 процентов населения", () => {
    const text =
      "Интернет есть в 235 из 357 населённых пунктов; там живёт свыше 97 процентов населения.";
    expect(conflicts(text)).toEqual([]);
    expect(relations(text)).toEqual(["share"]);
  });

  it("complements in order: ещё N без, не имеют, лишены; қалған N", () => {
    const ru =
      "Из 352 сёл связь есть в 342 (97,2%), а интернет — в 343 (97,4%). Вместе с тем 10 сёл не имеют связи, а ещё 7 — вовсе лишены доступа к интернету.";
    expect(conflicts(ru)).toEqual([["error", "352", "350"]]);
    expect(
      conflicts("38 көшенің 27-сінде жарық орнатылды. Қалған 11 көшеде жұмыс жүріп жатыр."),
    ).toEqual([]);
    expect(
      conflicts("38 көшенің 27-сінде жарық орнатылды. Қалған 13 көшеде жұмыс жүріп жатыр."),
    ).toEqual([["error", "38", "40"]]);
  });

  it("a part with its percentage, the whole only as part + rest (мүлде, -сыз)", () => {
    const text =
      "Елді мекендердің 410-ы, яғни 64,56 пайызы интернетке қолжетімді. Демек, 273 мыңға жуық адам байланысты пайдаланады. Ал 37 мыңнан астам тұрғыны бар 225 ауыл интернетсіз отыр.";
    expect(conflicts(text)).toEqual([["truncated", "64,56%", "64.57%"]]);
  });

  it("a rest after a sentence about something else completes nothing", () => {
    const text =
      "Вода есть в 10 из 12 дачных обществ. Газ провели в «Ключи» и «Уйтас». Для оставшихся 6 массивов готовят документы.";
    expect(conflicts(text)).toEqual([]);
  });

  it("a closed list claims to be complete (error), a listed one may be incomplete (info), в частности lists some", () => {
    expect(
      conflicts(
        "Ещё 882 камеры стоят в районах. Из них на Аксай приходится 210, на Байтерек — 243, на Акжаик — 69, на Жангалу — 135, а на иные районы — 207.",
      ),
    ).toEqual([["error", "882", "864"]]);
    expect(
      conflicts(
        "Сейчас действуют 329 видеокамер: из них 72 контролируют дороги, 38 — общественные места, а 166 стоят во дворах.",
      ),
    ).toEqual([["info", "329", "276"]]);
    expect(
      conflicts("Выявлено 400 нарушений. Среди них, в частности, 120 краж и 30 угонов."),
    ).toEqual([]);
  });

  it("numbers that describe the parts are never parts; N из них is a part", () => {
    expect(
      conflicts(
        "Всего 59 сельских пунктов. В том числе 48 сел с населением свыше 250 человек и 11 сел с населением менее 250 человек.",
      ),
    ).toEqual([]);
    expect(
      conflicts(
        "Без интернета пока 35 из 368 сел: 16 из них в Баянаульском районе, 4 – в Щербактинском.",
      ),
    ).toEqual([]);
  });

  it("two clauses with their own totals are never joined", () => {
    const text =
      "В районе А 50 школ, из них 30 подключены; в районе Б 40 школ, из них 35 подключены.";
    expect(conflicts(text)).toEqual([]);
    const found = check(text).found;
    const wholes = found.relations.map(
      (r) => found.figures.find((f) => f.id === r.roles.whole?.[0])?.value,
    );
    expect(wholes).toEqual([50, 40]);
  });

  it("a partition into named classes: M елді мекеннің A-ы – қала, B-сы – ауыл", () => {
    expect(conflicts("Елдегі 6 179 елді мекеннің 119-ы – қала, 4 906-сы – ауыл.")).toEqual([
      ["error", "6 179", "5,025"],
    ]);
    expect(conflicts("Елдегі 5 025 елді мекеннің 119-ы – қала, 4 906-сы – ауыл.")).toEqual([]);
  });
});

describe("the same quantity twice, and parts counted for each place", () => {
  const conflicts = (text: string) =>
    check(text).result.conflicts.map((c) => [c.kind, c.severity, c.message.en]);

  it("a headline count and the only count of the same thing in the lead, a little apart", () => {
    const text =
      "Аулалардағы бейнекамералар елу қылмыстың ашылуына көмектесті\n\nПолицейлер камералардың көмегімен 49 қылмыстық істі ашқан.";
    expect(conflicts(text)).toEqual([
      [
        "agreement",
        "error",
        "One text, t, gives this quantity as 50 and 49: the two cannot both be true.",
      ],
    ]);
    // Far apart, they count different things; restated later, the headline holds.
    expect(conflicts(text.replace("49", "20"))).toEqual([]);
    expect(conflicts(text.replace("елу", "үш"))).toEqual([]);
  });

  it("two counts of the same named thing in different sentences", () => {
    const text =
      "Олардың 755-і Медеу ауданында орнатылады.\n\nБиыл 6 мыңнан астам камера орнатылады, соның 750-і Медеу ауданына бұйырған.";
    expect(conflicts(text).map((c) => c[0])).toEqual(["agreement"]);
    expect(conflicts(text.replace("755", "750"))).toEqual([]);
  });

  it("«в A, B и C – по 3» counts 3 for each of the three places", () => {
    const text =
      "Без интернета пока 35 из 368 сел: 16 из них в Баянаульском районе, 4 – в Щербактинском, а в Аксу, Актогайском и Железинском районах – по 3.";
    expect(conflicts(text)).toEqual([
      [
        "sum",
        "info",
        "The listed parts 16 + 4 + 3 + 3 + 3 add up to 29, 6 short of the stated total 35: the list may be incomplete.",
      ],
    ]);
  });
});

describe("statements across the sentences of a text", () => {
  const conflicts = (text: string) =>
    check(text).result.conflicts.map((c) => [c.kind, c.severity, c.stated, c.implied]);

  it("classes of the same things set apart by 'ал', and a rest with none, within the text's total", () => {
    const text =
      "Облыстағы 371 елді мекеннің 183-і оптикаға қосылған.\n\nҚазір облыстағы 258 елді мекен төмен жылдамдықты интернетті пайдаланады, ал 112 елді мекен 4G-ге қол жеткізген. Жыл аяғына дейін тағы 163 елді мекен қосылмақ.\n\nБүгінде 11 елді мекен мобильді интернетсіз мүлде қалып отыр.";
    expect(conflicts(text)).toEqual([["share", "error", "", "102.7%"]]);
    expect(conflicts(text.replace("258", "248"))).toEqual([]);
  });

  it("'от общего числа' takes the text's total; a headline restating the body's percentage is checked too", () => {
    const text =
      " date 2022-11-01 Без интернета остаются 20 школ из 7 098, но нормам скорость соответствует только у 10% школ\n\nНормам отвечают лишь 664 школы, или менее 10% от общего числа школ.";
    expect(conflicts(text)).toEqual([["share", "error", "10%", "9%"]]);
    // The body's "менее 10%" alone holds: 664 of 7 098 is 9.35%.
    expect(conflicts(text.replace("только у 10% школ", "мало где"))).toEqual([]);
  });
});
