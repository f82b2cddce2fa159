// Proposes the indicator of a figure from the words around its number: the counted noun
// (the entity), the words of its clause and sentence (internet, fiber, 4G, planned...), matched
// against rules for the keys of seeds/indicators.csv. A measure no rule knows is offered as a
// new indicator with a key and labels built from the same words.
import type { Indicator } from "../load/types";
import type { Mention, Messages } from "../types";
import {
  ENTITIES,
  ENTITY_LABELS,
  MODIFIER_LABELS,
  entityNear,
  headEntity,
  headWords,
  nearestModifier,
  modifiersIn,
  type Entity,
  type Modifier,
} from "./cues";

export interface IndicatorProposal {
  key: string;
  /** 0..1: how sure the words make us. */
  confidence: number;
  /** False for a new indicator, which `indicator` then describes. */
  known: boolean;
  indicator?: Indicator;
}

interface Rule {
  key: string;
  entities: readonly Entity[];
  need: readonly Modifier[];
  /** Modifiers that rule it out. */
  not?: readonly Modifier[];
  /** Only for this mention kind (default: count, with ".pct" for a percentage). */
  kind?: Mention["kind"];
}

const VILLAGE: Entity[] = ["village", "settlement"];
const TECH: Modifier[] = ["fiber", "g2", "g3", "g4", "g5"];

const RULES: Rule[] = [
  {
    key: "villages.fiber.planned",
    entities: VILLAGE,
    need: ["fiber", "planned"],
    not: ["without"],
  },
  {
    key: "villages.fiber.planned",
    entities: VILLAGE,
    need: ["high_speed", "planned"],
    not: ["without", ...TECH],
  },
  { key: "settlements.fiber.in_progress", entities: VILLAGE, need: ["fiber", "in_progress"] },
  { key: "settlements.no_fiber", entities: VILLAGE, need: ["fiber", "without"] },
  { key: "settlements.fiber", entities: VILLAGE, need: ["fiber"] },
  { key: "settlements.4g.planned", entities: VILLAGE, need: ["g4", "planned"] },
  { key: "settlements.4g.done", entities: VILLAGE, need: ["g4", "done"] },
  { key: "settlements.4g", entities: VILLAGE, need: ["g4"] },
  { key: "settlements.3g", entities: VILLAGE, need: ["g3"], not: ["g4"] },
  { key: "settlements.2g", entities: VILLAGE, need: ["g2"], not: ["g3", "g4"] },
  { key: "villages.no_internet", entities: VILLAGE, need: ["without"], not: TECH },
  { key: "villages.internet.satellite", entities: VILLAGE, need: ["satellite"], not: TECH },
  { key: "villages.internet.mobile", entities: VILLAGE, need: ["mobile"], not: TECH },
  { key: "villages.internet", entities: VILLAGE, need: ["internet"], not: TECH },
  { key: "villages.total", entities: ["village"], need: [] },
  { key: "settlements.total", entities: ["settlement"], need: [] },
  { key: "cameras.ocu_connected", entities: ["camera"], need: ["ocu"] },
  { key: "cameras.intelligent", entities: ["camera"], need: ["intelligent"] },
  { key: "cameras.installed", entities: ["camera"], need: [] },
  {
    key: "crimes.solved_by_cameras.change.pct",
    entities: ["crime"],
    need: ["increase"],
    kind: "percent",
  },
  { key: "crimes.solved_by_cameras", entities: ["crime"], need: ["video"] },
  { key: "crimes.solved_by_cameras", entities: ["crime"], need: ["solved"] },
  {
    key: "road_deaths.decrease.pct",
    entities: ["people", "road"],
    need: ["accident"],
    kind: "percent",
  },
  { key: "base_stations.5g.planned", entities: ["station"], need: ["g5", "planned"] },
  { key: "base_stations.5g", entities: ["station"], need: ["g5"] },
  { key: "towers.roads.planned", entities: ["tower"], need: [] },
  { key: "districts.towers", entities: ["district"], need: ["planned"] },
  { key: "darabala.parents", entities: ["parent"], need: ["darabala"] },
  { key: "darabala.children", entities: ["child"], need: ["darabala"] },
  { key: "it_park.students_per_year", entities: ["student"], need: ["it"] },
  { key: "it_park.area", entities: [], need: ["it"], kind: "area" },
  {
    key: "rural_population.internet.pct",
    entities: ["people", "village"],
    need: ["rural"],
    kind: "percent",
  },
  { key: "population.hsi.target.pct", entities: ["people"], need: ["high_speed"], kind: "percent" },
  { key: "households.last_mile.planned", entities: ["household"], need: ["last_mile"] },
  { key: "population.last_mile.planned", entities: ["people"], need: ["last_mile"] },
  { key: "roads.mobile.planned_km", entities: ["road"], need: ["mobile"], kind: "length" },
  {
    key: "cities.5g.territory.target.pct",
    entities: ["city"],
    need: ["g5", "territory"],
    kind: "percent",
  },
  { key: "cities.5g", entities: ["city"], need: ["g5"] },
  { key: "roadmap.projects.main.done", entities: ["project"], need: ["roadmap", "main", "done"] },
  {
    key: "roadmap.projects.main.in_progress",
    entities: ["project"],
    need: ["roadmap", "main", "in_progress"],
  },
  {
    key: "roadmap.projects.additional.done",
    entities: ["project"],
    need: ["roadmap", "additional", "done"],
  },
  {
    key: "roadmap.projects.additional.in_progress",
    entities: ["project"],
    need: ["roadmap", "additional", "in_progress"],
  },
  { key: "roadmap.projects.main", entities: ["project"], need: ["roadmap", "main"] },
  { key: "roadmap.projects.additional", entities: ["project"], need: ["roadmap", "additional"] },
  { key: "strategy.projects.main", entities: ["project"], need: ["strategy", "main"] },
  { key: "strategy.projects.additional", entities: ["project"], need: ["strategy", "additional"] },
  { key: "strategy.initiatives.districts", entities: ["initiative"], need: ["strategy"] },
  { key: "hub.events.since_opening", entities: ["event"], need: ["hub", "since"] },
  { key: "hub.participants.since_opening", entities: ["participant"], need: ["hub"] },
  { key: "hub.events", entities: ["event"], need: ["hub"] },
];

