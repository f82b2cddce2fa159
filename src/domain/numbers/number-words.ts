// Number words of Russian and Kazakh with the case forms the reader accepts. Only whole words
// listed here are numbers: "внутри" holds "три" and "бірақ" starts with "бір", neither is one.

const RU_FORMS: ReadonlyArray<[number, string[]]> = [
  [
    1,
    [
      "один",
      "одна",
      "одно",
      "одного",
      "одной",
      "одному",
      "одним",
      "одном",
      "одну",
      "одни",
      "одних",
      "одними",
    ],
  ],
  [1.5, ["полтора", "полторы", "полутора"]],
  [2, ["два", "две", "двух", "двум", "двумя"]],
  [3, ["три", "трёх", "трех", "трём", "трем", "тремя"]],
  [4, ["четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"]],
  [5, ["пять", "пяти", "пятью"]],
  [6, ["шесть", "шести", "шестью"]],
  // "семью" is also "family": left out.
  [7, ["семь", "семи"]],
  [8, ["восемь", "восьми", "восемью"]],
  [9, ["девять", "девяти", "девятью"]],
  [10, ["десять", "десяти", "десятью"]],
  [40, ["сорок", "сорока"]],
  [50, ["пятьдесят", "пятидесяти"]],
  [60, ["шестьдесят", "шестидесяти"]],
  [70, ["семьдесят", "семидесяти"]],
  [80, ["восемьдесят", "восьмидесяти"]],
  [90, ["девяносто", "девяноста"]],
  [100, ["сто", "ста"]],
  [200, ["двести", "двухсот", "двумстам"]],
  [300, ["триста", "трехсот", "трёхсот"]],
  [400, ["четыреста", "четырехсот", "четырёхсот"]],
  [500, ["пятьсот", "пятисот"]],
  [600, ["шестьсот", "шестисот"]],
  [700, ["семьсот", "семисот"]],
  [800, ["восемьсот", "восьмисот"]],
  [900, ["девятьсот", "девятисот"]],
];

/** Russian 11–20 and 30 decline alike: stem + ь / и / ью. */
const RU_TEEN_STEMS: ReadonlyArray<[number, string]> = [
  [11, "одиннадцат"],
  [12, "двенадцат"],
  [13, "тринадцат"],
  [14, "четырнадцат"],
  [15, "пятнадцат"],
  [16, "шестнадцат"],
  [17, "семнадцат"],
  [18, "восемнадцат"],
  [19, "девятнадцат"],
  [20, "двадцат"],
  [30, "тридцат"],
];

const KK_STEMS: ReadonlyArray<[number, string]> = [
  [1, "бір"],
  [2, "екі"],
  [3, "үш"],
  [4, "төрт"],
  [5, "бес"],
  [6, "алты"],
  [7, "жеті"],
  [8, "сегіз"],
  [9, "тоғыз"],
  [10, "он"],
  [20, "жиырма"],
  [30, "отыз"],
  [40, "қырық"],
  [50, "елу"],
  [60, "алпыс"],
  [70, "жетпіс"],
  [80, "сексен"],
  [90, "тоқсан"],
  [100, "жүз"],
];

