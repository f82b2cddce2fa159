// Statements an uncurated text lets us test on its own numbers, found by sentence patterns in
// Russian and Kazakh. Each number becomes a figure (id `<source>.n<offset>`, its sentence as
// the verbatim quote) and each statement a relation, so runChecks judges them like curated ones.
//
//   share       a part, its whole and a stated percentage, in any word order:
//               "из M … N (P%)", "N из M (P%)", "N из M …, то есть P%", "M-нің N-і (P%)",
//               "M мектептің N-інде немесе P%-ында", "M, оның P%-ы немесе N", "… бұл P пайыз";
//               also "N из M", "M-нің N-і" alone (a part cannot exceed its whole), and a part
//               with its percentage whose whole the text gives only as part + rest
//               ("елді мекендердің 410-ы, яғни 64,56 пайызы …; 225 ауыл интернетсіз")
//   complement  the rest of a share's whole: "ещё N без …", "остальные N", "қалған N",
//               "N … не имеют", "мүлде жоқ", "-сыз/-сіз": part + rest = whole, in order
//               (the k-th rest of a sentence completes the k-th share before it)
//   breakdown   parts after "в том числе", "из них", "оның ішінде", "соның ішінде", a colon:
//               over the whole is an error; a list of two or more a little short of it is an
//               info note (relation.breakdown "listed"); one closed by "в иных / остальных /
//               басқа" claims to be complete; "в частности", "например" list only some
//   partition   "M-нің A-ы – X, B-сы – Y": the whole split into named classes, complete
//   same        one quantity stated twice: the headline's count and the only count of the
//               same thing in the lead ("елу қылмыстың" … "49 қылмыстық"); two counts of the
//               same named thing ("755-і Медеу ауданында" … "750-і Медеу ауданына"); only
//               when the two differ by at most CLOSE: numbers far apart count different things
// Numbers that describe the parts ("сел с населением свыше 250 человек", "37 мыңнан астам
// тұрғыны бар 225 ауыл") are never parts; a breakdown's parts end where the next clause
// gives its own total, so two clauses with their own totals are never joined.
//
// Linear in the text: one pass splits sentences (at . ! ? … before a capital, a digit or a
// lowercase "из", and at line breaks), each bounded to MAX_SENTENCE characters; every
// pattern looks only inside its sentence or the sentences of its paragraph before it.
import { readNumbers } from "../numbers/read-numbers";
import type { Figure, Mention, Relation } from "../types";

/**
 * What findStatements gives: the text's numbers that take part in a statement, as figures,
 * and the statements, as relations between them (share: part, whole, stated?; sum: parts,
 * whole, breakdown?). Plain data; issue 12 turns them into workbook relations.
 */
export interface Statements {
  figures: Figure[];
  relations: Relation[];
}

/** A sentence longer than this is cut at a space: a quote stays readable, the work bounded. */
export const MAX_SENTENCE = 2000;

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  mentions: Mention[];
}