/** Topic words that hold for a paragraph ("DaraBala", "IT-парк", "дорожная карта"). */
const TOPICS: readonly Modifier[] = [
  "darabala",
  "it",
  "hub",
  "roadmap",
  "strategy",
  "last_mile",
  "video",
];
/** Words of a number's own clause, else its sentence's: each number has its own status. */
const STATUS: readonly Modifier[] = ["planned", "done", "in_progress"];
/** How things are connected: the clause's, else the sentence's, else the sentence before's. */
const TECH_WORDS: readonly Modifier[] = [...TECH, "mobile", "satellite", "internet"];
/** Words of one clause only: in a neighbour clause they describe other numbers. */
const CLAUSE_ONLY: readonly Modifier[] = ["without", "ocu", "intelligent"];
/** Said of the counted noun itself: "22 основных и 5 дополнительных проектов". */
const HEAD_ONLY: readonly Modifier[] = ["main", "additional"];

// A relative clause (", где до сих пор нет интернета") still describes its number.
const CLAUSE_END = /(?:,(?!\d)|[;:])(?!\s*(?:где|в которых|которые|которых|онда)\s)|\sа\s|\sал\s/gu;
/** A count that is the base of a share ("из 353 …", "353 елді мекеннің 259-ы"): all of them. */
/** "329 видеокамер: из них 72 …": the count before such a marker is the whole of the parts. */
const PARTS_FOLLOW =
  /^[^.,;:\d]{0,60}[,:]\s*(?:из них|из которых|в том числе|в их числе|оның ішінде|олардың ішінде)/iu;
const PART_MARKER =
  /(?:из них|из которых|в том числе|в их числе|оның ішінде|олардың ішінде|олардың|оның)(?![\p{L}])/iu;
const PART_AFTER = /^\s*(?:из них|из которых)(?![\p{L}])/iu;
const WHOLE_BEFORE = /(?:^|[\s(])(?:из|изо)\s+$/iu;
const WHOLE_AFTER =
  /^(?:-?\p{L}*(?:ның|нің|дың|дің|тың|тің)|(?:\s+[\p{L}-]+){0,2}\s+[\p{L}-]*(?:ның|нің|дың|дің|тың|тің))(?![\p{L}])/u;

export interface IndicatorInput {
  text: string;
  mention: Mention;
  sentence: { start: number; end: number };
  /** The sentence before, for "Оның 24-і …" whose noun is there. */
  previous?: { start: number; end: number };
  indicators: readonly Indicator[];
  language: "ru" | "kk";
}

function clauseOf(sentence: string, at: number, end: number): { text: string; start: number } {
  let start = 0;
  let stop = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    const i = m.index;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i >= end) {
      stop = i;
      break;
    }
  }
  return { text: sentence.slice(start, stop), start };
}

