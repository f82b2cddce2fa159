// The add-in state as the XML of one custom XML part: <sanaqState xmlns=NAMESPACE>JSON</sanaqState>.
// Both writers store it this way (Office.js customXmlParts, the .xlsx writer's customXml/ part)
// so the add-in finds it by namespace in any Sanaq workbook. Text content escapes & < > only,
// which is what the add-in's reader (src/excel/state-part.ts) undoes.
import type { WorkbookState } from "./plan-types";

const escapeText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, "&quot;");

export function stateXml(namespace: string, state: WorkbookState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sanaqState xmlns="${escapeAttribute(namespace)}">${escapeText(JSON.stringify(state))}</sanaqState>`;
}
