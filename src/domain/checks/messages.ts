// Message templates of the checks in English, Russian and Kazakh, with number formatting per
// language: ru and kk write a decimal comma and group thousands with a no-break space.
import type { Messages, Qualifier } from "../types";
import { visibleShort } from "../visible";

export type Lang = keyof Messages;

const NBSP = "\u00a0";

/** 1234567.5 → "1 234 567,5" (ru, kk) or "1,234,567.5" (en); `decimals` fixed when given. */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "—";
  const fixed = decimals === undefined ? String(round(value, 6)) : value.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [whole = "", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const sep = lang === "en" ? "," : NBSP;
  const grouped =
    whole.length > 4 || lang === "en" ? whole.replace(/\B(?=(\d{3})+$)/g, sep) : whole;
  const dot = lang === "en" ? "." : ",";
  return `${negative ? "−" : ""}${grouped}${fraction ? dot + fraction : ""}`;
}

function round(value: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(value * k) / k;
}

export function formatPercent(value: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(value, lang, decimals)}%`;
}

/** The same text in the three languages, built by one function of the language. */
export function inAll(build: (lang: Lang) => string): Messages {
  return { en: build("en"), ru: build("ru"), kk: build("kk") };
}

export const NONE: Messages = { en: "", ru: "", kk: "" };

// --- Kazakh case endings after a number written in digits ("353-тің", "51-і") -----------
// The ending agrees with the last word of the number as read aloud.

const UNITS = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The last word of an integer read aloud in Kazakh. */
export function lastKazakhWord(n: number): string {
  const v = Math.abs(Math.trunc(n));
  if (v === 0) return "нөл";
  if (v % 10 !== 0) return UNITS[v % 10] ?? "";
  if (v % 100 !== 0) return TENS[(v % 100) / 10] ?? "";
  if (v % 1000 !== 0) return "жүз";
  if (v % 1e6 !== 0) return "мың";
  if (v % 1e9 !== 0) return "миллион";
  return "миллиард";
}

const FRONT = /[әеіөүи]/;
const BACK = /[аоұы]/;

function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i] ?? "";
    if (FRONT.test(c)) return true;
    if (BACK.test(c)) return false;
  }
  return true;
}

function lastNumberWord(n: number): string {
  // A decimal is read with its fractional digits last ("14,4" → "он төрт бүтін оннан төрт").
  const s = String(n);
  const fraction = s.split(".")[1];
  return lastKazakhWord(fraction ? Number(fraction) : n);
}

/** Genitive: 353 → "353-тің", 357 → "357-нің", 50 → "50-дің". */
export function kkGenitive(n: number, shown: string): string {
  const word = lastNumberWord(n);
  const last = word[word.length - 1] ?? "";
  const front = isFront(word);
  let c: string;
  if (/[аеиоуыіәөүұ]/.test(last) && last !== "у") c = "н";
  else if (/[мнң]/.test(last)) c = "н";
  else if (/[рлйузж]/.test(last)) c = "д";
  else c = "т";
  return `${shown}-${c}${front ? "ің" : "ың"}`;
}

/** Third-person possessive: 51 → "51-і", 2 → "2-сі", 6 → "6-сы". */
export function kkPossessive(n: number, shown: string): string {
  const word = lastNumberWord(n);
  const last = word[word.length - 1] ?? "";
  const front = isFront(word);
  const vowel = /[аеиоыіәөүұ]/.test(last);
  return `${shown}-${vowel ? "с" : ""}${front ? "і" : "ы"}`;
}

/** Ablative: 150 → "150-ден", 20 000 → "20 000-нан", 50% → "50%-дан". */
export function kkAblative(n: number, shown: string, percent = false): string {
  const word = percent ? "пайыз" : lastNumberWord(n);
  const last = word[word.length - 1] ?? "";
  const front = isFront(word);
  let c: string;
  if (/[мнң]/.test(last)) c = "н";
  else if (/[аеиоыіәөүұрлйузж]/.test(last)) c = "д";
  else c = "т";
  return `${shown}-${c}${front ? "ен" : "ан"}`;
}

// --- Numbers as a planner reads them --------------------------------------------------

/** A value with its written precision and qualifier, e.g. "более 150", "272,5 мыңнан астам". */
export interface Shown {
  value: number;
  upper?: number;
  qualifier: Qualifier;
  /** Decimals to show (from the written precision). */
  decimals: number;
  percent: boolean;
}

function plain(s: Shown, lang: Lang, value = s.value): string {
  const n = formatNumber(value, lang, s.decimals);
  return s.percent ? `${n}%` : n;
}

export function showValue(s: Shown, lang: Lang): string {
  const v = plain(s, lang);
  switch (s.qualifier) {
    case "exact":
      return v;
    case "range":
      return `${v}–${plain(s, lang, s.upper ?? s.value)}`;
    case "about":
      return { en: `about ${v}`, ru: `около ${v}`, kk: `шамамен ${v}` }[lang];
    case "more_than":
      return {
        en: `more than ${v}`,
        ru: `более ${v}`,
        kk: `${kkAblative(s.value, v, s.percent)} астам`,
      }[lang];
    case "at_least":
      return { en: `at least ${v}`, ru: `не менее ${v}`, kk: `кемінде ${v}` }[lang];
    case "less_than":
      return {
        en: `less than ${v}`,
        ru: `менее ${v}`,
        kk: `${kkAblative(s.value, v, s.percent)} кем`,
      }[lang];
    case "at_most":
    case "up_to":
      return { en: `at most ${v}`, ru: `не более ${v}`, kk: `ең көбі ${v}` }[lang];
  }
}

/** An integer range as "417–419" (or "417"); ru words it "от 417 до 419". */
function showRange(min: number, max: number, lang: Lang, ruWords = false): string {
  if (min === max) return formatNumber(min, lang);
  if (lang === "ru" && ruWords)
    return `от ${formatNumber(min, lang)} до ${formatNumber(max, lang)}`;
  return `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
}

