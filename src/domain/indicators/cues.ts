// The words around a number that say what it measures, in ru and kk: what is counted (the
// entity: villages, cameras, base stations...) and how (internet, fiber, 4G, planned, done...).
// Stems, matched case-insensitively at a word start, so every case ending counts.

export type Entity =
  | "village"
  | "settlement"
  | "camera"
  | "crime"
  | "station"
  | "tower"
  | "district"
  | "parent"
  | "child"
  | "student"
  | "project"
  | "initiative"
  | "event"
  | "participant"
  | "household"
  | "people"
  | "city"
  | "school"
  | "hospital"
  | "road"
  | "organization"
  | "money";

export type Modifier =
  | "internet"
  | "mobile"
  | "satellite"
  | "without"
  | "fiber"
  | "g2"
  | "g3"
  | "g4"
  | "g5"
  | "planned"
  | "done"
  | "in_progress"
  | "ocu"
  | "intelligent"
  | "solved"
  | "video"
  | "roadmap"
  | "strategy"
  | "main"
  | "additional"
  | "population"
  | "rural"
  | "high_speed"
  | "last_mile"
  | "darabala"
  | "it"
  | "hub"
  | "since"
  | "territory"
  | "total"
  | "decrease"
  | "increase"
  | "accident";

const W = "(?<![\\p{L}\\d])";

function cue(stems: string[]): RegExp {
  return new RegExp(`${W}(?:${stems.join("|")})`, "iu");
}

/** Entities with their stems; the first that matches right after the number wins. */
export const ENTITIES: readonly [Entity, RegExp][] = [
  ["camera", cue(["камер", "видеокамер", "бейнекамер"])],
  ["crime", cue(["преступлен", "правонарушен", "қылмыс", "құқықбұзушылық"])],
  ["station", cue(["базов\\p{L}* станц", "базалық станц", "БС(?![\\p{L}])"])],
  ["tower", cue(["вышк", "вышек", "мачт", "мұнара", "діңгек"])],
  [
    "village",
    cue([
      "аул",
      "с[её]л(?:о|а|ах|ам|ами|ом|е|ьск)?(?![\\p{L}])",
      "сельск",
      "деревн",
      "ауыл",
      "сельских населённых",
      "сельских населенных",
    ]),
  ],
  [
    "settlement",
    cue([
      "населённ\\p{L}* пункт",
      "населенн\\p{L}* пункт",
      "нп(?![\\p{L}])",
      "елді ?мекен",
      "елдімекен",
    ]),
  ],
  ["district", cue(["район", "аудан"])],
  ["parent", cue(["родител", "ата-ана"])],
  ["child", cue(["дет(?:ей|ям|и|ьми)", "ребён", "ребен", "бала", "оқушы", "учащ", "школьник"])],
  ["student", cue(["студент"])],
  ["project", cue(["проект", "жоба"])],
  ["initiative", cue(["инициатив", "бастама"])],
  ["event", cue(["мероприят", "іс-шара"])],
  ["participant", cue(["участник", "қатысушы"])],
  [
    "household",
    cue(["домохозяйств", "домов", "квартир", "үй шаруашылығ", "үй(?![\\p{L}])", "пәтер"]),
  ],
  ["school", cue(["школ", "мектеп", "гимнази", "лице"])],
  [
    "hospital",
    cue([
      "больниц",
      "поликлиник",
      "медицинск\\p{L}* (?:учрежд|организац|объект)",
      "ауруха",
      "емхана",
      "медициналық",
    ]),
  ],
  [
    "organization",
    cue(["организац", "учрежден", "предприят", "мекеме", "ұйым", "кәсіпорын", "объект", "нысан"]),
  ],
  ["city", cue(["город", "қала"])],
  ["road", cue(["дорог", "автодорог", "трасс", "автожол", "жол(?![\\p{L}])", "жолд", "жолы"])],
  [
    "people",
    cue([
      "человек",
      "жител",
      "граждан",
      "пользовател",
      "абонент",
      "населени",
      "адам",
      "тұрғын",
      "азамат",
      "пайдаланушы",
      "халық",
      "халқ",
    ]),
  ],
  ["money", cue(["тенге", "теңге", "тг(?![\\p{L}])", "доллар"])],
];

