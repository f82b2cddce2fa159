// The add-in state as the XML of one custom XML part: <sanaqState xmlns=NAMESPACE>JSON</sanaqState>.
// Both writers store it this way (Office.js customXmlParts, the .xlsx writer's customXml/ part)
// so the add-in finds it by namespace in any Sanaq workbook. Text content escapes & < > only,
// which is what parseStateXml, the reader refresh uses, undoes.
import type { WorkbookState } from "./plan-types";

const escapeText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, "&quot;");

export function stateXml(namespace: string, state: WorkbookState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sanaqState xmlns="${escapeAttribute(namespace)}">${escapeText(JSON.stringify(state))}</sanaqState>`;
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The state stored by stateXml; throws with what was found when the part is not ours. */
export function parseStateXml(xml: string): WorkbookState {
  const m = /<sanaqState\b[^>]*>([\s\S]*)<\/sanaqState>/.exec(xml);
  if (!m || m[1] === undefined) {
    throw new Error(
      `add-in state: expected <sanaqState>…</sanaqState>, found "${xml.slice(0, 80)}"`,
    );
  }
  const parsed: unknown = JSON.parse(unescapeXml(m[1]));
  if (typeof parsed !== "object" || parsed === null || !("sourceValues" in parsed)) {
    throw new Error("add-in state: the JSON has no sourceValues");
  }
  return parsed as WorkbookState;
}
