// Scanning text by char codes: letters, spaces, the word before a number, and the next candidate
// (a digit or a whole number word). Number words are found with a trie over lower-cased letter
// codes packed into typed arrays, behind a table of the letter pairs a number word can start with:
// a regex alternation of the ~500 word forms scans Cyrillic text about ten times slower.
import { NUMBER_WORDS, type NumberWord } from "./number-words";

// The char-code helpers live here, next to the loops that call them for every character: a call
// across modules goes through an export getter under some loaders (tsx), which costs more.
const LETTER = /\p{L}/u;

/** Lower-cases one Cyrillic or Latin letter code (Kazakh capitals are the even codes of U+0460–U+04FF). */
export function lowerCode(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return c;
}

/** Letters by code, with a fast path for Latin, Latin-1 and Cyrillic. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x52f) return c <= 0x481 || c >= 0x48a;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows: – — « » № …
  return LETTER.test(String.fromCharCode(c));
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatinCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

interface Trie {
  /** Alphabet index of a lower-cased code below 0x500; 0 when no number word uses it. */
  letter: Uint8Array;
  width: number;
  /** next[node * width + letter] = child node, 0 for none (the root is never a child). */
  next: Int32Array;
  word: Array<NumberWord | null>;
}

function buildTrie(): Trie {
  const letter = new Uint8Array(0x500);
  let width = 1;
  for (const form of NUMBER_WORDS.keys()) {
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      if (letter[c] === 0) letter[c] = width++;
    }
  }
  // A typed array that doubles when full: a new node's row is zeros already. (Pushing `width`
  // zeros per node into a plain array took ~20 ms of the pane's first Load, run cold.)
  let next = new Int32Array(width * 1024);
  const word: Array<NumberWord | null> = [null];
  for (const [form, value] of NUMBER_WORDS) {
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const slot = node * width + (letter[form.charCodeAt(i)] ?? 0);
      let child = next[slot] ?? 0;
      if (child === 0) {
        child = word.length;
        word.push(null);
        if ((child + 1) * width > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[slot] = child;
      }
      node = child;
    }
    word[node] = value;
  }
  return { letter, width, next: next.slice(0, word.length * width), word };
}

const TRIE = buildTrie();

/**
 * The (first, second) letter pairs a number word starts with, by code offset from U+0400, in
 * lower and upper case: a table lookup on raw char codes, no case mapping in the loop.
 */
function buildPairs(): Uint8Array {
  const pairs = new Uint8Array(256 * 256);
  const mark = (a: number, b: number): void => {
    pairs[((a - 0x400) << 8) | ((b - 0x400) & 0xff)] = 1;
  };
  for (const form of NUMBER_WORDS.keys()) {
    const a = form.charCodeAt(0);
    const b = form.charCodeAt(1);
    // By code, not String#toUpperCase: this runs cold on the pane's first Load.
    for (const first of [a, upperCode(a)])
      for (const second of [b, upperCode(b)]) mark(first, second);
  }
  return pairs;
}

/** Upper-cases one letter code: by arithmetic for Russian and Latin, else as String#toUpperCase. */
function upperCode(c: number): number {
  if (c >= 0x430 && c <= 0x44f) return c - 0x20;
  if (c >= 0x450 && c <= 0x45f) return c - 0x50;
  if (c >= 0x61 && c <= 0x7a) return c - 0x20;
  return String.fromCharCode(c).toUpperCase().charCodeAt(0);
}

const PAIRS = buildPairs();

/** A cheap filter before the trie walk: can a number word start at `at`, whose code is `c`? */
function mayStartNumberWord(text: string, at: number, c: number): boolean {
  const b = text.charCodeAt(at + 1);
  return c >> 8 === 4 && b >> 8 === 4 && PAIRS[((c & 0xff) << 8) | (b & 0xff)] === 1;
}

export interface WordHit {
  end: number;
  word: NumberWord;
}

/** The whole number word starting at `at` (any case), or null: "двадцати" yes, "внутри" no. */
export function numberWordAt(text: string, at: number): WordHit | null {
  const { letter, width, next, word } = TRIE;
  let node = 0;
  let i = at;
  const length = text.length;
  for (; i < length; i++) {
    const c = lowerCode(text.charCodeAt(i));
    const index = c < 0x500 ? (letter[c] ?? 0) : 0;
    if (index === 0) break;
    node = next[node * width + index] ?? 0;
    if (node === 0) return null;
  }
  const found = word[node];
  if (!found || i === at) return null;
  // The word must end here: no further letter or digit.
  if (i < length) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || isLetterCode(c)) return null;
  }
  return { end: i, word: found };
}

/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, byte-order mark. */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The number word nextCandidate last stopped at, so its caller need not read it again. */
let lastWord: WordHit | null = null;

/** The number word found at nextCandidate's last result, when that was a letter. */
export function candidateWord(): WordHit | null {
  return lastWord;
}

/**
 * Where the next digit, whole number word or invisible character stands, at or after `from`; -1
 * when none. A hand-written loop over char codes: Cyrillic letters, most of any text, take the
 * shortest path.
 */
export function nextCandidate(text: string, from: number): number {
  const length = text.length;
  let prevLetter = from > 0 && isLetterCode(text.charCodeAt(from - 1));
  let i = from;
  while (i < length) {
    const c = text.charCodeAt(i);
    // c >> 8 === 4 is "in U+0400–U+04FF" in one test; past the end charCodeAt is NaN, NaN >> 8 is 0.
    if (c >> 8 === 4) {
      // A Cyrillic word (U+0482–U+0489 are signs, not letters: too rare to test for here).
      if (!prevLetter && mayStartNumberWord(text, i, c)) {
        const hit = numberWordAt(text, i);
        if (hit) {
          lastWord = hit;
          return i;
        }
      }
      // The rest of the run needs no test but "is it still Cyrillic".
      i++;
      while (text.charCodeAt(i) >> 8 === 4) i++;
      prevLetter = true;
      continue;
    }
    if (c < 0x41) {
      if (c >= 0x30 && c <= 0x39) return i;
      prevLetter = false;
    } else {
      if (isInvisibleCode(c)) return i;
      prevLetter = isLetterCode(c);
    }
    i++;
  }
  return -1;
}

/** Spaces that may stand between words: space, tab, line breaks, no-break, narrow and thin spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009
  );
}

export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
}

/** A word's first two letters, lower-cased, packed in one number (for sets of word starts). */
export function wordStart(text: string, at: number): number {
  return lowerCode(text.charCodeAt(at)) * 0x10000 + lowerCode(text.charCodeAt(at + 1));
}

/**
 * The word ending right before `end`, after at least one space; null when there is none, or when
 * `starts` is given and holds no wordStart of it (then no substring is made).
 */
export function previousWord(text: string, end: number, starts?: ReadonlySet<number>): Word | null {
  let i = end - 1;
  if (i < 0 || !isSpaceCode(text.charCodeAt(i))) return null;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  const wordEnd = i + 1;
  while (i >= 0 && isLetterCode(text.charCodeAt(i))) i--;
  const start = i + 1;
  if (wordEnd - start < 2 || wordEnd - start > 16) return null;
  if (starts && !starts.has(wordStart(text, start))) return null;
  return { start, end: wordEnd, lower: text.slice(start, wordEnd).toLowerCase() };
}