export const MODIFIERS: readonly [Modifier, RegExp][] = [
  ["internet", cue(["интернет", "связь", "связи", "подключ", "байланыс", "қосыл", "ғаламтор"])],
  ["mobile", cue(["мобильн", "сотов", "мобильді", "ұялы"])],
  ["satellite", cue(["спутник", "OneWeb", "KazSat", "серік"])],
  [
    "without",
    cue([
      "без(?![\\p{L}])",
      "нет(?![\\p{L}])",
      "не (?:подключ|обеспеч|охвач)",
      "отсутств",
      "жоқ",
      "қосылмаған",
      "қамтылмаған",
      "қамтылма",
      "мүлде",
      "до сих пор нет",
      "лишен",
      "не имеют",
      "интернетсіз",
      "ғаламторсыз",
      "байланыссыз",
      "жетпеген",
      "қолжетімсіз",
      "қамту керек",
      "қосу керек",
      "ещё \\d+ (?:\\p{L}+ ){0,3}без",
    ]),
  ],
  ["fiber", cue(["ВОЛС", "оптик", "оптоволок", "волоконно", "талшық", "ТОБЖ", "ТОЖ"])],
  ["g2", /(?<![\p{L}\d])2G(?![\p{L}\d])/u],
  ["g3", /(?<![\p{L}\d])3G(?![\p{L}\d])/u],
  ["g4", /(?<![\p{L}\d])(?:4G|LTE)(?![\p{L}\d])/u],
  ["g5", /(?<![\p{L}\d])5G(?![\p{L}\d])/u],
  [
    "planned",
    cue([
      "будут",
      "будет",
      "планир",
      "план",
      "предусмотр",
      "предстоит",
      "намечен",
      "ожида",
      "построят",
      "установят",
      "проведут",
      "жоспар",
      "салынады",
      "орнатылады",
      "қосылады",
      "тартылады",
      "көзделген",
      "көзделіп",
      "қамтылады",
      "етіледі",
      "жүргізіледі",
      "асырылады",
      "жеткізіледі",
      "қол жеткізеді",
      "дейін",
      "салу",
      "мақсат",
      "цель",
      "целев",
      "запланированн",
      "должен",
      "должны",
      "собира",
      "намерен",
      "довест",
    ]),
  ],
  [
    "done",
    cue([
      "заверш",
      "выполнен",
      "реализован",
      "введен",
      "введён",
      "запущен",
      "построен",
      "аяқтал",
      "орындал",
      "іске қосыл",
      "салынды",
      "салынған",
    ]),
  ],
  [
    "in_progress",
    cue([
      "в процессе",
      "ведутся",
      "ведётся",
      "ведется",
      "прокладыва",
      "в стадии",
      "реализу",
      "стадии реализации",
      "жүргізіл",
      "жатыр",
      "іске асырылу",
      "іске асырылып",
    ]),
  ],
  [
    "ocu",
    cue([
      "ЦОУ",
      "Центр\\p{L}* оперативного управления",
      "Жедел басқару орталығ",
      "ЖБО",
      "орталыққа (?:қосыл|біріктіріл)",
      "к центру",
    ]),
  ],
  ["intelligent", cue(["интеллектуальн", "интеллектуалды", "смарт", "ақылды камера"])],
  ["solved", cue(["раскры", "ашыл"])],
  ["video", cue(["видеонаблюд", "бейнебақылау", "камер", "видеокамер", "бейнекамер", "Сергек"])],
  ["roadmap", cue(["дорожн\\p{L}* карт", "жол карта"])],
  ["strategy", cue(["стратеги"])],
  ["main", cue(["основн", "негізгі"])],
  ["additional", cue(["дополнительн", "қосымша"])],
  ["population", cue(["населени", "халық", "халқ", "жител", "тұрғын"])],
  ["rural", cue(["сельск\\p{L}* населени", "ауыл халқ", "ауыл тұрғын"])],
  ["high_speed", cue(["высокоскоростн", "жоғары жылдамдық"])],
  ["last_mile", cue(["последн\\p{L}* мил", "соңғы миль", "соңғы миля"])],
  ["darabala", cue(["DaraBala"])],
  ["it", cue(["IT", "ИТ(?![\\p{L}])", "айти"])],
  ["hub", cue(["хаб", "hub"])],
  ["since", cue(["с момента", "с открытия", "ашылғаннан", "за всё время", "за все время"])],
  ["territory", cue(["территори", "аумағ", "аумақ"])],
  ["total", cue(["всего", "общ\\p{L}* (?:количеств|числ)", "барлығы", "жалпы", "барлық"])],
  ["decrease", cue(["сниз", "снижен", "сократ", "уменьш", "азай", "төмендеді", "қысқар"])],
  ["increase", cue(["рост", "вырос", "увелич", "өсті", "өсім", "артты", "ұлғай"])],
  ["accident", cue(["ДТП", "аварий", "жол-көлік", "жол апат"])],
];

