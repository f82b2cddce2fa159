// Every text the workbook shows, in en, ru and kk: the words it shares with the pane (sheet
// names, column headers, statuses, kinds) come from src/terms; the About texts are its own and
// name those sheets and columns through the same terms.
// Header names feed structured references, so they must not contain [ ] # or '.
import { placeName } from "../domain/regions/gazetteer";
import { termsFor, type Terms } from "../terms/index";
import type { PlanLanguage } from "./plan-types";

export interface Labels {
  language: PlanLanguage;
  sheets: Terms["sheets"];
  columns: Record<string, string>;
  /** Suffix of the hidden "row hint" column of an id column ("Covered id, row"). */
  rowHint: string;
  status: Terms["statuses"];
  qualifiers: Record<string, string>;
  /** Everything shared with the pane and the messages: kinds, severities, roles, units... */
  terms: Terms;
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

function labels(
  language: PlanLanguage,
  rowHint: string,
  about: (t: Terms) => Labels["about"],
): Labels {
  const terms = termsFor(language);
  return {
    language,
    sheets: terms.sheets,
    columns: terms.columns,
    rowHint,
    status: terms.statuses,
    qualifiers: terms.qualifiers,
    terms,
    about: about(terms),
  };
}

const en = labels("en", "row", ({ sheets: s, columns: c, statuses }) => ({
  title: "Sanaq: figures from news texts",
  loadedAt: "Loaded at",
  sources: s.sources,
  figures: s.figures,
  legend: "How to read the colours",
  edited: `Value edited: it no longer matches the number its quote states (${s.figures}, ${c.value}).`,
  conflict: `Figure involved in a conflict listed on the ${s.conflicts} sheet (${s.figures}, ${c.id}), or a stated % its own counts cannot give (${s.coverage}, ${c.stated}).`,
  stated: `${c.stated}: the percentage the text states; it is ${statuses.ok} when it differs from ${c.covered}/${c.total} by at most half a unit of its written precision.`,
  percent: "Percentages are stored in percent units: 12.2 means 12.2%, not 0.122.",
  editing: `Edit only the ${c.value} column on ${s.figures}: every derived cell recalculates with Excel formulas, without the add-in.`,
}));

const ru = labels("ru", "строка", ({ sheets: s, columns: c, statuses }) => ({
  title: "Sanaq: показатели из новостных текстов",
  loadedAt: "Загружено",
  sources: s.sources,
  figures: s.figures,
  legend: "Что означают цвета",
  edited: `Значение изменено: оно больше не совпадает с числом в цитате (лист «${s.figures}», столбец «${c.value}»).`,
  conflict: `Показатель участвует в расхождении с листа «${s.conflicts}» (лист «${s.figures}», столбец «${c.id}»), или заявленный процент не следует из своих же чисел (лист «${s.coverage}», столбец «${c.stated}»).`,
  stated: `«${c.stated}»: процент, указанный в тексте; статус «${statuses.ok}», если он отличается от отношения «${c.covered}» к «${c.total}» не более чем на половину последнего записанного разряда.`,
  percent: "Проценты хранятся в процентных единицах: 12,2 означает 12,2%, а не 0,122.",
  editing: `Меняйте только столбец «${c.value}» на листе «${s.figures}»: все производные ячейки пересчитываются формулами Excel без надстройки.`,
}));

const kk = labels("kk", "жол", ({ sheets: s, columns: c, statuses }) => ({
  title: "Sanaq: жаңалық мәтіндеріндегі көрсеткіштер",
  loadedAt: "Жүктелген уақыты",
  sources: s.sources,
  figures: s.figures,
  legend: "Түстердің мағынасы",
  edited: `Мән өзгертілген: ол дәйексөздегі санға енді сәйкес келмейді («${s.figures}» парағы, «${c.value}» бағаны).`,
  conflict: `Көрсеткіш «${s.conflicts}» парағындағы сәйкессіздікке қатысады («${s.figures}» парағы, «${c.id}» бағаны), немесе мәлімделген пайыз өз сандарынан шықпайды («${s.coverage}» парағы, «${c.stated}» бағаны).`,
  stated: `«${c.stated}»: мәтінде көрсетілген пайыз; ол «${c.covered}» мен «${c.total}» қатынасынан жазылған соңғы разрядтың жартысынан артық ауытқымаса, күйі — «${statuses.ok}».`,
  percent: "Пайыздар пайыз бірлігінде сақталады: 12,2 дегеніміз 0,122 емес, 12,2%.",
  editing: `«${s.figures}» парағында тек «${c.value}» бағанын өзгертіңіз: барлық туынды ұяшықтар Excel формулаларымен қондырмасыз қайта есептеледі.`,
}));

const all: Record<PlanLanguage, Labels> = { en, ru, kk };

export function labelsFor(language: PlanLanguage): Labels {
  return all[language];
}

/** A place as the workbook's language names it ("Актюбинская область" for "Aktobe region"). */
export function placeIn(labels: Labels, key: string): string {
  return placeName(key, labels.language);
}

/** A column header by key; throws on a key missing from the catalog (a programming error). */
export function columnName(labels: Labels, key: string): string {
  const name = labels.columns[key];
  if (name === undefined) throw new Error(`workbook labels: no column header for key "${key}"`);
  return name;
}
