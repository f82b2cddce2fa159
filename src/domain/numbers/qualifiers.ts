// Qualifier words around a number. Russian ones stand before it ("более 150"); Kazakh ones mostly
// after it and need the number's case: ablative + астам/аса/асты ("98 пайыздан асты"), dative +
// дейін/жуық ("400 мыңға дейін"). A дейін before the number closes a time phrase ("жыл соңына
// дейін 500 мұнара") and leaves the number exact.
import type { Qualifier } from "../types";
import { previousWord, wordStart, type Word } from "./scan";
import { isAblative, isDative } from "./tail";

const BEFORE: ReadonlyArray<[string, Qualifier]> = [
  ["не менее", "at_least"],
  ["не меньше", "at_least"],
  ["как минимум", "at_least"],
  ["минимум", "at_least"],
  ["кемінде", "at_least"],
  ["не более", "at_most"],
  ["не больше", "at_most"],
  ["как максимум", "at_most"],
  ["максимум", "at_most"],
  ["более чем", "more_than"],
  ["более", "more_than"],
  ["больше", "more_than"],
  ["свыше", "more_than"],
  ["менее чем", "less_than"],
  ["менее", "less_than"],
  ["меньше", "less_than"],
  ["около", "about"],
  ["примерно", "about"],
  ["приблизительно", "about"],
  ["порядка", "about"],
  ["почти", "about"],
  ["шамамен", "about"],
  ["шамасы", "about"],
  ["до", "up_to"],
  ["от", "at_least"],
];

const BEFORE_WORDS = new Map(BEFORE);
/** How the words before a number that matter start: qualifiers, and "номер" / "нөмір". */
export const BEFORE_STARTS: ReadonlySet<number> = new Set(
  [...BEFORE.flatMap(([w]) => w.split(" ")), "номер", "нөмір", "как", "чем"].map((w) =>
    wordStart(w, 0),
  ),
);
/** Second words of two-word qualifiers, and the first words they take. */
const PHRASE_FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["менее", new Set(["не"])],
  ["меньше", new Set(["не"])],
  ["более", new Set(["не"])],
  ["больше", new Set(["не"])],
  ["минимум", new Set(["как"])],
  ["максимум", new Set(["как"])],
  ["чем", new Set(["более", "менее"])],
]);

export interface Before {
  qualifier: Qualifier;
  /** Where the qualifier word starts. */
  start: number;
  word: string;
}

/** The qualifier word or phrase of `last`, the word right before a number, and the one before it. */
export function qualifierBefore(text: string, last: Word | null): Before | null {
  if (!last) return null;
  const firsts = PHRASE_FIRST.get(last.lower);
  if (firsts) {
    const first = previousWord(text, last.start, BEFORE_STARTS);
    if (first && firsts.has(first.lower)) {
      const word = `${first.lower} ${last.lower}`;
      const qualifier = BEFORE_WORDS.get(word);
      if (qualifier) return { qualifier, start: first.start, word };
    }
  }
  const qualifier = BEFORE_WORDS.get(last.lower);
  if (!qualifier) return null;
  // "уменьшилась до 33%": a change that happened ends at its result, an exact figure; "до N" is a
  // target or limit wherever else it stands ("довести до 62.", "(до 50%)", "До 500 сёл").
  if (last.lower === "до" && changedBefore(text, last.start)) return null;
  return { qualifier, start: last.start, word: last.lower };
}

/** A past-tense reflexive verb right before `at`: "уменьшилась", "выросло", "сократились". */
function changedBefore(text: string, at: number): boolean {
  return /[\p{L}]{3,}(?:лся|лась|лось|лись)[ \u00A0]+$/u.test(text.slice(Math.max(0, at - 24), at));
}

type Needs = "ablative" | "dative" | "any";
const AFTER: ReadonlyArray<[string, Qualifier, Needs]> = [
  // Negated "less": "50 пайыздан кем емес", "10-нан кем болмайтын" is at least. Listed before
  // "кем" so the longer phrase wins.
  ["кем емес", "at_least", "ablative"],
  ["кем болмайтын", "at_least", "ablative"],
  ["кем болмауы", "at_least", "ablative"],
  ["кем болмауға", "at_least", "ablative"],
  ["кем болмайды", "at_least", "ablative"],
  ["астамы", "more_than", "any"],
  ["астам", "more_than", "any"],
  ["асатын", "more_than", "ablative"],
  ["аспайтын", "at_most", "ablative"],
  ["аспауы", "at_most", "ablative"],
  ["аспайды", "at_most", "ablative"],
  ["төмен", "less_than", "ablative"],
  ["жоғары", "more_than", "ablative"],
  ["аса", "more_than", "ablative"],
  ["артық", "more_than", "ablative"],
  ["асты", "more_than", "ablative"],
  ["асып", "more_than", "ablative"],
  ["асады", "more_than", "ablative"],
  ["көп", "more_than", "ablative"],
  ["кем", "less_than", "ablative"],
  ["аз", "less_than", "ablative"],
  ["жуық", "about", "dative"],
  ["таяу", "about", "dative"],
  ["шамасында", "about", "any"],
  ["шамасы", "about", "any"],
  ["дейін", "up_to", "dative"],
  ["с лишним", "more_than", "any"],
  ["с небольшим", "more_than", "any"],
  ["и более", "at_least", "any"],
  ["и свыше", "at_least", "any"],
  ["и выше", "at_least", "any"],
  ["и менее", "at_most", "any"],
  ["и меньше", "at_most", "any"],
  ["и ниже", "at_most", "any"],
];
const AFTER_RE = new RegExp(`[ \\u00A0]+(${AFTER.map(([w]) => w).join("|")})(?![\\p{L}])`, "yu");

/** Initials of the words above, to skip the regex after most numbers. */
const AFTER_INITIALS = new Set(AFTER.map(([w]) => w.charCodeAt(0)));

/** "500 ауылға дейін": the dative on the noun after a bare number, then дейін — up to N. */
const NOUN_UNTIL = /[ \u00A0]+[\p{L}-]{2,}(?:ға|ге|қа|ке|на|не|а|е)[ \u00A0]+дейін(?![\p{L}])/uy;
/** Time nouns whose "-ға дейін" is a deadline, not a limit of the number: "2 жылға дейін". */
const TIME_NOUN = /^[ \u00A0]+(?:жыл|ай|күн|апта|сағат|соң|аяғ|мерзім)/u;

/** The qualifier word right after a number whose last word ends in `ending`. */
export function qualifierAfter(text: string, end: number, ending: string): Qualifier | null {
  let i = end;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0) i++;
  if (i === end) return null;
  if (ending === "") {
    NOUN_UNTIL.lastIndex = end;
    if (NOUN_UNTIL.test(text) && !TIME_NOUN.test(text.slice(end, end + 12))) return "up_to";
  }
  if (!AFTER_INITIALS.has(text.charCodeAt(i))) return null;
  AFTER_RE.lastIndex = end;
  const m = AFTER_RE.exec(text);
  if (!m) return null;
  const entry = AFTER.find(([w]) => w === m[1]);
  if (!entry) return null;
  const [, qualifier, needs] = entry;
  if (needs === "ablative" && !isAblative(ending)) return null;
  if (needs === "dative" && !isDative(ending)) return null;
  return qualifier;
}
