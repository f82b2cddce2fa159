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

/**
 * Custom XML parts are written in one request each, and a request is limited (5 MB on Excel on
 * the web): a state bigger than this goes into several parts of the same namespace, the
 * fingerprints of what each table was written with in <sanaqWritten> parts beside the main one.
 */
export const MAX_STATE_PART_CHARS = 800_000;

interface WrittenChunk {
  table: string;
  columns: string[];
  formulas: Record<string, string>;
  rows: Record<string, string>;
}

function writtenXml(namespace: string, chunk: WrittenChunk): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sanaqWritten xmlns="${escapeAttribute(namespace)}">${escapeText(JSON.stringify(chunk))}</sanaqWritten>`;
}

/** The state as the XML of one part, or of several when it is large (see MAX_STATE_PART_CHARS). */
export function stateXmlParts(namespace: string, state: WorkbookState): string[] {
  const whole = stateXml(namespace, state);
  if (whole.length <= MAX_STATE_PART_CHARS || state.written === undefined) return [whole];
  const { written, ...main } = state;
  const parts = [stateXml(namespace, main)];
  for (const [table, w] of Object.entries(written)) {
    let rows: Record<string, string> = {};
    let size = 0;
    const flush = () => {
      parts.push(writtenXml(namespace, { table, columns: w.columns, formulas: w.formulas, rows }));
      rows = {};
      size = 0;
    };
    for (const [id, hashes] of Object.entries(w.rows)) {
      rows[id] = hashes;
      // JSON quoting and XML escaping of ids: at most a few characters more per row.
      size += 2 * id.length + hashes.length + 8;
      if (size > MAX_STATE_PART_CHARS - 2048) flush();
    }
    if (size > 0 || Object.keys(w.rows).length === 0) flush();
  }
  return parts;
}

/** The state stored by stateXmlParts, from the XML of every part of its namespace, any order. */
export function parseStateXmlParts(xmls: string[]): WorkbookState | undefined {
  const chunks: WrittenChunk[] = [];
  let state: WorkbookState | undefined;
  for (const xml of xmls) {
    const m = /<sanaqWritten\b[^>]*>([\s\S]*)<\/sanaqWritten>/.exec(xml);
    if (m) chunks.push(JSON.parse(unescapeXml(m[1] ?? "")) as WrittenChunk);
    else state = parseStateXml(xml);
  }
  if (!state || chunks.length === 0) return state;
  const written: NonNullable<WorkbookState["written"]> = { ...state.written };
  for (const c of chunks) {
    const table = (written[c.table] ??= { columns: c.columns, formulas: c.formulas, rows: {} });
    Object.assign(table.rows, c.rows);
  }
  return { ...state, written };
}
