// Every text the workbook shows (sheet names, column headers, statuses, About), in en, ru and kk.
// Header names feed structured references, so they must not contain [ ] # or '.
import type { PlanLanguage } from "./plan-types";

export interface Labels {
  sheets: {
    sources: string;
    figures: string;
    coverage: string;
    plans: string;
    conflicts: string;
    relations: string;
    about: string;
  };
  columns: Record<string, string>;
  /** Suffix of the hidden "row hint" column of an id column ("Covered id, row"). */
  rowHint: string;
  status: {
    ok: string;
    edited: string;
    conflict: string;
    noStated: string;
    done: string;
    open: string;
  };
  qualifiers: Record<string, string>;
  about: {
    title: string;
    loadedAt: string;
    sources: string;
    figures: string;
    legend: string;
    edited: string;
    conflict: string;
    stated: string;
    percent: string;
    editing: string;
  };
}

const en: Labels = {
  sheets: {
    sources: "Sources",
    figures: "Figures",
    coverage: "Coverage",
    plans: "Plans",
    conflicts: "Conflicts",
    relations: "Relations",
    about: "About",
  },
  columns: {
    id: "Id",
    title: "Title",
    language: "Language",
    date: "Date",
    region: "Region",
    publisher: "Publisher",
    text: "Text",
    indicator: "Indicator",
    value: "Value",
    unit: "Unit",
    qualifier: "Qualifier",
    asOf: "As of",
    source: "Source",
    quote: "Quote",
    sourceValue: "Source value",
    status: "Status",
    conflicts: "Conflicts",
    reason: "Reason",
    measure: "Measure",
    coveredId: "Covered id",
    covered: "Covered",
    totalId: "Total id",
    total: "Total",
    coverage: "Coverage, %",
    statedId: "Stated id",
    stated: "Stated, %",
    toleranceBelow: "Tolerance below",
    toleranceAbove: "Tolerance above",
    difference: "Difference",
    targetId: "Target id",
    target: "Target, %",
    remaining: "Remaining",
    plannedId: "Planned id",
    planned: "Planned",
    doneId: "Done id",
    done: "Done",
    progress: "Progress, %",
    deadline: "Deadline",
    kind: "Kind",
    severity: "Severity",
    figures: "Figures",
    implied: "Implied",
    message: "Message",
    suggestion: "Suggestion",
  },
  rowHint: "row",
  status: {
    ok: "OK",
    edited: "edited: differs from source",
    conflict: "conflict",
    noStated: "no stated %",
    done: "done",
    open: "in progress",
  },
  qualifiers: {
    exact: "exact",
    more_than: "more than",
    at_least: "at least",
    less_than: "less than",
    at_most: "at most",
    about: "about",
    up_to: "up to",
    range: "range",
  },
  about: {
    title: "Sanaq: figures from news texts",
    loadedAt: "Loaded at",
    sources: "Sources",
    figures: "Figures",
    legend: "How to read the colours",
    edited: "Value edited: it no longer matches the number its quote states (Figures, Value).",
    conflict:
      "Figure involved in a conflict listed on the Conflicts sheet (Figures, Id), or a stated % its own counts cannot give (Coverage, Stated %).",
    stated:
      "Stated %: the percentage the text states; it is OK when it differs from Covered/Total by at most half a unit of its written precision.",
    percent: "Percentages are stored in percent units: 12.2 means 12.2 %.",
    editing:
      "Edit only the Value column on Figures: every derived cell recalculates with Excel formulas, without the add-in.",
  },
};

const ru: Labels = {
  sheets: {
    sources: "Источники",
    figures: "Показатели",
    coverage: "Охват",
    plans: "Планы",
    conflicts: "Расхождения",
    relations: "Связи",
    about: "О книге",
  },
  columns: {
    id: "Код",
    title: "Заголовок",
    language: "Язык",
    date: "Дата",
    region: "Регион",
    publisher: "Издание",
    text: "Текст",
    indicator: "Показатель",
    value: "Значение",
    unit: "Единица",
    qualifier: "Уточнение",
    asOf: "На дату",
    source: "Источник",
    quote: "Цитата",
    sourceValue: "Значение в источнике",
    status: "Статус",
    conflicts: "Расхождения",
    reason: "Причина",
    measure: "Мера",
    coveredId: "Код охваченных",
    covered: "Охвачено",
    totalId: "Код всего",
    total: "Всего",
    coverage: "Охват, %",
    statedId: "Код заявленного",
    stated: "Заявлено, %",
    toleranceBelow: "Допуск вниз",
    toleranceAbove: "Допуск вверх",
    difference: "Разница",
    targetId: "Код цели",
    target: "Цель, %",
    remaining: "Осталось",
    plannedId: "Код плана",
    planned: "План",
    doneId: "Код выполненного",
    done: "Выполнено",
    progress: "Выполнение, %",
    deadline: "Срок",
    kind: "Вид",
    severity: "Важность",
    figures: "Показатели",
    implied: "Следует из данных",
    message: "Сообщение",
    suggestion: "Подсказка",
  },
  rowHint: "строка",
  status: {
    ok: "OK",
    edited: "изменено: не как в источнике",
    conflict: "расхождение",
    noStated: "нет заявленного %",
    done: "выполнено",
    open: "в работе",
  },
  qualifiers: {
    exact: "точно",
    more_than: "более",
    at_least: "не менее",
    less_than: "менее",
    at_most: "не более",
    about: "около",
    up_to: "до",
    range: "диапазон",
  },
  about: {
    title: "Sanaq: показатели из новостных текстов",
    loadedAt: "Загружено",
    sources: "Источники",
    figures: "Показатели",
    legend: "Что означают цвета",
    edited: "Значение изменено: оно больше не совпадает с числом в цитате (Показатели, Значение).",
    conflict:
      "Показатель участвует в расхождении с листа «Расхождения» (Показатели, Код), или заявленный % не следует из своих же чисел (Охват, Заявлено, %).",
    stated:
      "Заявлено, %: процент из текста; он верен, если отличается от Охвачено/Всего не более чем на половину единицы записанной точности.",
    percent: "Проценты хранятся в процентных единицах: 12.2 означает 12,2 %.",
    editing:
      "Меняйте только столбец «Значение» на листе «Показатели»: все производные ячейки пересчитываются формулами Excel без надстройки.",
  },
};