// --- Conflict messages ----------------------------------------------------------------

export interface ShareTexts {
  stated: Shown;
  part: Shown;
  whole: Shown;
  /** part / whole × 100 from the figures' values. */
  implied: number;
  impliedDecimals: number;
}

export function shareMessage(t: ShareTexts): Messages {
  return inAll((lang) => {
    const s = showValue(t.stated, lang);
    const p = showValue(t.part, lang);
    const w = showValue(t.whole, lang);
    const i = formatPercent(t.implied, lang, t.impliedDecimals);
    if (lang === "en") return `The text states ${s}, but ${p} of ${w} is ${i}.`;
    if (lang === "ru") return `В тексте указано ${s}, но ${p} из ${w} — это ${i}.`;
    return `Мәтінде ${s} делінген, бірақ ${kkGenitive(t.whole.value, w)} ${kkPossessive(t.part.value, p)} — ${i}.`;
  });
}

/** A part over its whole; `parts` when the part is several figures together. */
export function partOverWholeMessage(part: Shown, whole: Shown, parts: Shown[] = []): Messages {
  return inAll((lang) => {
    const p = showValue(part, lang);
    const w = showValue(whole, lang);
    if (parts.length > 1) {
      const list = `${parts.map((x) => showValue(x, lang)).join(" + ")} = ${p}`;
      if (lang === "en") return `The parts ${list} exceed their whole (${w}), which cannot be.`;
      if (lang === "ru") return `Части ${list} больше целого (${w}) — так быть не может.`;
      return `Бөліктер ${list} бүтіннен (${w}) үлкен — бұлай болуы мүмкін емес.`;
    }
    if (lang === "en") return `The part (${p}) is larger than its whole (${w}), which cannot be.`;
    if (lang === "ru") return `Часть (${p}) больше целого (${w}) — так быть не может.`;
    return `Бөлік (${p}) бүтіннен (${w}) үлкен — бұлай болуы мүмкін емес.`;
  });
}

export function statedOver100Message(stated: Shown): Messages {
  return inAll((lang) => {
    const s = showValue(stated, lang);
    if (lang === "en") return `The text states ${s}, but a share of a whole cannot exceed 100%.`;
    if (lang === "ru") return `В тексте указано ${s}, но доля от целого не может превышать 100%.`;
    return `Мәтінде ${s} делінген, бірақ бүтіннің үлесі 100%-дан аспайды.`;
  });
}

/** Integer parts of the whole, and integer wholes for the part, that give the stated share. */
export interface ShareFix {
  stated: Shown;
  part: Shown;
  whole: Shown;
  parts: { min: number; max: number } | null;
  wholes: { min: number; max: number } | null;
}

