// Reading back the add-in's state part (written in the format of src/workbook/state-xml.ts,
// found and replaced by its namespace).
import type { WorkbookState } from "../workbook/plan-types";

export { stateXml } from "../workbook/state-xml";

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
