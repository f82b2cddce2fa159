// Statements an uncurated text lets us test on their own, found by sentence patterns:
//   share: "из M … N (P%)", "N из M … (P%)", "M елді мекеннің N-і (P%)", "M …-нің N-і … бұл P пайыз"
//          (and "N из M" alone: a part cannot exceed its whole)
//   sum:   "N …, в их числе / в том числе / из них / из которых / оның ішінде A …, B …"
//          (the parts may list only some of the whole, so only parts above it are an error:
//          checked as a share of the parts together, with no stated percentage)
// Each number becomes a figure (id from its offset, the sentence as its verbatim quote) and
// each statement a relation, so runChecks judges them like curated ones.
import { readNumbers } from "../numbers/read-numbers";
import type { Figure, Mention, Relation } from "../types";

export interface Statements {
  figures: Figure[];
  relations: Relation[];
}

export interface Sentence {
  start: number;
  end: number;
  mentions: Mention[];
}

const SENTENCE_END = /[.!?…]+(?=\s+["«“(—–-]?[\p{Lu}\d])|\n+/gu;
const FROM_BEFORE = /(?:^|[\s(])(?:из|изо)\s+$/iu;
const BETWEEN_PAIR = /^\s+из\s+$/iu;
const GENITIVE_AFTER =
  /^(?:-?(?:ның|нің|дың|дің|тың|тің)|(?:\s+[\p{L}-]+){0,1}\s+[\p{L}-]*(?:ның|нің|дың|дің|тың|тің))(?![\p{L}])/u;
/** The reader keeps a case suffix in the mention: "353-тің", "353-інің". */
const GENITIVE_IN = /-\p{L}*(?:ның|нің|дың|дің|тың|тің)$/u;
const SUM_MARKER =
  /(?:в их числе|в том числе|из них|из которых|из числа которых|оның ішінде|олардың ішінде|оның(?=\s+(?:шамамен\s+)?\d))/giu;

export function sentencesOf(text: string, mentions: Mention[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (end > start) sentences.push({ start, end, mentions: [] });
    start = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) close((m.index ?? 0) + m[0].length);
  close(text.length);
  let i = 0;
  for (const m of mentions) {
    while (i < sentences.length - 1 && m.start >= (sentences[i]?.end ?? 0)) i++;
    sentences[i]?.mentions.push(m);
  }
  return sentences;
}

const isCountMention = (m: Mention): boolean => m.kind === "count" && m.unit === "";
const isPercentMention = (m: Mention): boolean => m.kind === "percent";

interface Base {
  whole: Mention;
  /** The N of "N из M". */
  pair?: Mention;
}

function basesIn(text: string, s: Sentence): Base[] {
  const bases: Base[] = [];
  s.mentions.forEach((m, k) => {
    if (!isCountMention(m)) return;
    if (FROM_BEFORE.test(text.slice(s.start, m.start))) {
      const prev = s.mentions[k - 1];
      const pair =
        prev && isCountMention(prev) && BETWEEN_PAIR.test(text.slice(prev.end, m.start))
          ? prev
          : undefined;
      bases.push(pair ? { whole: m, pair } : { whole: m });
    } else if (GENITIVE_IN.test(m.text) || GENITIVE_AFTER.test(text.slice(m.end, m.end + 40))) {
      bases.push({ whole: m });
    }
  });
  return bases;
}

export function findStatements(text: string, sourceId: string): Statements {
  const mentions = readNumbers(text).filter((m) => isCountMention(m) || isPercentMention(m));
  const figures = new Map<string, Figure>();
  const relations: Relation[] = [];
  const figureOf = (m: Mention, s: Sentence): string => {
    const id = `${sourceId}.n${m.start}`;
    if (!figures.has(id)) {
      figures.set(id, {
        id,
        source: sourceId,
        region: "",
        indicator: "",
        value: m.value,
        ...(m.upper === undefined ? {} : { upper: m.upper }),
        unit: m.unit,
        qualifier: m.qualifier,
        asOf: "",
        quote: text.slice(s.start, s.end).trim(),
      });
    }
    return id;
  };
  const sentences = sentencesOf(text, mentions);
  sentences.forEach((s, k) => {
    for (const r of shareStatements(text, s, figureOf)) relations.push(r);
    for (const r of sumStatements(text, s, sentences[k - 1], figureOf)) relations.push(r);
  });
  return { figures: [...figures.values()], relations };
}

type FigureOf = (m: Mention, s: Sentence) => string;

function shareStatements(text: string, s: Sentence, figureOf: FigureOf): Relation[] {
  const relations: Relation[] = [];
  const bases = basesIn(text, s);
  const used = new Set<Mention>();
  for (const p of s.mentions) {
    if (!isPercentMention(p)) continue;
    const base = [...bases].reverse().find((b) => b.whole.end <= p.start);
    if (!base) continue;
    const before = s.mentions.filter(
      (m) => isCountMention(m) && m.end <= p.start && m.start >= (base.pair ?? base.whole).start,
    );
    const nearest = before[before.length - 1];
    const part = nearest === base.whole ? base.pair : nearest;
    if (!part || used.has(part)) continue;
    used.add(part);
    relations.push({
      id: `share.${p.start}`,
      type: "share",
      label: text.slice(part.start, p.end),
      roles: {
        part: [figureOf(part, s)],
        whole: [figureOf(base.whole, s)],
        stated: [figureOf(p, s)],
      },
    });
  }
  for (const b of bases) {
    if (!b.pair || used.has(b.pair)) continue;
    relations.push({
      id: `share.${b.pair.start}`,
      type: "share",
      label: text.slice(b.pair.start, b.whole.end),
      roles: { part: [figureOf(b.pair, s)], whole: [figureOf(b.whole, s)] },
    });
  }
  return relations;
}

function sumStatements(
  text: string,
  s: Sentence,
  previous: Sentence | undefined,
  figureOf: FigureOf,
): Relation[] {
  const relations: Relation[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const marker of sentence.matchAll(SUM_MARKER)) {
    const at = s.start + (marker.index ?? 0);
    const end = at + marker[0].length;
    const here = s.mentions.filter((m) => isCountMention(m) && m.end <= at);
    const holder = here.length > 0 ? s : previous;
    const candidates = here.length > 0 ? here : (previous?.mentions.filter(isCountMention) ?? []);
    const next = s.mentions.findIndex((m) => m.start >= end);
    const after = next < 0 ? [] : s.mentions.slice(next);
    // A part followed by its own percentage is a share statement, not a part of this list.
    const parts = after.filter(
      (m, k) => isCountMention(m) && !(after[k + 1] && isPercentMention(after[k + 1] as Mention)),
    );
    // The total counts the same things as its parts ("150 мероприятий" … "68 мероприятий"),
    // else it is the count nearest before the marker.
    const nouns = new Set(parts.map((m) => nounAfter(text, m)).filter((n) => n !== ""));
    const total =
      [...candidates].reverse().find((m) => nouns.has(nounAfter(text, m))) ??
      candidates[candidates.length - 1];
    if (!total || !holder || parts.length === 0) continue;
    // Checked as a share with no stated percentage: the listed parts together within the total.
    relations.push({
      id: `parts.${at}`,
      type: "share",
      label: text.slice(total.start, (parts[parts.length - 1] as Mention).end),
      roles: { part: parts.map((m) => figureOf(m, s)), whole: [figureOf(total, holder)] },
    });
  }
  return relations;
}

/** The first letters of the word after a number: enough to tell "мероприятий" from "участников". */
function nounAfter(text: string, m: Mention): string {
  const word = /^[\s\u00a0]*(?:—\s*)?([\p{L}]+)/u.exec(text.slice(m.end, m.end + 40))?.[1] ?? "";
  return word.length >= 4 ? word.slice(0, 5).toLowerCase() : "";
}