export function proposeIndicator(input: IndicatorInput): IndicatorProposal {
  const { text, mention, sentence } = input;
  const s = text.slice(sentence.start, sentence.end);
  const at = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  const { text: clause, start: clauseStart } = clauseOf(s, at, end);
  const prev = input.previous ? text.slice(input.previous.start, input.previous.end) : "";
  const paragraphStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const paragraph = text.slice(paragraphStart, sentence.start);
  const head = headWords(s.slice(end, end + 80));

  // What is counted: the noun after the number, else the nearest in its sentence, the one before.
  let entity = headEntity(s.slice(end, end + 80));
  let confidence = 0.85;
  // A part ("из них 72 …", "Олардың 176-сы …") counts what its whole counts.
  const marker = PART_MARKER.exec(s.slice(0, at));
  const isPart = marker !== null || PART_AFTER.test(s.slice(end, end + 20));
  if (!entity && isPart) {
    const before = marker ? s.slice(0, marker.index) : s.slice(0, at);
    entity = wholeEntity(before) ?? wholeEntity(prev);
    confidence = 0.7;
  }
  if (!entity) {
    entity = entityNear(s, at);
    confidence = 0.65;
  }
  if (!entity) {
    entity = entityNear(prev, prev.length);
    confidence = 0.5;
  }
  const inClause = modifiersIn(clause);
  const inSentence = modifiersIn(s);
  const mods = new Set<Modifier>();
  const take = (group: readonly Modifier[], ...sources: Set<Modifier>[]) => {
    for (const source of sources) {
      const found = group.filter((m) => source.has(m));
      if (found.length > 0) {
        for (const m of found) mods.add(m);
        return;
      }
    }
  };
  // One status per number: the word nearest to it ("завершило работы в 47 из 51 запланированного").
  const status =
    nearestModifier(STATUS, clause, at - clauseStart) ?? nearestModifier(STATUS, s, at);
  if (status) mods.add(status);
  const inPrevious = modifiersIn(prev);
  take(TECH, inClause, inSentence, inPrevious);
  take(["mobile", "satellite", "internet"], inClause, inSentence, inPrevious);
  const kind =
    nearestModifier(HEAD_ONLY, head, 0) ?? nearestModifier(HEAD_ONLY, s.slice(0, end), at);
  if (kind) mods.add(kind);
  for (const m of CLAUSE_ONLY) if (inClause.has(m)) mods.add(m);
  // A part shares how its whole is described ("без интернета … 35 из 368 сел: 16 из них …").
  if (isPart) for (const m of modifiersIn(s.slice(0, at))) if (CLAUSE_ONLY.includes(m)) mods.add(m);
  const grouped = new Set<Modifier>([...STATUS, ...TECH_WORDS, ...HEAD_ONLY, ...CLAUSE_ONLY]);
  for (const m of inSentence) if (!grouped.has(m)) mods.add(m);
  const topics = modifiersIn(paragraph);
  for (const m of TOPICS) if (topics.has(m)) mods.add(m);
  // The base of a share counts all of them, whatever the parts are ("из 353 … 43 — 2G").
  const isWhole =
    mention.kind === "count" &&
    (WHOLE_BEFORE.test(s.slice(0, at)) ||
      WHOLE_AFTER.test(s.slice(end, end + 40)) ||
      PARTS_FOLLOW.test(s.slice(end, end + 80)) ||
      mods.has("total"));
  if (isWhole) {
    // A whole is described by the words before it and its own noun phrase, not its parts'.
    const own = modifiersIn(`${clause.slice(0, at - clauseStart)} ${head}`);
    for (const m of [...TECH_WORDS, ...CLAUSE_ONLY, ...STATUS] as Modifier[])
      if (!own.has(m)) mods.delete(m);
  }
  if (!entity && mention.kind !== "area" && mention.kind !== "length") {
    return newIndicator(input, undefined, mods, 0.2);
  }

  const known = new Map(input.indicators.map((i) => [i.key, i]));
  for (const rule of RULES) {
    if (rule.entities.length > 0 && (!entity || !rule.entities.includes(entity))) continue;
    if (!rule.need.every((m) => mods.has(m))) continue;
    if (rule.not?.some((m) => mods.has(m))) continue;
    const key = keyFor(rule, mention, known);
    if (key === undefined) continue;
    const clauseHits = rule.need.filter((m) => inClause.has(m)).length;
    const sure = Math.min(0.95, confidence + 0.05 * clauseHits);
    const indicator = known.get(key) as Indicator;
    // A plan of a measure that states what is ("планируется подключить 800"): its own indicator,
    // so a plan is never compared with what was done.
    if (inClause.has("planned") && !rule.need.includes("planned") && !/planned|target/.test(key)) {
      return planOf(indicator, input, sure, known);
    }
    return { key, confidence: round(sure), known: true, indicator };
  }
  return newIndicator(input, entity, mods, 0.3);
}