// ". Из", ". 12", ". «В", ". из" (lowercase "из" starts a new sentence in many texts), "!\n".
const SENTENCE_END = /[.!?…]+(?=[ \u00a0]+(?:["«“(—–-]?[\p{Lu}\d]|из[ \u00a0]))|\n+/gu;

/** Sentences and paragraphs in one pass; a line ending with ":" or ";" continues its list. */
export function splitSentences(text: string): { start: number; end: number; paragraph: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    let from = start;
    while (end - from > MAX_SENTENCE) {
      const cut = text.lastIndexOf(" ", from + MAX_SENTENCE);
      const at = cut > from ? cut + 1 : from + MAX_SENTENCE;
      out.push({ start: from, end: at, paragraph });
      from = at;
    }
    if (end > from) out.push({ start: from, end, paragraph });
    start = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (m[0][0] === "\n") {
      const before = text.slice(Math.max(start, at - 2), at).trimEnd();
      if (/[:;,]$/.test(before)) continue; // a list's next line
      push(end);
      paragraph++;
    } else push(end);
  }
  push(text.length);
  return out;
}

const isCount = (m: Mention): boolean => m.kind === "count";
const isPercent = (m: Mention): boolean => m.kind === "percent";
const isAmount = (m: Mention): boolean =>
  m.kind === "count" || m.kind === "money" || m.kind === "length" || m.kind === "area";

// --- what stands around a number -------------------------------------------------------

/** "из 352", "изо 100": a whole named by "из". */
const FROM_BEFORE = /(?:^|[\s(,])(?:из|изо)[ \u00a0]+$/iu;
/** "N из M": nothing but "из" between the two (a noun may follow N: "20 школ из 7 098"). */
const PAIR_BETWEEN = /^(?:[ \u00a0]+[\p{L}-]+){0,1}[ \u00a0]+из[ \u00a0]+$/iu;
const GENITIVE_END = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** "371 елді мекеннің", "6924 мектептің": a Kazakh genitive noun after the number. */
const GENITIVE_AFTER =
  /^(?:[ \u00a0]+[\p{L}-]+){0,2}?[ \u00a0]+[\p{L}-]*(?:ның|нің|дың|дің|тың|тің)(?![\p{L}])/u;
/** Between a part and its percentage: "342 (97,1%)", "5773-інде немесе 83%-ында", "349 из 368 …, то есть 94 процента". */
const PART_THEN_PERCENT =
  /^(?:[ \u00a0]+[\p{L}-]+){0,3}?[ \u00a0]*(?:\(|,?[ \u00a0]*(?:или|немесе|яғни|т\.[ \u00a0]?е\.|то есть|что составляет|составляет|это|—|–))[ \u00a0]*(?:(?:не[ \u00a0]+)?(?:менее|более|свыше|около|почти|примерно|порядка|шамамен)[ \u00a0]+)?$/iu;
/** "…-сы интернетпен қамтылған, бұл 75 пайыз", "563 камерасы …, бұл мектептердің жалпы санының 60%-ын". */
const CLAUSE_THEN_PERCENT =
  /^[^\d;:.!?()]{0,80},[ \u00a0]*(?:бұл|это|что|то есть|яғни)(?:[ \u00a0]+[\p{L}-]+){0,4}[ \u00a0]+$/iu;
/** "оның 99%-ы немесе 6 924": the percentage first, then its part. */
const PERCENT_THEN_PART = /^[ \u00a0]*,?[ \u00a0]*(?:немесе|или|яғни|то есть|—|–)[ \u00a0]*$/iu;
/** The word that points back to the whole before a percentage or part: "оның", "из них". */
const OF_IT = /(?:^|[\s,(])(?:оның|олардың|соның|из них|из которых|их)[ \u00a0]+$/iu;

/** A breakdown's opening words. */
const BREAKDOWN =
  /(?:в их числе|в том числе|из них|из которых|из числа которых|среди них|оның ішінде|олардың ішінде|соның ішінде|соның|олардың|оның(?=[ \u00a0]+(?:шамамен[ \u00a0]+)?\d))/giu;
/** Words that say a list names only some of the whole. */
const SOME_ONLY = /в частности|например|атап айтқанда|мәселен|к примеру/iu;
/** The last part of a list that claims to be complete: "207 в иных районах", "басқа аудандарда". */
const CLOSING =
  /(?:^|[\s,(])(?:ины[хме]|иные|остальн[\p{L}]*|оставш[\p{L}]*|прочи[\p{L}]*|други[хме]|басқа|өзге|қалған[\p{L}]*)(?![\p{L}])/iu;

/** Rest words before a number: "остальные 16", "қалған 11", "оставшиеся 4". */
const REST_BEFORE =
  /(?:^|[\s,(])(?:остальные|остальных|оставшиеся|оставшихся|қалған|қалғаны|қалған[ \u00a0]+барлық)[ \u00a0]+$/iu;
/** Rest words after a number, in its clause: "… без Интернета", "не имеют связи", "мүлде жоқ". */
const REST_AFTER =
  /^[^\d;.!?]{0,70}?(?:(?:^|[\s(])без[ \u00a0]|не[ \u00a0]+имеют|лишены|не[ \u00a0]+охвачен|не[ \u00a0]+подключен|не[ \u00a0]+обеспечен|нет[ \u00a0]+(?:связи|интернета|доступа)|отсутству|мүлде|жоқ(?![\p{L}])|қамтылмаған|қосылмаған|[\p{L}]+(?:сыз|сіз)(?![\p{L}]))/iu;

/** Numbers that describe the parts rather than count them: populations, areas of a place. */
const DESCRIBES_AFTER =
  /^(?:-[\p{L}]+)?(?:[ \u00a0]+орындық|[ \u00a0]*-?орындық)|^(?:-[\p{L}]+)?(?:[ \u00a0]+(?:астам|аса|артық|кем|и более|и менее))?[ \u00a0]+(?:человек|жител|тұрғын|адам|халқ|населени|орындық|орынды|мест(?![\p{L}])|местн|ученическ|оқушылық)/iu;
const DESCRIBES_BEFORE =
  /(?:населением|населения|численностью|проживают|проживает|(?:^|[\s,])с)(?:[ \u00a0]+(?:свыше|более|менее|до|от|около))?[ \u00a0]+$/iu;

function describesParts(text: string, m: Mention, s: Sentence): boolean {
  const after = text.slice(m.end, Math.min(s.end, m.end + 40));
  const before = text.slice(Math.max(s.start, m.start - 30), m.start);
  return (
    DESCRIBES_AFTER.test(after) || (DESCRIBES_BEFORE.test(before) && !FROM_BEFORE.test(before))
  );
}

// --- the finder ------------------------------------------------------------------------

interface Found {
  relation: Relation;
  /** Where the statement sits, for the complements after it. */
  at: number;
  part?: Mention;
  whole?: Mention[];
  stated?: Mention;
  /** A share whose whole the text does not state (only part + rest can give it). */
  open?: boolean;
  /** Set once a rest has completed it. */
  completed?: boolean;
}

interface Context {
  text: string;
  sourceId: string;
  figures: Map<string, Figure>;
  relations: Relation[];
  /** Shares with a stated percentage and a whole, for a headline that restates one. */
  stated: Found[];
}

function figureOf(ctx: Context, m: Mention, s: Sentence): string {
  const id = `${ctx.sourceId}.n${m.start}`;
  if (!ctx.figures.has(id)) {
    ctx.figures.set(id, {
      id,
      source: ctx.sourceId,
      region: "",
      indicator: "",
      value: m.value,
      ...(m.upper === undefined ? {} : { upper: m.upper }),
      unit: m.unit,
      qualifier: m.qualifier,
      asOf: "",
      quote: ctx.text.slice(s.start, s.end).trim(),
    });
  }
  return id;
}

/** Sentences with their quantity mentions, assigned in one merge pass. */
export function sentencesOf(text: string, mentions: Mention[]): Sentence[] {
  const sentences: Sentence[] = splitSentences(text).map((s) => ({ ...s, mentions: [] }));
  let i = 0;
  for (const m of mentions) {
    while (i < sentences.length - 1 && m.start >= (sentences[i]?.end ?? 0)) i++;
    sentences[i]?.mentions.push(m);
  }
  return sentences;
}

export function findStatements(text: string, sourceId: string): Statements {
  const mentions = readNumbers(text).filter((m) => isAmount(m) || isPercent(m));
  const ctx: Context = { text, sourceId, figures: new Map(), relations: [], stated: [] };
  const sentences = sentencesOf(text, mentions);
  let paragraphFound: Found[] = [];
  let paragraph = -1;
  let previous: Sentence | undefined;
  /** The last RECENT sentences with numbers, across paragraphs: where a rest's classes are. */
  const recent: Sentence[] = [];
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphFound = [];
      previous = undefined;
    }
    // A sentence with no number between a share and a rest talks of something else.
    if (s.mentions.length === 0) paragraphFound = [];
    const here = sharesIn(ctx, s, previous);
    paragraphFound.push(...here);
    const used = new Set<Mention>(here.flatMap((f) => (f.part ? [f.part] : [])));
    complementsIn(ctx, s, paragraphFound, used, recent);
    breakdownsIn(ctx, s, previous, used);
    for (const f of here) if (f.open) ofTheTotal(ctx, s, f, recent);
    for (const f of here) if (!f.open) ctx.relations.push(f.relation);
    ctx.stated.push(...here.filter((f) => !f.open && f.stated));
    if (s.mentions.length > 0) {
      previous = s;
      recent.push(s);
      if (recent.length > RECENT) recent.shift();
    }
  }
  sameStatements(ctx, sentences);
  ctx.relations.sort((a, b) => orderOf(a) - orderOf(b));
  // Only the figures some statement uses (an open share never completed uses none).
  const usedIds = new Set(ctx.relations.flatMap((r) => Object.values(r.roles).flat()));
  return {
    figures: [...ctx.figures.values()].filter((f) => usedIds.has(f.id)),
    relations: ctx.relations,
  };
}

/** Relations in text order: by the offset their id ends with. */
function orderOf(r: Relation): number {
  return Number(/(\d+)$/.exec(r.id)?.[1] ?? 0);
}

// --- shares ----------------------------------------------------------------------------

interface Base {
  whole: Mention;
  /** The N of "N из M". */
  pair?: Mention;
}

function basesIn(text: string, s: Sentence): Base[] {
  const bases: Base[] = [];
  s.mentions.forEach((m, k) => {
    if (!isAmount(m)) return;
    const before = text.slice(Math.max(s.start, m.start - 8), m.start);
    if (FROM_BEFORE.test(before)) {
      const prev = s.mentions[k - 1];
      const pair =
        prev && isAmount(prev) && PAIR_BETWEEN.test(text.slice(prev.end, m.start))
          ? prev
          : undefined;
      bases.push(pair ? { whole: m, pair } : { whole: m });
    } else if (GENITIVE_END.test(m.text) || GENITIVE_AFTER.test(text.slice(m.end, m.end + 40))) {
      bases.push({ whole: m });
    }
  });
  return bases;
}

function shareRelation(
  ctx: Context,
  s: Sentence,
  holder: (m: Mention) => Sentence,
  part: Mention,
  whole: Mention[],
  stated: Mention | undefined,
  at: number,
): Found {
  const roles: Record<string, string[]> = {
    part: [figureOf(ctx, part, holder(part))],
    whole: whole.map((w) => figureOf(ctx, w, holder(w))),
  };
  if (stated) roles.stated = [figureOf(ctx, stated, s)];
  const end = Math.max(part.end, stated?.end ?? 0);
  const from = Math.min(part.start, ...whole.map((w) => w.start));
  return {
    relation: {
      id: `share.${at}`,
      type: "share",
      label: ctx.text.slice(from, Math.min(end, from + 200)),
      roles,
    },
    at,
    part,
    whole,
    ...(stated ? { stated } : {}),
  };
}

function sharesIn(ctx: Context, s: Sentence, previous: Sentence | undefined): Found[] {
  const { text } = ctx;
  const found: Found[] = [];
  const bases = basesIn(text, s);
  const used = new Set<Mention>();
  const inS = (): Sentence => s;
  const list = s.mentions;
  const holder = (m: Mention): Sentence => (m.start >= s.start ? s : (previous ?? s));
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as Mention;
    if (!isPercent(p)) continue;
    let part: Mention | undefined;
    // "оның 99%-ы немесе 6 924": the part after the percentage.
    const next = list[k + 1];
    if (next && isCount(next) && PERCENT_THEN_PART.test(text.slice(p.end, next.start))) part = next;
    // "342 (97,1%)", "5773-інде немесе 83%-ында", "…, бұл 75 пайыз": the part before it.
    const prev = list[k - 1];
    if (!part && prev && isCount(prev) && !used.has(prev)) {
      const between = text.slice(prev.end, p.start);
      if (PART_THEN_PERCENT.test(between) || CLAUSE_THEN_PERCENT.test(between)) part = prev;
      // "349 из 368 сельских населённых пунктов региона, то есть 94 процента": the pair's part.
      const base = bases.find((b) => b.whole === prev && b.pair);
      if (base?.pair && (PART_THEN_PERCENT.test(between) || CLAUSE_THEN_PERCENT.test(between)))
        part = base.pair;
    }
    if (!part || used.has(part)) continue;
    used.add(part);
    const whole = wholeOf(text, s, bases, part, p, previous);
    if (whole) {
      found.push(shareRelation(ctx, s, holder, part, [whole], p, p.start));
    } else {
      // A part with its percentage and no whole: a later rest may give it (part + rest).
      const f = shareRelation(ctx, s, inS, part, [], p, p.start);
      found.push({ ...f, open: true });
    }
  }
  // "N из M" and "M-нің N-і" without a percentage: a part cannot exceed its whole.
  for (const b of bases) {
    if (b.pair && !used.has(b.pair)) {
      used.add(b.pair);
      found.push(shareRelation(ctx, s, inS, b.pair, [b.whole], undefined, b.pair.start));
    }
  }
  for (const b of bases) {
    if (b.pair || !GENITIVE_END.test(b.whole.text + genitiveWord(text, b.whole))) continue;
    const k = list.indexOf(b.whole);
    const parts = genitiveParts(text, s, k, used);
    if (parts.length === 1) {
      const part = parts[0] as Mention;
      used.add(part);
      found.push(shareRelation(ctx, s, inS, part, [b.whole], undefined, part.start));
    }
  }
  return found;
}

/** The genitive noun after a number, as the letters that end it ("" when none). */
function genitiveWord(text: string, m: Mention): string {
  const g = GENITIVE_AFTER.exec(text.slice(m.end, m.end + 40));
  return g ? "ның" : "";
}

/** Counts after a genitive whole that are its parts ("371 елді мекеннің 183-і"), up to a clause end. */
function genitiveParts(text: string, s: Sentence, k: number, used: Set<Mention>): Mention[] {
  const out: Mention[] = [];
  const whole = s.mentions[k] as Mention;
  for (let j = k + 1; j < s.mentions.length; j++) {
    const m = s.mentions[j] as Mention;
    if (/[;.!?]/.test(text.slice(whole.end, m.start))) break;
    if (!isCount(m)) continue;
    if (used.has(m) || describesParts(text, m, s)) continue;
    // A part carries the possessive: "183-і", "27-сінде", "302-іне", "12-сі".
    if (!/-\p{L}+$/u.test(m.text)) break;
    out.push(m);
  }
  return out;
}

/** The whole of a part with a stated percentage: "из M", a genitive, "M, оның". */
function wholeOf(
  text: string,
  s: Sentence,
  bases: Base[],
  part: Mention,
  p: Mention,
  previous: Sentence | undefined,
): Mention | undefined {
  const first = part.start < p.start ? part : p;
  const pair = bases.find((b) => b.pair === part);
  if (pair) return pair.whole;
  const before = bases.filter((b) => b.whole.end <= first.start && b.whole !== part);
  const base = before[before.length - 1];
  if (base && !/[;]/.test(text.slice(base.whole.end, first.start))) return base.whole;
  // "6 936 мектеп, оның 99%-ы": the count right before "оның".
  if (OF_IT.test(text.slice(Math.max(s.start, first.start - 12), first.start))) {
    const earlier = s.mentions.filter((m) => isCount(m) && m.end <= first.start && m !== part);
    const whole = earlier[earlier.length - 1] ?? previous?.mentions.filter(isCount).at(-1);
    if (whole && whole.value > part.value) return whole;
  }
  return undefined;
}

// --- complements -----------------------------------------------------------------------

function isRest(text: string, m: Mention, s: Sentence): boolean {
  if (!isCount(m)) return false;
  const before = text.slice(Math.max(s.start, m.start - 24), m.start);
  if (REST_BEFORE.test(before)) return true;
  return REST_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 80)));
}

const RECENT = 8;

/** "664 школы, или менее 10% от общего числа школ": the whole is the text's total of them. */
const OF_THE_TOTAL =
  /^[ \u00a0]*(?:от|из)[ \u00a0]+общего[ \u00a0]+(?:числа|количества)|^[ \u00a0]+[\p{L}]*[ \u00a0]*жалпы[ \u00a0]+сан/iu;

/** Two word starts of one noun in different cases: "школ" (школ) and "школы". */
const sameStem = (a: string, b: string): boolean => a !== "" && a.slice(0, 4) === b.slice(0, 4);

/** The noun a whole counts: its own, or its pair's ("20 школ из 7 098"). */
function baseNoun(text: string, b: Base): string {
  return nounAfter(text, b.whole) || (b.pair ? nounAfter(text, b.pair) : "");
}

/** An open share "of the total": its whole is the last earlier total of the same things. */
function ofTheTotal(ctx: Context, s: Sentence, f: Found, recent: Sentence[]): void {
  const { text } = ctx;
  if (!f.part || !f.stated) return;
  if (!OF_THE_TOTAL.test(text.slice(f.stated.end, f.stated.end + 40))) return;
  const noun = nounAfter(text, f.part);
  if (noun === "") return;
  const bases = [...recent, s].flatMap((x) =>
    basesIn(text, x)
      .filter((b) => b.whole.end <= f.part!.start && sameStem(baseNoun(text, b), noun))
      .map((b) => [b.whole, x] as [Mention, Sentence]),
  );
  const found = bases[bases.length - 1];
  if (!found || found[0].value <= f.part.value) return;
  f.open = false;
  f.whole = [found[0]];
  f.relation.roles.whole = [figureOf(ctx, found[0], found[1])];
}

function complementsIn(
  ctx: Context,
  s: Sentence,
  shares: Found[],
  used: Set<Mention>,
  recent: Sentence[],
): void {
  const { text } = ctx;
  const rests = s.mentions.filter(
    (m) => !used.has(m) && isRest(text, m, s) && !describesParts(text, m, s),
  );
  // Shares still waiting for their rest, in text order; a rest completes the first one
  // before it that it can (its part and rest both counts, the part smaller than the whole).
  for (const r of rests) {
    const open = shares.find((f) => !f.completed && f.part && f.at < r.start && f.part !== r);
    if (!open?.part) {
      classesAndRest(ctx, s, r, recent, used);
      continue;
    }
    open.completed = true;
    used.add(r);
    // The part is a figure already (made with its share, quoting its own sentence).
    const partId = figureOf(ctx, open.part, s);
    const restId = figureOf(ctx, r, s);
    if (open.open) {
      // The whole is part + rest: "410-ы, яғни 64,56 пайызы … 225 ауыл интернетсіз".
      open.relation.roles.whole = [partId, restId];
      open.relation.label = text.slice(open.part.start, Math.min(r.end, open.part.start + 200));
      ctx.relations.push(open.relation);
      continue;
    }
    const whole = open.relation.roles.whole ?? [];
    ctx.relations.push({
      id: `rest.${r.start}`,
      type: "sum",
      label: text.slice(open.part.start, Math.min(r.end, open.part.start + 200)),
      roles: { parts: [partId, restId], whole },
    });
  }
}

const CONTRAST = /,[ \u00a0]*(?:ал|а)[ \u00a0]/u;
const MORE_BEFORE = /(?:^|[\s,(])(?:тағы|ещё|еще|дополнительно)[ \u00a0]+$/iu;

/**
 * A rest with no share before it, after a sentence that splits the same things into classes
 * ("258 елді мекенде интернет төмен, ал 112 елді мекен 4G-ге қол жеткізген … 11 елді мекенде
 * мүлде жоқ"): the classes and the rest are apart, so together they cannot exceed the text's
 * total of those things ("облыстағы 371 елді мекеннің").
 */
function classesAndRest(
  ctx: Context,
  s: Sentence,
  r: Mention,
  recent: Sentence[],
  used: Set<Mention>,
): void {
  const { text } = ctx;
  const noun = nounAfter(text, r);
  if (noun === "") return;
  for (let k = recent.length - 1; k >= Math.max(0, recent.length - 3); k--) {
    const c = recent[k] as Sentence;
    const classes = c.mentions.filter(
      (m) =>
        isCount(m) &&
        !used.has(m) &&
        nounAfter(text, m) === noun &&
        !MORE_BEFORE.test(text.slice(Math.max(c.start, m.start - 14), m.start)),
    );
    const first = classes[0];
    const last = classes[classes.length - 1];
    if (classes.length < 2 || !first || !last) continue;
    if (!CONTRAST.test(text.slice(first.end, last.start))) return;
    const wholes = recent
      .slice(0, k + 1)
      .flatMap((x) => basesIn(text, x).map((b) => [b.whole, x] as [Mention, Sentence]))
      .filter(([w]) => w.end <= first.start && nounAfter(text, w) === noun);
    const found = wholes[wholes.length - 1];
    if (!found || classes.some((m) => m.value >= found[0].value)) return;
    used.add(r);
    ctx.relations.push({
      id: `classes.${r.start}`,
      type: "share",
      label: text.slice(first.start, Math.min(r.end, first.start + 200)),
      roles: {
        part: [...classes.map((m) => figureOf(ctx, m, c)), figureOf(ctx, r, s)],
        whole: [figureOf(ctx, found[0], found[1])],
      },
    });
    return;
  }
}

// --- breakdowns ------------------------------------------------------------------------

function breakdownsIn(
  ctx: Context,
  s: Sentence,
  previous: Sentence | undefined,
  used: Set<Mention>,
): void {
  const { text } = ctx;
  const sentence = text.slice(s.start, s.end);
  const markers = [...sentence.matchAll(BREAKDOWN)].map((m) => ({
    at: s.start + (m.index ?? 0),
    end: s.start + (m.index ?? 0) + m[0].length,
  }));
  // "барлығы 2748 камера орнатылған: …", "329 видеокамер: из них …": a colon after a total.
  for (const m of sentence.matchAll(/:/g)) {
    const at = s.start + (m.index ?? 0);
    if (markers.some((x) => Math.abs(x.at - at) < 12)) continue;
    markers.push({ at, end: at + 1 });
  }
  markers.sort((a, b) => a.at - b.at);
  const bases = basesIn(text, s);
  markers.forEach((marker, k) => {
    // The parts end where the next breakdown's own total begins ("…; в районе Б 40 школ, из них").
    const nextAt = markers[k + 1]?.at ?? s.end;
    const nextTotal = s.mentions.filter((m) => m.start >= marker.end && m.end <= nextAt).at(-1);
    const limit = markers[k + 1] && nextTotal ? nextTotal.start : nextAt;
    const colon = marker.end - marker.at === 1;
    const here = s.mentions.filter((m) => isAmount(m) && m.end <= marker.at);
    const prevMarker = markers[k - 1]?.end ?? s.start;
    let candidates = here.filter((m) => m.start >= prevMarker);
    // "16 из них находятся …": the number before "из них" is its first part, not its total.
    let first: Mention | undefined;
    const last = candidates[candidates.length - 1];
    if (last && !colon && /^[ \u00a0]*$/.test(text.slice(last.end, marker.at))) {
      first = last;
      candidates = here.filter((m) => m !== last);
    }
    // A colon's list belongs to the total before it in the same sentence.
    const holder = candidates.length > 0 ? s : colon ? undefined : previous;
    const pool = candidates.length > 0 ? candidates : (previous?.mentions.filter(isAmount) ?? []);
    let total: Mention | undefined = pool[pool.length - 1];
    // "35 из 368 сел: 16 из них …": the list breaks down the 35, the part of the pair.
    const pair = bases.find((b) => b.whole === total && b.pair);
    if (pair?.pair) total = pair.pair;
    if (!total || !holder) return;
    const after = s.mentions.filter(
      (m) => (m.start >= marker.end && m.end <= limit) || m === first,
    );
    const parts: Mention[] = [];
    for (let j = 0; j < after.length; j++) {
      const m = after[j] as Mention;
      // A part followed by its own percentage is a share statement, not a part of this list.
      const next = after[j + 1];
      if (next && isPercent(next)) continue;
      if (!isAmount(m) || m.kind !== total.kind || used.has(m)) continue;
      if (describesParts(text, m, s)) continue;
      // "204 кешен (1224 камера)": the count in brackets is the one that adds up.
      if (next && /^[ \u00a0]*[\p{L}-]*[ \u00a0]*\($/u.test(text.slice(m.end, next.start)))
        continue;
      parts.push(m);
    }
    if (parts.length === 0) return;
    // The total counts the same things as its parts ("150 мероприятий" … "68 мероприятий").
    const nouns = new Set(parts.map((m) => nounAfter(text, m)).filter((n) => n !== ""));
    const sameNoun = [...pool].reverse().find((m) => nouns.has(nounAfter(text, m)));
    if (holder !== s && sameNoun && sameNoun !== total && !pair) total = sameNoun;
    if (parts.some((m) => m === total)) return;
    const lastPart = parts[parts.length - 1] as Mention;
    // "… и 207 в иных районах", "…, а на иные районы — 207": the last part closes the list.
    const beforeLast = parts[parts.length - 2];
    const closed =
      parts.length >= 2 &&
      CLOSING.test(
        text.slice(beforeLast ? beforeLast.end : lastPart.start, lastPart.start) +
          " " +
          text.slice(lastPart.end, Math.min(s.end, lastPart.end + 30)),
      );
    const someOnly = SOME_ONLY.test(text.slice(marker.at, Math.min(limit, marker.end + 40)));
    const totalId = figureOf(ctx, total, holder);
    // "а в Аксу, Актогайском и Железинском районах – по 3": one figure for each place named.
    const partIds = parts.flatMap((m, j) => {
      const id = figureOf(ctx, m, s);
      const from = j > 0 ? (parts[j - 1] as Mention).end : marker.end;
      return Array.from({ length: eachOf(text, from, m) }, () => id);
    });
    const label = text.slice(total.start, Math.min(lastPart.end, total.start + 200));
    for (const m of parts) used.add(m);
    if (closed) {
      ctx.relations.push({
        id: `sum.${marker.at}`,
        type: "sum",
        label,
        roles: { parts: partIds, whole: [totalId] },
      });
    } else if (parts.length >= 2 && !someOnly) {
      ctx.relations.push({
        id: `sum.${marker.at}`,
        type: "sum",
        label,
        roles: { parts: partIds, whole: [totalId] },
        breakdown: "listed",
      });
    } else {
      // Some of the whole only: together they cannot exceed it.
      ctx.relations.push({
        id: `parts.${marker.at}`,
        type: "share",
        label,
        roles: { part: partIds, whole: [totalId] },
      });
    }
  });
  partitionsIn(ctx, s, used);
}

/** "6 179 елді мекеннің 119-ы – қала, 4 906-сы – ауыл": the whole split into named classes. */
function partitionsIn(ctx: Context, s: Sentence, used: Set<Mention>): void {
  const { text } = ctx;
  s.mentions.forEach((whole, k) => {
    if (!isCount(whole) || !GENITIVE_AFTER.test(text.slice(whole.end, whole.end + 40))) return;
    const parts = genitiveParts(text, s, k, new Set());
    if (parts.length < 2 || parts.some((m) => used.has(m))) return;
    // Each part names its class after a dash: "119-ы – қала".
    if (
      !parts.every((m) => /^[ \u00a0]*[–—-][ \u00a0]*[\p{L}]/u.test(text.slice(m.end, m.end + 6)))
    )
      return;
    for (const m of parts) used.add(m);
    ctx.relations.push({
      id: `sum.${whole.start}`,
      type: "sum",
      label: text.slice(
        whole.start,
        Math.min((parts[parts.length - 1] as Mention).end, whole.start + 200),
      ),
      roles: { parts: parts.map((m) => figureOf(ctx, m, s)), whole: [figureOf(ctx, whole, s)] },
    });
  });
}

/** The first letters of the word after a number: enough to tell "мероприятий" from "участников". */
function nounAfter(text: string, m: Mention): string {
  const word =
    /^[\s\u00a0]*(?:[—–-]\s*)?([\p{L}]+)/u.exec(text.slice(m.end, m.end + 40))?.[1] ?? "";
  return word.length >= 4 ? word.slice(0, 5).toLowerCase() : "";
}

const EACH = /(?:^|[\s(])по[ \u00a0]+$/iu;

/** How many places a part counts for: "в A, B и C – по 3" is 3 for each of three; else 1. */
function eachOf(text: string, from: number, m: Mention): number {
  if (!EACH.test(text.slice(Math.max(from, m.start - 6), m.start))) return 1;
  // The places named for this part only: after the previous part's clause ("…, а в …").
  const own =
    text
      .slice(from, m.start)
      .split(/[;]|,[ \u00a0]*(?:а|ал|ал[ \u00a0]+енді)[ \u00a0]/u)
      .at(-1) ?? "";
  const names = own
    .replace(EACH, "")
    .split(/,|[ \u00a0](?:и|мен|және)[ \u00a0]/u)
    .filter((x) => /\p{L}/u.test(x));
  return Math.max(1, Math.min(names.length, 20));
}

// --- the same quantity twice -------------------------------------------------------------

/** The two words after a number when the first is a name: "Медеу ауданында" → "меде|ауда". */
function namedKey(text: string, m: Mention): string {
  const w = /^(?:-[\p{L}]+)?[ \u00a0]+(\p{Lu}[\p{L}]+)[ \u00a0]+([\p{L}]{4,})/u.exec(
    text.slice(m.end, m.end + 60),
  );
  return w
    ? `${(w[1] ?? "").slice(0, 4).toLowerCase()}|${(w[2] ?? "").slice(0, 4).toLowerCase()}`
    : "";
}

/** How close two statements of one quantity are (a restatement slip), as a share of the larger. */
const CLOSE = 0.1;

const close = (a: number, b: number): boolean =>
  a !== b && Math.abs(a - b) <= CLOSE * Math.max(Math.abs(a), Math.abs(b));

function sameRelation(ctx: Context, members: [Mention, Sentence][]): void {
  const [first] = members;
  if (!first) return;
  if (ctx.relations.some((r) => r.id === `same.${first[0].start}`)) return; // found both ways
  ctx.relations.push({
    id: `same.${first[0].start}`,
    type: "same",
    label: members.map(([m]) => m.text).join(" / "),
    roles: { members: members.map(([m, s]) => figureOf(ctx, m, s)) },
  });
}

function sameStatements(ctx: Context, sentences: Sentence[]): void {
  const { text } = ctx;
  // Two counts of the same named thing in different sentences, stated differently.
  const byKey = new Map<string, [Mention, Sentence][]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!isCount(m)) continue;
      const key = namedKey(text, m);
      if (key === "") continue;
      const list = byKey.get(key) ?? [];
      list.push([m, s]);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) {
    const [a, b] = list;
    if (list.length === 2 && a && b && a[1] !== b[1] && close(a[0].value, b[0].value))
      sameRelation(ctx, list);
  }
  // The headline's count and the only count of the same thing in the lead paragraph.
  const headline = sentences[0];
  if (!headline || headline.paragraph !== 0) return;
  headlinePercents(ctx, headline);
  const lead = sentences.filter(
    (s) => s.paragraph > 0 && s.paragraph <= 2 && s.mentions.length > 0,
  );
  const leadParagraph = lead[0]?.paragraph;
  for (const h of headline.mentions) {
    if (!isCount(h)) continue;
    const noun = nounAfter(text, h);
    if (noun === "") continue;
    const same = lead
      .filter((s) => s.paragraph === leadParagraph)
      .flatMap((s) =>
        s.mentions
          .filter((m) => isCount(m) && nounAfter(text, m) === noun)
          .map((m) => [m, s] as [Mention, Sentence]),
      );
    const [only] = same;
    if (same.length === 1 && only && close(only[0].value, h.value))
      sameRelation(ctx, [[h, headline], only]);
  }
}

/**
 * "… только у 10% школ" in the headline, "664 школы, или менее 10% от общего числа школ" in
 * the body: the headline restates the body's percentage of the same things, so the body's
 * share is checked against the headline's figure too.
 */
function headlinePercents(ctx: Context, headline: Sentence): void {
  const { text } = ctx;
  for (const h of headline.mentions) {
    if (!isPercent(h)) continue;
    const noun = nounAfter(text, h);
    if (noun === "") continue;
    const body = ctx.stated.filter(
      (f) =>
        f.stated &&
        f.part &&
        f.stated.start > headline.end &&
        f.stated.value === h.value &&
        f.stated.qualifier !== h.qualifier &&
        sameStem(nounAfter(text, f.part), noun),
    );
    const [f] = body;
    if (body.length !== 1 || !f) continue;
    ctx.relations.push({
      ...f.relation,
      id: `share.${h.start}`,
      roles: { ...f.relation.roles, stated: [figureOf(ctx, h, headline)] },
    });
  }
}
