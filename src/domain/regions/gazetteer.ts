// The one place for Kazakhstan's place names: the 17 regions (oblys), the three cities of
// republican significance, the region centres and the country, with their display names in
// en/ru/kk (the workbook, the pane and the CLI show these) and the forms the texts write them in,
// case endings included ("Актюбинской области", "Ақтөбе облысының", "Тараз қаласында").
//
// `key` is the English name seeds/sources.csv and figures.csv use ("Aktobe region", "Astana").
// `fileAs` is the region a figure about the place is filed under: a region centre's figures go
// to its region, as the analysts of the development corpus file them.
//
// A form is a regex fragment matched case-sensitively at a word start; "~" stands for the case
// ending ("\p{L}*"). A place written inside a longer one ("Алматы" inside "Алматы облысы",
// "Қазақстан" inside "Шығыс Қазақстан облысы") yields to the longer match.

export type PlaceKind = "country" | "region" | "city" | "centre";

export interface Place {
  key: string;
  kind: PlaceKind;
  fileAs: string;
  names: { en: string; ru: string; kk: string };
  forms: readonly string[];
}

const OBL_RU = "област~";
const OBL_KK = "облыс~";

/** A region: its ru adjective stem ("Актюбинск"), its kk name ("Ақтөбе"), extra forms. */
function region(
  en: string,
  ru: string,
  kk: string,
  ruStem: string | null,
  extra: string[] = [],
): Place {
  const key = `${en} region`;
  const forms = [`${kk} ${OBL_KK}`, `${kk} өңір~`, ...extra];
  // The ru adjective alone ("в Актюбинской и Жамбылской областях") names the region too.
  if (ruStem) forms.push(`${ruStem}~ ${OBL_RU}`, `${ruStem}~`);
  return { key, kind: "region", fileAs: key, names: { en: key, ru, kk: `${kk} облысы` }, forms };
}

function centre(key: string, regionKey: string, ru: string, kk: string, forms: string[]): Place {
  return {
    key,
    kind: "centre",
    fileAs: regionKey,
    // "Aktobe city" shares its name with its region: shown as "город Актобе", "Ақтөбе қаласы".
    names: key.endsWith(" city")
      ? { en: key, ru: `город ${ru}`, kk: `${kk} қаласы` }
      : { en: key, ru, kk },
    forms: [...forms, `${kk} қала~`, `г\\. ${ru}~`, `город~ ${ru}~`],
  };
}