/** What the last count of `text` counts: the whole a following "из них …" splits. */
function wholeEntity(text: string): Entity | undefined {
  const counts = [...text.matchAll(/\d(?:[\d\s\u00a0,.]*\d)?(?:-\p{L}+)?/gu)];
  for (let i = counts.length - 1; i >= 0; i--) {
    const m = counts[i] as RegExpMatchArray;
    const entity = headEntity(text.slice((m.index ?? 0) + m[0].length));
    if (entity) return entity;
  }
  return entityNear(text, text.length);
}

/** The planned twin of a known indicator ("cameras.ocu_connected.planned"). */
function planOf(
  base: Indicator,
  input: IndicatorInput,
  confidence: number,
  known: Map<string, Indicator>,
): IndicatorProposal {
  const key = `${base.key}.planned`;
  const existing = known.get(key);
  if (existing) return { key, confidence: round(confidence), known: true, indicator: existing };
  const quote = input.text.slice(input.mention.start, input.mention.end + 40).replace(/\s+/g, " ");
  return {
    key,
    confidence: round(Math.min(confidence, 0.55)),
    known: false,
    indicator: {
      ...base,
      key,
      label: {
        en: `${base.label.en} (plan)`,
        ru: `${base.label.ru} (план)`,
        kk: `${base.label.kk} (жоспар)`,
      },
      description: `Planned: ${base.description} Proposed from the text: "${quote.trim()}…"`,
    },
  };
}

/** The rule's key for this mention: its ".pct" twin for a percentage, if indicators.csv has it. */
function keyFor(rule: Rule, mention: Mention, known: Map<string, Indicator>): string | undefined {
  const unitOk = (key: string) => {
    const i = known.get(key);
    return (
      i !== undefined && (i.unit === mention.unit || (i.unit === "" && mention.kind === "count"))
    );
  };
  if (rule.kind !== undefined) {
    if (rule.kind !== mention.kind) return undefined;
    return unitOk(rule.key) ? rule.key : undefined;
  }
  if (mention.kind === "percent") return unitOk(`${rule.key}.pct`) ? `${rule.key}.pct` : undefined;
  if (mention.kind !== "count") return undefined;
  return unitOk(rule.key) ? rule.key : undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

function newIndicator(
  input: IndicatorInput,
  entity: Entity | undefined,
  mods: Set<Modifier>,
  confidence: number,
): IndicatorProposal {
  const { mention } = input;
  const base = entity
    ? ENTITY_LABELS[entity]
    : { key: unitKey(mention), en: "Measure", ru: "Показатель", kk: "Көрсеткіш" };
  // In one fixed order, so one measure gets one key whatever the word order of the text.
  const parts = (Object.keys(MODIFIER_LABELS) as Modifier[])
    .filter((m) => mods.has(m))
    .map((m) => MODIFIER_LABELS[m])
    .filter((l) => l !== undefined);
  const pct = mention.kind === "percent";
  const key = [base.key, ...parts.map((p) => p.key), ...(pct ? ["pct"] : [])].join(".");
  const label = (lang: keyof Messages) =>
    [
      pct ? { en: "Share", ru: "Доля", kk: "Үлесі" }[lang] : "",
      base[lang],
      ...parts.map((p) => p[lang]),
    ]
      .filter((w) => w !== "")
      .join(" · ");
  const kind =
    (["count", "percent", "money", "length", "area"] as const).find((k) => k === mention.kind) ??
    "count";
  const quote = input.text.slice(mention.start, Math.min(input.text.length, mention.end + 40));
  return {
    key,
    confidence,
    known: false,
    indicator: {
      key,
      unit: mention.unit === "person" ? "" : mention.unit,
      kind,
      label: { en: label("en"), ru: label("ru"), kk: label("kk") },
      description: `Proposed from the text (${input.language}): "${quote.replace(/\s+/g, " ").trim()}…"; confirm or rename.`,
    },
  };
}

function unitKey(m: Mention): string {
  if (m.kind === "money") return "funding";
  if (m.kind === "length") return "length";
  if (m.kind === "area") return "area";
  return "measure";
}

/** For tests and the eval: the entity stems known to the proposer. */
export const KNOWN_ENTITIES = ENTITIES.map(([e]) => e);
