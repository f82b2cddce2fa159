// The add-in's state (sources version, hashes, load time) as one custom XML part, found and
// replaced by its namespace. The JSON is XML-escaped text inside a single element.
import type { WorkbookState } from "../workbook/plan-types";

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export function stateXml(namespace: string, state: WorkbookState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sanaqState xmlns="${escapeXml(namespace)}">${escapeXml(JSON.stringify(state))}</sanaqState>`;
}

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
