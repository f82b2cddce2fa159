// A new, uncurated text → the rows a curated source has: its sources.csv row, one figure per
// quantity (region, indicator and as-of proposed from the words around the number, the
// sentence as verbatim quote), a skipped row for every other number (years, dates, 4G, order
// numbers...), relations from the statements check-text finds, and new indicators for measures
// indicators.csv does not have. Pure: the CLI writes the rows, the pane keeps them in the workbook.
import { findStatements, sentencesOf, type Sentence } from "../checks/find-statements";
import { proposeIndicator } from "../indicators/propose-indicator";
import { guessLanguage } from "../load/guess-language";
import { findAll } from "../load/normalize-space";
import type { Indicator } from "../load/types";
import { KAZAKH_ONLY } from "../numbers/chars";
import { readNumbers } from "../numbers/read-numbers";
import { findPlaces, regionAt, textRegion } from "../regions/find-places";
import type { Figure, Kind, Language, Mention, Messages, Relation, Source } from "../types";
import { asOfFor } from "./as-of";

const QUANTITY_KINDS: readonly Kind[] = ["count", "percent", "money", "length", "area"];

/** A figure as proposed, with what the planner should confirm. */
export interface ProposedFigure extends Figure {
  proposal: {
    regionFrom: "sentence" | "text" | "given";
    /** Other regions the sentence (or text) names: confirm the region. */
    regionAlternatives: string[];
    indicatorConfidence: number;
    /** The indicator is a new one (in `indicators` of the proposal). */
    newIndicator: boolean;
    /** The number's place in the text. */
    mention: Pick<Mention, "text" | "start" | "end">;
  };
}

export interface SkippedRow {
  source: string;
  text: string;
  occurrence: number;
  reason: string;
}

export interface SourceProposal {
  source: Source;
  figures: ProposedFigure[];
  skipped: SkippedRow[];
  relations: Relation[];
  /** Indicators the text needs that indicators.csv does not have. */
  indicators: Indicator[];
}

export interface Existing {
  sources: readonly Pick<Source, "id" | "file">[];
  figures: readonly Pick<Figure, "id">[];
  relations: readonly Pick<Relation, "id">[];
  indicators: readonly Indicator[];
}

export interface ProposeInput {
  text: string;
  /** File name the text is kept under (sources.csv `file`). */
  file: string;
  existing: Existing;
  /** The planner's region for the whole text, when the text names none (or names it wrongly). */
  region?: string;
  publisher?: string;
}

export type ProposeResult =
  | { ok: true; proposal: SourceProposal }
  | { ok: false; reason: "empty" | "no-numbers" | "no-region"; message: Messages };

const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})\s*/;

const SKIP_REASONS: Record<string, string> = {
  year: "a year or period: the as_of of figures, not a quantity",
  date: "a date (publication or event), not a quantity",
  identifier: "an identifier (order, law or phone number), not a quantity",
  technology: "a technology name (2G–5G), not a quantity",
  age: "an age, not a quantity of the region",
  other: "a duration, grade, ordinal or speed: not a quantity the workbook tracks",
};

