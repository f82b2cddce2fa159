// Tells Kazakh from Russian by the letters only Kazakh uses, so a source row cannot carry the
// other language by mistake (the workbook labels quotes with it).
import { KAZAKH_ONLY as KAZAKH_LETTER } from "../numbers/chars";

const KAZAKH_ONLY = new RegExp(KAZAKH_LETTER.source, "g");
const CYRILLIC = /[\u0400-\u04ff]/g;

/** "kk", "ru", or undefined when the text is too short or too mixed to say. */
export function guessLanguage(text: string): "kk" | "ru" | undefined {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic < 200) return undefined;
  const share = (text.match(KAZAKH_ONLY)?.length ?? 0) / cyrillic;
  // Kazakh news has 10-20 % of these letters; Russian news none (names aside).
  if (share >= 0.05) return "kk";
  if (share < 0.01) return "ru";
  return undefined;
}