/** Case suffixes (vowel harmony not enforced: both variants are accepted). */
const KK_AFTER_VOWEL = [
  "ге",
  "ға",
  "ден",
  "дан",
  "нен",
  "нан",
  "де",
  "да",
  "ні",
  "ны",
  "нің",
  "ның",
  "сі",
  "сы",
  "мен",
  "у",
];
const KK_AFTER_CONSONANT = [
  "ге",
  "ға",
  "ке",
  "қа",
  "ден",
  "дан",
  "тен",
  "тан",
  "нен",
  "нан",
  "де",
  "да",
  "те",
  "та",
  "ді",
  "ды",
  "ті",
  "ты",
  "ні",
  "ны",
  "дің",
  "дың",
  "тің",
  "тың",
  "нің",
  "ның",
  "і",
  "ы",
  "мен",
  "бен",
  "пен",
];
/** Collective numerals: екеу "the two of them". */
const KK_COLLECTIVE: ReadonlyArray<[number, string]> = [
  [2, "екеу"],
  [3, "үшеу"],
  [4, "төртеу"],
  [5, "бесеу"],
  [6, "алтау"],
  [7, "жетеу"],
];
/** Kazakh ordinals ("үшінші мегаполис"): numbers, but not quantities. */
const KK_ORDINALS: ReadonlyArray<[number, string]> = [
  [1, "бірінші"],
  [2, "екінші"],
  [3, "үшінші"],
  [4, "төртінші"],
  [5, "бесінші"],
  [6, "алтыншы"],
  [7, "жетінші"],
  [8, "сегізінші"],
  [9, "тоғызыншы"],
  [10, "оныншы"],
  [20, "жиырмасыншы"],
  [30, "отызыншы"],
  [40, "қырқыншы"],
  [50, "елуінші"],
  [100, "жүзінші"],
];
/** Words that look like a stem + suffix but mean something else. */
const KK_FALSE_FRIENDS = new Set([
  "бірге", // together
  "бірде", // once, sometimes
  "бірден", // at once
  "онда", // there
  "оны", // him, it
  "ону",
  "онмен",
  "жүзі", // face
  "жүзде",
  "жүзу", // to swim
  "үшу",
  "алтыу",
]);

export interface NumberWord {
  value: number;
  /** Kazakh "он" is Russian "он" (he): only a number in a Kazakh sentence. */
  kazakhOnly: boolean;
  /** A form of "one" that is often an article ("бір жыл ішінде", "одним из"). */
  one: boolean;
  /** A fraction word ("треть", "половина"): a percentage, value in percent units. */
  percent?: boolean;
  /** An ordinal ("четвертый", "үшінші"): a number, not a quantity. */
  ordinal?: boolean;
}

/** Russian fractions a text states shares with: "почти треть", "более половины". */
const RU_FRACTIONS: ReadonlyArray<[number, string[]]> = [
  [50, ["половина", "половины", "половину", "половиной", "половине"]],
  [33.33, ["треть", "трети", "третью"]],
  [25, ["четверть", "четверти", "четвертью"]],
];

/** Russian ordinals 1–10 with their case endings. */
const RU_ORDINAL_STEMS: ReadonlyArray<[number, string, string[]]> = [
  [1, "перв", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [2, "втор", ["ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [3, "трет", ["ий", "ья", "ье", "ьи", "ьего", "ьей", "ьему", "ьим", "ьем", "ью", "ьих", "ьими"]],
  [4, "четвёрт", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [4, "четверт", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [5, "пят", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [6, "шест", ["ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [7, "седьм", ["ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [8, "восьм", ["ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [9, "девят", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
  [10, "десят", ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"]],
];

function buildWords(): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  const add = (form: string, value: number, kazakhOnly = false, extra = {}): void => {
    if (!KK_FALSE_FRIENDS.has(form))
      words.set(form, { value, kazakhOnly, one: value === 1, ...extra });
  };
  for (const [value, forms] of RU_FRACTIONS)
    for (const f of forms) add(f, value, false, { percent: true });
  for (const [value, stem, ends] of RU_ORDINAL_STEMS)
    for (const end of ends) add(stem + end, value, false, { ordinal: true });
  // "қос балабақша": a pair.
  add("қос", 2);
  for (const [value, forms] of RU_FORMS) for (const f of forms) add(f, value);
  for (const [value, stem] of RU_TEEN_STEMS)
    for (const end of ["ь", "и", "ью"]) add(stem + end, value);
  for (const [value, stem] of KK_STEMS) {
    const vowelEnd = /[аеыіуұүоөә]$/.test(stem);
    add(stem, value, stem === "он");
    for (const sfx of vowelEnd ? KK_AFTER_VOWEL : KK_AFTER_CONSONANT)
      add(stem + sfx, value, stem === "он");
  }
  for (const [value, form] of KK_ORDINALS) {
    add(form, value, false, { ordinal: true });
    for (const sfx of ["сі", "сы", "ден", "дан", "ге", "ға", "де", "да"])
      add(form + sfx, value, false, { ordinal: true });
  }
  for (const [value, form] of KK_COLLECTIVE) {
    add(form, value);
    add(form + "і", value);
  }
  return words;
}

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = buildWords();