export function entitiesIn(text: string): Entity[] {
  return ENTITIES.filter(([, re]) => re.test(text)).map(([e]) => e);
}

export function modifiersIn(text: string): Set<Modifier> {
  return new Set(MODIFIERS.filter(([, re]) => re.test(text)).map(([m]) => m));
}

/** Of `group`, the one modifier written nearest to `at` in `text` (before it preferred). */
export function nearestModifier(
  group: readonly Modifier[],
  text: string,
  at: number,
): Modifier | undefined {
  let best: { m: Modifier; distance: number } | undefined;
  for (const [m, re] of MODIFIERS) {
    if (!group.includes(m)) continue;
    for (const match of text.matchAll(new RegExp(re.source, `g${re.flags.replace("g", "")}`))) {
      const distance = match.index < at ? at - match.index : (match.index - at) * 1.5;
      if (!best || distance < best.distance) best = { m, distance };
    }
  }
  return best?.m;
}

/** Russian adjective and participle endings: words a counted noun may follow. */
const ADJECTIVE = /(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ым|им|ыми|ими)$/u;
const WORD = /^[\s\u00a0]*([\p{L}][\p{L}-]*)/u;
const AND_NUMBER = /^[\s\u00a0]*(?:и|және)[\s\u00a0]+\d[\d\s,.]*/u;

/**
 * The counted noun after a number with the adjectives before it ("сельских населенных пунктов",
 * "байланыс мұнарасы"): Russian adjectives are skipped to the noun; a Kazakh noun phrase is
 * taken as its first two words; a verb or preposition right after the number ends it. In
 * "22 основных и 5 дополнительных проектов" the noun after the second number is shared.
 */
export function headWords(after: string): string {
  let rest = after.replace(/^-?\p{L}{0,6}/u, "");
  const words: string[] = [];
  for (let i = 0; i < 5; i++) {
    const shared = AND_NUMBER.exec(rest);
    if (shared && words.length > 0) {
      rest = rest.slice(shared[0].length);
      continue;
    }
    const m = WORD.exec(rest);
    if (!m) break;
    const word = m[1] as string;
    rest = rest.slice(m[0].length);
    words.push(word);
    if (KAZAKH_WORD.test(word) || !/[а-яё]/iu.test(word)) {
      if (words.length >= 2) break;
      continue;
    }
    if (!ADJECTIVE.test(word)) break;
  }
  return words.join(" ");
}

const KAZAKH_WORD = /[әғқңөұүһі]/iu;

/** The entity of the words right after a number ("294 аула", "17 сельских населенных пунктов"). */
export function headEntity(after: string): Entity | undefined {
  return entityNear(headWords(after), 0);
}