const kk: Labels = {
  sheets: {
    sources: "Дереккөздер",
    figures: "Көрсеткіштер",
    coverage: "Қамту",
    plans: "Жоспарлар",
    conflicts: "Қайшылықтар",
    relations: "Байланыстар",
    about: "Кітап туралы",
  },
  columns: {
    id: "Код",
    title: "Тақырып",
    language: "Тіл",
    date: "Күні",
    region: "Өңір",
    publisher: "Басылым",
    text: "Мәтін",
    indicator: "Көрсеткіш",
    value: "Мәні",
    unit: "Бірлік",
    qualifier: "Нақтылау",
    asOf: "Күнге",
    source: "Дереккөз",
    quote: "Дәйексөз",
    sourceValue: "Дереккөздегі мәні",
    status: "Күйі",
    conflicts: "Қайшылықтар",
    reason: "Себебі",
    measure: "Өлшем",
    coveredId: "Қамтылған коды",
    covered: "Қамтылған",
    totalId: "Барлығы коды",
    total: "Барлығы",
    coverage: "Қамту, %",
    statedId: "Мәлімделген коды",
    stated: "Мәлімделген, %",
    toleranceBelow: "Төмен рұқсат",
    toleranceAbove: "Жоғары рұқсат",
    difference: "Айырма",
    targetId: "Мақсат коды",
    target: "Мақсат, %",
    remaining: "Қалды",
    plannedId: "Жоспар коды",
    planned: "Жоспар",
    doneId: "Орындалған коды",
    done: "Орындалды",
    progress: "Орындалуы, %",
    deadline: "Мерзімі",
    kind: "Түрі",
    severity: "Маңызы",
    figures: "Көрсеткіштер",
    implied: "Деректерден шығатыны",
    message: "Хабар",
    suggestion: "Ұсыныс",
  },
  rowHint: "жол",
  status: {
    ok: "OK",
    edited: "өзгертілген: дереккөздегідей емес",
    conflict: "қайшылық",
    noStated: "мәлімделген % жоқ",
    done: "орындалды",
    open: "орындалуда",
  },
  qualifiers: {
    exact: "дәл",
    more_than: "астам",
    at_least: "кемінде",
    less_than: "кем",
    at_most: "аспайды",
    about: "шамамен",
    up_to: "дейін",
    range: "аралық",
  },
  about: {
    title: "Sanaq: жаңалық мәтіндеріндегі көрсеткіштер",
    loadedAt: "Жүктелген уақыты",
    sources: "Дереккөздер",
    figures: "Көрсеткіштер",
    legend: "Түстердің мағынасы",
    edited: "Мән өзгертілген: ол дәйексөздегі санға енді сәйкес келмейді (Көрсеткіштер, Мәні).",
    conflict:
      "Көрсеткіш «Қайшылықтар» парағындағы қайшылыққа қатысады (Көрсеткіштер, Код), немесе мәлімделген % өз сандарынан шықпайды (Қамту, Мәлімделген, %).",
    stated:
      "Мәлімделген, %: мәтіндегі пайыз; ол Қамтылған/Барлығы мәнінен жазылған дәлдіктің жарты бірлігінен артық айырмашылықта болмаса, дұрыс.",
    percent: "Пайыздар пайыз бірлігінде сақталады: 12.2 дегеніміз 12,2 %.",
    editing:
      "«Көрсеткіштер» парағында тек «Мәні» бағанын өзгертіңіз: барлық туынды ұяшықтар Excel формулаларымен қондырмасыз қайта есептеледі.",
  },
};

const all: Record<PlanLanguage, Labels> = { en, ru, kk };

export function labelsFor(language: PlanLanguage): Labels {
  return all[language];
}

/** A column header by key; throws on a key missing from the catalog (a programming error). */
export function columnName(labels: Labels, key: string): string {
  const name = labels.columns[key];
  if (name === undefined) throw new Error(`workbook labels: no column header for key "${key}"`);
  return name;
}