export function shareSuggestion(f: ShareFix): Messages {
  if (!f.parts && !f.wholes) return NONE;
  return inAll((lang) => {
    const s = showValue(f.stated, lang);
    const w = showValue(f.whole, lang);
    const parts = f.parts && showRange(f.parts.min, f.parts.max, lang);
    const wholes = f.wholes && showRange(f.wholes.min, f.wholes.max, lang, true);
    const kkParts = f.parts && parts && kkPossessive(f.parts.max, parts);
    if (lang === "en") {
      if (parts && wholes)
        return `A part of ${parts} of ${w}, or a whole of ${wholes}, would give ${s}.`;
      if (parts) return `A part of ${parts} of ${w} would give ${s}.`;
      return `No whole-number part of ${w} gives ${s}; a whole of ${wholes} would.`;
    }
    if (lang === "ru") {
      if (parts && wholes)
        return `${s} получается при ${parts} из ${w} или при общем числе ${wholes}.`;
      if (parts) return `${s} получается при ${parts} из ${w}.`;
      return `Никакое целое число из ${w} не даёт ${s}; это получается при общем числе ${wholes}.`;
    }
    const gen = kkGenitive(f.whole.value, w);
    if (kkParts && wholes)
      return `${s} болу үшін ${gen} ${kkParts} немесе жалпы саны ${wholes} болуы керек.`;
    if (kkParts) return `${s} болу үшін ${gen} ${kkParts} болуы керек.`;
    return `${gen} ешбір бүтін бөлігі ${s} бермейді; жалпы саны ${wholes} болса, дәл келеді.`;
  });
}

export function sumMessage(parts: Shown[], sum: Shown, whole: Shown): Messages {
  return inAll((lang) => {
    const list = parts.map((p) => showValue(p, lang)).join(" + ");
    const total = showValue(sum, lang);
    const w = showValue(whole, lang);
    if (lang === "en") return `The parts ${list} add up to ${total}, but the text states ${w}.`;
    if (lang === "ru") return `Части ${list} в сумме дают ${total}, но в тексте указано ${w}.`;
    return `Бөліктердің қосындысы ${list} = ${total}, бірақ мәтінде ${w} делінген.`;
  });
}

export function sumSuggestion(sum: Shown): Messages {
  return inAll((lang) => {
    const total = showValue(sum, lang);
    if (lang === "en") return `A total of ${total} would fit.`;
    if (lang === "ru") return `Подошло бы общее число ${total}.`;
    return `Барлығы ${total} болса, дәл келеді.`;
  });
}

/**
 * Figures of one quantity that cannot all be true, each with its source's name (its title,
 * «…», when the source has one). When they all come from one text, the message says so and
 * names it once: the text contradicts itself.
 */
export function agreementMessage(
  items: { shown: Shown; source: string; sourceName: string }[],
): Messages {
  const oneText = items.length > 1 && items.every((i) => i.source === items[0]?.source);
  const name = items[0]?.sourceName ?? "";
  return inAll((lang) => {
    if (oneText) {
      const values = items.map((i) => showValue(i.shown, lang));
      const last = values.pop() ?? "";
      const and = { en: " and ", ru: " и ", kk: " және " }[lang];
      const list = `${values.join(", ")}${and}${last}`;
      const two = items.length === 2;
      if (lang === "en")
        return `One text, ${name}, gives this quantity as ${list}: ${two ? "the two cannot both" : "they cannot all"} be true.`;
      if (lang === "ru")
        return `В одном и том же тексте ${name} эта величина указана по-разному: ${list}; ${two ? "оба значения" : "все эти значения"} не могут быть верны одновременно.`;
      return `${name} мәтінінде бұл шама әртүрлі көрсетілген: ${list}; бұл мәндердің ${two ? "екеуі" : "бәрі"} бірдей дұрыс бола алмайды.`;
    }
    const list = items.map((i) => `${showValue(i.shown, lang)} (${i.sourceName})`).join(", ");
    if (lang === "en") return `These figures state one quantity but cannot all be true: ${list}.`;
    if (lang === "ru")
      return `Эти значения одной и той же величины не могут быть верны одновременно: ${list}.`;
    return `Бір шаманың бұл мәндері бір мезгілде дұрыс бола алмайды: ${list}.`;
  });
}

/** A quote inside a message: hidden characters shown, and short enough for one cell. */
const MAX_QUOTE_IN_MESSAGE = 1000;