export const PLACES: readonly Place[] = [
  {
    key: "Kazakhstan",
    kind: "country",
    fileAs: "Kazakhstan",
    names: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" },
    forms: [
      "Казахстан~",
      "Қазақстан~",
      "РК",
      "ҚР",
      "по стране",
      "в стране",
      "по республике",
      "в республике",
      "[Рр]еспублика бойынша",
      "[Рр]еспубликада",
      "[Ее]ліміз~",
      "[Ее]л бойынша",
    ],
  },
  region("Abai", "Абайская область", "Абай", "Абайск", ["област~ Абай"]),
  region("Akmola", "Акмолинская область", "Ақмола", "Акмолинск"),
  region("Aktobe", "Актюбинская область", "Ақтөбе", "Актюбинск", ["Актюбинщин~"]),
  region("Almaty", "Алматинская область", "Алматы", "Алматинск"),
  region("Atyrau", "Атырауская область", "Атырау", "Атырауск"),
  region(
    "East Kazakhstan",
    "Восточно-Казахстанская область",
    "Шығыс Қазақстан",
    "Восточно-Казахстанск",
    ["ВКО", "ШҚО", "Восточн~ Казахстан~"],
  ),
  region("Zhambyl", "Жамбылская область", "Жамбыл", "Жамбылск"),
  region("Zhetisu", "область Жетісу", "Жетісу", null, ["област~ Жет[іы]су", "Жетысуск~ област~"]),
  region(
    "West Kazakhstan",
    "Западно-Казахстанская область",
    "Батыс Қазақстан",
    "Западно-Казахстанск",
    ["ЗКО", "Западн~ Казахстан~", "БҚО"],
  ),
  region("Karaganda", "Карагандинская область", "Қарағанды", "Карагандинск"),
  region("Kostanay", "Костанайская область", "Қостанай", "Костанайск"),
  region("Kyzylorda", "Кызылординская область", "Қызылорда", "Кызылординск"),
  region("Mangystau", "Мангистауская область", "Маңғыстау", "Манг[иы]стауск"),
  region("Pavlodar", "Павлодарская область", "Павлодар", "Павлодарск"),
  region(
    "North Kazakhstan",
    "Северо-Казахстанская область",
    "Солтүстік Қазақстан",
    "Северо-Казахстанск",
    ["СКО", "Северн~ Казахстан~", "СҚО"],
  ),
  region("Turkistan", "Туркестанская область", "Түркістан", "Туркестанск"),
  region("Ulytau", "область Улытау", "Ұлытау", "Улытауск", ["област~ Улытау"]),
  {
    key: "Astana",
    kind: "city",
    fileAs: "Astana",
    names: { en: "Astana", ru: "Астана", kk: "Астана" },
    forms: ["Астан~", "столиц~", "[Ее]лорда~"],
  },
  {
    key: "Almaty",
    kind: "city",
    fileAs: "Almaty",
    names: { en: "Almaty", ru: "Алматы", kk: "Алматы" },
    forms: ["Алматы~", "Алма-Ат~"],
  },
  {
    key: "Shymkent",
    kind: "city",
    fileAs: "Shymkent",
    names: { en: "Shymkent", ru: "Шымкент", kk: "Шымкент" },
    forms: ["Шымкент~"],
  },
  centre("Semey", "Abai region", "Семей", "Семей", [
    "Семе(?:й|я|е|ю|ем)",
    "Семей(?:де|дің|ге|ден|дегі)",
  ]),
  centre("Kokshetau", "Akmola region", "Кокшетау", "Көкшетау", ["Кокшетау", "Көкшетау~"]),
  centre("Aktobe city", "Aktobe region", "Актобе", "Ақтөбе", ["Актобе", "Ақтөбе~"]),
  centre("Konaev", "Almaty region", "Конаев", "Қонаев", ["Конаев~", "Қонаев~"]),
  centre("Atyrau city", "Atyrau region", "Атырау", "Атырау", ["Атырау~"]),
  centre("Oskemen", "East Kazakhstan region", "Усть-Каменогорск", "Өскемен", [
    "Усть-Каменогорск~",
    "Өскемен~",
  ]),
  centre("Taraz", "Zhambyl region", "Тараз", "Тараз", ["Тараз~"]),
  centre("Taldykorgan", "Zhetisu region", "Талдыкорган", "Талдықорған", [
    "Талдыкорган~",
    "Талдықорған~",
  ]),
  centre("Oral", "West Kazakhstan region", "Уральск", "Орал", [
    "Уральск~",
    "Орал(?:да|дың|ға|дан|дағы)?",
  ]),
  centre("Karaganda city", "Karaganda region", "Караганда", "Қарағанды", [
    "Караганд~",
    "Қарағанды~",
  ]),
  centre("Kostanay city", "Kostanay region", "Костанай", "Қостанай", ["Костана~", "Қостанай~"]),
  centre("Kyzylorda city", "Kyzylorda region", "Кызылорда", "Қызылорда", [
    "Кызылорд~",
    "Қызылорда~",
  ]),
  centre("Aktau", "Mangystau region", "Актау", "Ақтау", ["Актау~", "Ақтау~"]),
  centre("Pavlodar city", "Pavlodar region", "Павлодар", "Павлодар", ["Павлодар~"]),
  centre("Petropavl", "North Kazakhstan region", "Петропавловск", "Петропавл", [
    "Петропавловск~",
    "Петропавл~",
  ]),
  centre("Turkistan city", "Turkistan region", "Туркестан", "Түркістан", [
    "Туркестан~",
    "Түркістан~",
  ]),
  centre("Zhezkazgan", "Ulytau region", "Жезказган", "Жезқазған", ["Жезказган~", "Жезқазған~"]),
];

const BY_KEY = new Map(PLACES.map((p) => [p.key, p]));

/** The place with this key ("Aktobe region"), or undefined. */
export function placeOf(key: string): Place | undefined {
  return BY_KEY.get(key);
}

/** A region (or city, centre, country) as the workbook shows it; an unknown key as it is. */
export function placeName(key: string, language: "en" | "ru" | "kk"): string {
  return BY_KEY.get(key)?.names[language] ?? key;
}