export function proposeSource(input: ProposeInput): ProposeResult {
  const { text } = input;
  if (text.trim() === "") {
    return fail("empty", {
      en: "The text is empty: paste a news text or pick a .txt file.",
      ru: "Текст пуст: вставьте текст новости или выберите файл .txt.",
      kk: "Мәтін бос: жаңалық мәтінін қойыңыз немесе .txt файлын таңдаңыз.",
    });
  }
  const mentions = readNumbers(text);
  const quantities = mentions.filter((m) => QUANTITY_KINDS.includes(m.kind));
  if (quantities.length === 0) {
    return fail("no-numbers", {
      en: `The text has no quantities to add (numbers found: ${mentions.length}, none a count, percentage, sum or length).`,
      ru: `В тексте нет величин для добавления (чисел найдено: ${mentions.length}, ни одного количества, процента, суммы или длины).`,
      kk: `Мәтінде қосатын шама жоқ (табылған сандар: ${mentions.length}, олардың ішінде сан, пайыз, сома не ұзындық жоқ).`,
    });
  }
  const places = findPlaces(text);
  const given = input.region?.trim() ? input.region.trim() : undefined;
  const whole = given
    ? { region: given, from: "text" as const, alternatives: [] }
    : textRegion(text, places);
  if (!whole) {
    return fail("no-region", {
      en: "No region found: the text names no region, city or the country. Choose the region of the text.",
      ru: "Регион не найден: в тексте не названы ни область, ни город, ни страна. Укажите регион текста.",
      kk: "Өңір табылмады: мәтінде облыс, қала не ел аталмаған. Мәтіннің өңірін таңдаңыз.",
    });
  }

  const published = DATE_LINE.exec(text)?.[1] ?? "";
  const language: Language = guessLanguage(text) ?? (KAZAKH_ONLY.test(text) ? "kk" : "ru");
  const firstLine = (text.split("\n")[0] ?? "").replace(DATE_LINE, "").trim();
  const sourceId = uniqueId(
    `${slug(whole.region)}-${language}`,
    new Set(input.existing.sources.map((s) => s.id)),
    "-",
  );
  const source: Source = {
    id: sourceId,
    file: input.file,
    title: firstLine.length > 0 ? firstLine.slice(0, 300) : input.file,
    language,
    published,
    region: whole.region,
    publisher: input.publisher ?? "",
    text,
  };

  const sentences = sentencesOf(text, mentions);
  const taken = new Set(input.existing.figures.map((f) => f.id));
  const known = [...input.existing.indicators];
  const newIndicators = new Map<string, Indicator>();
  const figures: ProposedFigure[] = [];
  const skipped: SkippedRow[] = [];
  const figureAt = new Map<number, string>();

  sentences.forEach((sentence, k) => {
    const quote = text.slice(sentence.start, sentence.end).trim();
    for (const m of sentence.mentions) {
      if (!QUANTITY_KINDS.includes(m.kind)) {
        skipped.push(skipRow(text, sourceId, m, SKIP_REASONS[m.kind] ?? SKIP_REASONS.other!));
        continue;
      }
      const regionGuess = given
        ? { region: given, from: "given" as const, alternatives: [] }
        : (regionAt(places, sentence, m.start, whole, text) ?? whole);
      const proposal = proposeIndicator({
        text,
        mention: m,
        sentence,
        previous: previousWithText(sentences, k),
        indicators: [...known, ...newIndicators.values()],
        language,
      });
      if (!proposal.known && proposal.indicator && !newIndicators.has(proposal.key)) {
        newIndicators.set(proposal.key, proposal.indicator);
      }
      const asOf = asOfFor(sentence.mentions, m, published, quote);
      const id = uniqueId(
        `${sourceId}.${proposal.key}${asOf === "" ? "" : `.${asOf}`}`,
        taken,
        ".",
      );
      taken.add(id);
      figureAt.set(m.start, id);
      const figure: ProposedFigure = {
        id,
        source: sourceId,
        region: regionGuess.region,
        indicator: proposal.key,
        value: m.value,
        unit: m.unit === "person" ? "" : m.unit,
        qualifier: m.qualifier,
        asOf,
        quote,
        proposal: {
          regionFrom: regionGuess.from,
          regionAlternatives: regionGuess.alternatives,
          indicatorConfidence: proposal.confidence,
          newIndicator: !proposal.known,
          mention: { text: m.text, start: m.start, end: m.end },
        },
      };
      if (m.upper !== undefined) figure.upper = m.upper;
      figures.push(figure);
    }
  });

  const relations = [
    ...statementRelations(text, sourceId, figureAt),
    ...targetRelations(sourceId, figures),
  ];
  const used = new Set(input.existing.relations.map((r) => r.id));
  for (const r of relations) {
    r.id = uniqueId(r.id, used, ".");
    used.add(r.id);
  }
  return {
    ok: true,
    proposal: { source, figures, skipped, relations, indicators: [...newIndicators.values()] },
  };
}

function fail(reason: "empty" | "no-numbers" | "no-region", message: Messages): ProposeResult {
  return { ok: false, reason, message };
}

function previousWithText(sentences: Sentence[], k: number): Sentence | undefined {
  return k > 0 ? sentences[k - 1] : undefined;
}

/** The skipped row of a number: its text and which occurrence of that text it is. */
export function skipRow(
  text: string,
  source: string,
  m: Pick<Mention, "text" | "start" | "end">,
  reason: string,
): SkippedRow {
  const spans = findAll(text, m.text);
  const index = spans.findIndex(([a, b]) => a <= m.start && m.end <= b);
  return { source, text: m.text.trim(), occurrence: Math.max(1, index + 1), reason };
}

/** Relations of the statements check-text finds, with the figure ids of this proposal. */
function statementRelations(
  text: string,
  sourceId: string,
  figureAt: Map<number, string>,
): Relation[] {
  const found = findStatements(text, "t");
  const offsetOf = new Map(found.figures.map((f) => [f.id, Number(f.id.slice("t.n".length))]));
  const relations: Relation[] = [];
  for (const r of found.relations) {
    const roles: Record<string, string[]> = {};
    let complete = true;
    for (const [role, ids] of Object.entries(r.roles)) {
      roles[role] = ids.map((id) => {
        const mapped = figureAt.get(offsetOf.get(id) ?? -1);
        if (mapped === undefined) complete = false;
        return mapped ?? "";
      });
    }
    if (!complete) continue;
    const label = r.label.replace(/\s+/g, " ").trim();
    relations.push({
      ...r,
      id: `${sourceId}.${r.id}`,
      roles,
      label: label === "" ? r.type : label.slice(0, 200),
    });
  }
  return relations;
}

/** A plan and its completion in one text ("X.planned" and "X.done") make a target relation. */
function targetRelations(sourceId: string, figures: ProposedFigure[]): Relation[] {
  const relations: Relation[] = [];
  for (const planned of figures) {
    if (!planned.indicator.endsWith(".planned")) continue;
    const base = planned.indicator.slice(0, -".planned".length);
    const done = figures.find((f) => f.indicator === `${base}.done` && f.region === planned.region);
    if (!done) continue;
    relations.push({
      id: `${sourceId}.progress.${base}`,
      type: "target",
      label: `${base}: done of planned`,
      roles: { planned: [planned.id], done: [done.id] },
    });
  }
  return relations;
}

function slug(region: string): string {
  const s = region
    .replace(/ region$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return s === "" ? "source" : s;
}

function uniqueId(base: string, taken: ReadonlySet<string>, sep: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${sep}${n}`)) return `${base}${sep}${n}`;
}