/** The entity mentioned nearest to `at` in `text` (after it first, then before). */
export function entityNear(text: string, at: number): Entity | undefined {
  let best: { entity: Entity; distance: number } | undefined;
  for (const [entity, re] of ENTITIES) {
    const g = new RegExp(re.source, "giu");
    for (const m of text.matchAll(g)) {
      const distance = m.index >= at ? m.index - at : (at - m.index) * 1.5;
      if (!best || distance < best.distance) best = { entity, distance };
    }
  }
  return best?.entity;
}

/** English, Russian and Kazakh names of entities and modifiers, for labels of new indicators. */
export const ENTITY_LABELS: Record<Entity, { en: string; ru: string; kk: string; key: string }> = {
  village: { key: "villages", en: "Villages", ru: "Сёла", kk: "Ауылдар" },
  settlement: {
    key: "settlements",
    en: "Settlements",
    ru: "Населённые пункты",
    kk: "Елді мекендер",
  },
  camera: { key: "cameras", en: "Cameras", ru: "Камеры", kk: "Камералар" },
  crime: { key: "crimes", en: "Crimes", ru: "Преступления", kk: "Қылмыстар" },
  station: {
    key: "base_stations",
    en: "Base stations",
    ru: "Базовые станции",
    kk: "Базалық станциялар",
  },
  tower: { key: "towers", en: "Towers", ru: "Вышки связи", kk: "Байланыс мұнаралары" },
  district: { key: "districts", en: "Districts", ru: "Районы", kk: "Аудандар" },
  parent: { key: "parents", en: "Parents", ru: "Родители", kk: "Ата-аналар" },
  child: { key: "children", en: "Children", ru: "Дети", kk: "Балалар" },
  student: { key: "students", en: "Students", ru: "Студенты", kk: "Студенттер" },
  project: { key: "projects", en: "Projects", ru: "Проекты", kk: "Жобалар" },
  initiative: { key: "initiatives", en: "Initiatives", ru: "Инициативы", kk: "Бастамалар" },
  event: { key: "events", en: "Events", ru: "Мероприятия", kk: "Іс-шаралар" },
  participant: { key: "participants", en: "Participants", ru: "Участники", kk: "Қатысушылар" },
  household: { key: "households", en: "Households", ru: "Домохозяйства", kk: "Үй шаруашылықтары" },
  people: { key: "people", en: "People", ru: "Жители", kk: "Тұрғындар" },
  city: { key: "cities", en: "Cities", ru: "Города", kk: "Қалалар" },
  school: { key: "schools", en: "Schools", ru: "Школы", kk: "Мектептер" },
  hospital: {
    key: "health_facilities",
    en: "Health facilities",
    ru: "Медицинские организации",
    kk: "Медициналық ұйымдар",
  },
  road: { key: "roads", en: "Roads", ru: "Дороги", kk: "Жолдар" },
  organization: { key: "organizations", en: "Organizations", ru: "Организации", kk: "Ұйымдар" },
  money: { key: "funding", en: "Funding", ru: "Финансирование", kk: "Қаржыландыру" },
};

export const MODIFIER_LABELS: Partial<
  Record<Modifier, { en: string; ru: string; kk: string; key: string }>
> = {
  internet: { key: "internet", en: "with internet", ru: "с интернетом", kk: "интернеті бар" },
  mobile: { key: "mobile", en: "mobile", ru: "мобильная связь", kk: "мобильді байланыс" },
  satellite: { key: "satellite", en: "satellite", ru: "спутник", kk: "спутник" },
  without: { key: "without", en: "without", ru: "без", kk: "жоқ" },
  fiber: { key: "fiber", en: "fiber", ru: "ВОЛС", kk: "талшықты-оптикалық желі" },
  g4: { key: "4g", en: "4G", ru: "4G", kk: "4G" },
  g5: { key: "5g", en: "5G", ru: "5G", kk: "5G" },
  planned: { key: "planned", en: "planned", ru: "план", kk: "жоспар" },
  done: { key: "done", en: "done", ru: "выполнено", kk: "орындалды" },
  in_progress: { key: "in_progress", en: "in progress", ru: "в работе", kk: "жұмыс барысында" },
  video: { key: "video", en: "video surveillance", ru: "видеонаблюдение", kk: "бейнебақылау" },
};
