// Office's display language, kept from one opening of the pane to the next: it is known only
// once Office.js answers, after the first paint, so the prerendered shell is drawn in the one
// kept from last time (shell-language.js reads the same key), not the browser's, which in Excel
// may differ (Russian Windows, Kazakh Office).
import { pickLanguage } from "../i18n/index";

/** The localStorage key; src/taskpane/shell-language.js spells it out too (tested). */
export const SAVED_LANGUAGE_KEY = "sanaq.language";

export function rememberOfficeLanguage(
  displayLanguage: string | undefined,
  storage?: Pick<Storage, "setItem">,
): void {
  if (!displayLanguage) return;
  try {
    // Reading localStorage itself throws where storage is refused, hence inside the try.
    (storage ?? globalThis.localStorage).setItem(SAVED_LANGUAGE_KEY, pickLanguage(displayLanguage));
  } catch {
    // Storage refused (a sandboxed or private webview): the next shell uses the browser's.
  }
}
