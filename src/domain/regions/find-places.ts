// Finds the places of the gazetteer in a text, and the region each figure is about: the place
// its sentence names nearest before the number (else after it), failing that the region of the
// title line, failing that the one the text names most. A sentence naming two regions, or a
// text naming two equally, is marked ambiguous for the planner.
import { PLACES, type Place } from "./gazetteer";

export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
}

interface PlaceForm {
  place: Place;
  /** A run of characters every match contains: a text without it is not searched. */
  literal: string;
  source: string;
  /** Made on the first text that holds `literal`. */
  re?: RegExp;
}

/** The regex of one gazetteer form: "~" stands for any ending. */
export function formSource(form: string): string {
  return `(?<![\\p{L}\\d-])(?:${form.replaceAll("~", "\\p{L}*")})(?![\\p{L}])`;
}

/**
 * The longest run of plain characters that every match of the form contains, outside brackets,
 * groups and escapes ("Семе(?:й|я)" gives "Семе", "[Рр]еспублика бойынша" "еспублика бойынша");
 * "" when there is none (a top-level "|").
 */
export function requiredLiteral(form: string): string {
  let best = "";
  let run = "";
  let depth = 0;
  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < form.length; i++) {
    const c = form[i] ?? "";
    if (c === "\\") {
      endRun();
      i++;
    } else if (c === "[") {
      endRun();
      i = form.indexOf("]", i + 1);
      if (i < 0) return "";
    } else if (c === "(") {
      endRun();
      depth++;
    } else if (c === ")") {
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (c === "|") {
      return "";
    } else if (c === "?" || c === "*" || c === "{") {
      run = run.slice(0, -1); // the character before is optional
      endRun();
      if (c === "{") i = Math.max(i, form.indexOf("}", i));
    } else if ("~.^$+".includes(c)) {
      endRun();
    } else {
      run += c;
    }
  }
  endRun();
  return best;
}

/**
 * The forms, their regexes made lazily: 180 Unicode regexes with lookbehinds cost ~40 ms to make
 * and about a second to run for the first time on this machine (AMD EPYC), so a text is searched
 * only with the forms whose literal it holds. (The pane's domain chunk brings this module for
 * Add a source; the preview's first load never searches for places.)
 */
let forms: PlaceForm[] | undefined;
function placeForms(): PlaceForm[] {
  forms ??= PLACES.flatMap((place) =>
    place.forms.map((form) => ({
      place,
      literal: requiredLiteral(form),
      source: formSource(form),
    })),
  );
  return forms;
}

/** Every place the text names, in text order; a place inside a longer one yields to it. */
export function findPlaces(text: string): PlaceMention[] {
  const all: PlaceMention[] = [];
  for (const form of placeForms()) {
    if (form.literal !== "" && !text.includes(form.literal)) continue;
    form.re ??= new RegExp(form.source, "gu");
    const { place, re } = form as Required<PlaceForm>;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      all.push({ place, start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest first, then keep those that do not overlap a kept one.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PlaceMention[] = [];
  for (const m of all) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Who speaks for the whole country; only read when the text names no place. */
const NATIONAL =
  /(?<![\p{L}])(?:[Мм]инистр\p{L}*|[Пп]равительств\p{L}*|[Үү]кімет\p{L}*|[Вв]ице-премьер\p{L}*|[Пп]ремьер-министр\p{L}*)/u;
/** "в области", "облыста", "өңірде": the text's own region, named again without its name. */
const OWN_REGION =
  /(?<![\p{L}])(?:в|по)\s+(?:области|регионе|районе)(?![\p{L}])|(?<![\p{L}])(?:облыста|облыстың|облысымызда\p{L}*|өңірде|өңірдің|өңірімізде)(?![\p{L}])/gu;

export interface RegionGuess {
  /** The English key a figure is filed under ("Aktobe region", "Astana", "Kazakhstan"). */
  region: string;
  /** Where it came from: the number's sentence or the text as a whole. */
  from: "sentence" | "text";
  /** Other regions the sentence (or text) names: the planner should confirm. */
  alternatives: string[];
}

/** The region a whole text is about: its title line's, else the one it names most; undefined if none. */
export function textRegion(
  text: string,
  places: PlaceMention[] = findPlaces(text),
): RegionGuess | undefined {
  const firstLineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  const inTitle = distinct(places.filter((p) => p.end <= firstLineEnd));
  if (inTitle.length > 0) {
    const [region, ...alternatives] = inTitle;
    return { region: region as string, from: "text", alternatives };
  }
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.place.fileAs, (counts.get(p.place.fileAs) ?? 0) + 1);
  // A region named in the body outweighs the country (which is named in every ministry's title).
  const ranked = [...counts].sort(
    (a, b) => b[1] - a[1] + 0.5 * (Number(a[0] === "Kazakhstan") - Number(b[0] === "Kazakhstan")),
  );
  const best = ranked[0];
  if (!best) {
    // No place at all, but a minister or the government speaks: a national text.
    return NATIONAL.test(text)
      ? { region: "Kazakhstan", from: "text", alternatives: [] }
      : undefined;
  }
  const tied = ranked.filter(([key, n]) => n === best[1] && key !== best[0]).map(([key]) => key);
  return { region: best[0], from: "text", alternatives: tied };
}

/** The region of a number at [start, end) in the sentence [sentenceStart, sentenceEnd). */
export function regionAt(
  places: PlaceMention[],
  sentence: { start: number; end: number },
  at: number,
  fallback: RegionGuess | undefined,
  text?: string,
): RegionGuess | undefined {
  const inside = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (inside.length === 0) return fallback;
  const before = inside.filter((p) => p.end <= at);
  // "…в Астане, в области 349 сел": the text's own region named nearer the number wins.
  if (fallback && text !== undefined) {
    const last = before[before.length - 1];
    const span = text.slice(last ? last.end : sentence.start, at);
    if (OWN_REGION.test(span)) {
      OWN_REGION.lastIndex = 0;
      const alternatives = distinct(inside).filter((r) => r !== fallback.region);
      return { region: fallback.region, from: "sentence", alternatives };
    }
    OWN_REGION.lastIndex = 0;
  }
  const nearest = before[before.length - 1] ?? inside.find((p) => p.start >= at) ?? inside[0];
  const region = (nearest as PlaceMention).place.fileAs;
  const alternatives = distinct(inside).filter((r) => r !== region);
  return { region, from: "sentence", alternatives };
}

function distinct(places: PlaceMention[]): string[] {
  return [...new Set(places.map((p) => p.place.fileAs))];
}