export function sourceMessage(edited: Shown, written: Shown, text: string): Messages {
  const quote = visibleShort(text, MAX_QUOTE_IN_MESSAGE);
  return inAll((lang) => {
    const e = showValue(edited, lang);
    const w = showValue(written, lang);
    if (lang === "en")
      return `The value ${e} no longer matches its quote, which says ${w}: “${quote}”.`;
    if (lang === "ru")
      return `Значение ${e} больше не совпадает с цитатой, где указано ${w}: «${quote}».`;
    return `${e} мәні дәйексөзге сәйкес емес, онда ${w} делінген: «${quote}».`;
  });
}

export function sourceSuggestion(written: Shown): Messages {
  return inAll((lang) => {
    const w = showValue(written, lang);
    if (lang === "en") return `Restore ${w}, or change the quote if the text has changed.`;
    if (lang === "ru") return `Верните ${w} или исправьте цитату, если изменился текст.`;
    return `${w} мәнін қайтарыңыз немесе мәтін өзгерсе, дәйексөзді түзетіңіз.`;
  });
}

const ROLE_WORDS: Record<"whole" | "planned", Messages> = {
  whole: { en: "the whole", ru: "общее число", kk: "жалпы саны" },
  planned: { en: "the plan", ru: "план", kk: "жоспар" },
};

/** Why a derived indicator has no value: its divisor is 0, or a figure is missing. */
export function cannotComputeMessage(
  why: { zero: "whole" | "planned" } | { missing: string },
): Messages {
  return inAll((lang) => {
    if ("zero" in why) {
      const role = ROLE_WORDS[why.zero][lang];
      if (lang === "en") return `Cannot compute: ${role} is 0.`;
      if (lang === "ru") return `Невозможно вычислить: ${role} равно 0.`;
      return `Есептеу мүмкін емес: ${role} 0-ге тең.`;
    }
    if (lang === "en") return `Cannot compute: figure ${why.missing} is missing.`;
    if (lang === "ru") return `Невозможно вычислить: нет показателя ${why.missing}.`;
    return `Есептеу мүмкін емес: ${why.missing} көрсеткіші жоқ.`;
  });
}

export interface TruncatedTexts extends ShareTexts {
  /** The implied share rounded to the stated precision ("100%" for 99.83%). */
  rounded: number;
}

/** The stated percentage is the implied one cut off at its precision, not rounded. */
export function truncatedMessage(t: TruncatedTexts): Messages {
  return inAll((lang) => {
    const s = showValue(t.stated, lang);
    const p = showValue(t.part, lang);
    const w = showValue(t.whole, lang);
    const i = formatPercent(t.implied, lang, t.impliedDecimals + 2);
    const r = formatPercent(t.rounded, lang, t.impliedDecimals);
    if (lang === "en")
      return `The text states ${s}; ${p} of ${w} is ${i}, which rounds to ${r}: the percentage is truncated, not rounded.`;
    if (lang === "ru")
      return `В тексте указано ${s}; ${p} из ${w} — это ${i}, что округляется до ${r}: процент усечён, а не округлён.`;
    return `Мәтінде ${s} делінген; ${kkGenitive(t.whole.value, w)} ${kkPossessive(t.part.value, p)} — ${i}, дөңгелектегенде ${r}: пайыз дөңгелектелмей, қысқартылған.`;
  });
}

/** A listed breakdown a little short of its stated total: maybe just incomplete. */
export function incompleteSumMessage(
  parts: Shown[],
  sum: Shown,
  whole: Shown,
  gap: Shown,
): Messages {
  return inAll((lang) => {
    const list = parts.map((p) => showValue(p, lang)).join(" + ");
    const total = showValue(sum, lang);
    const w = showValue(whole, lang);
    const g = showValue(gap, lang);
    if (lang === "en")
      return `The listed parts ${list} add up to ${total}, ${g} short of the stated total ${w}: the list may be incomplete.`;
    if (lang === "ru")
      return `Перечисленные части ${list} в сумме дают ${total} — на ${g} меньше указанного итога ${w}: перечень, возможно, неполный.`;
    return `Аталған бөліктердің қосындысы ${list} = ${total}, көрсетілген жалпы саннан (${w}) ${g} кем: тізім толық болмауы мүмкін.`;
  });
}
