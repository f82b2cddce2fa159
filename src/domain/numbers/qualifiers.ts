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
  return qualifier ? { qualifier, start: last.start, word: last.lower } : null;
}

type Needs = "ablative" | "dative" | "any";
const AFTER: ReadonlyArray<[string, Qualifier, Needs]> = [
  ["астам", "more_than", "any"],
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

/** The qualifier word right after a number whose last word ends in `ending`. */
export function qualifierAfter(text: string, end: number, ending: string): Qualifier | null {
  let i = end;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0) i++;
  if (i === end || !AFTER_INITIALS.has(text.charCodeAt(i))) return null;
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
