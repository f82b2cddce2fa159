// The automatic checks of a pasted text: the statements the text lets us test on its own
// (findStatements), judged by the same runChecks as curated figures. A news text (under
// SLICE_CHARS) is checked in one pass; a longer paste (many texts, a CSV) in slices of whole
// paragraphs, yielding to the browser between slices and reporting progress, so a 10 MB paste
// never freezes the pane. A statement that spans a slice boundary (a headline and its lead, a
// rest a few sentences after its classes) is not found there. The pane loads this module with
// a dynamic import (domain-services.ts).
import { findStatements } from "../../domain/checks/find-statements";
import { runChecks } from "../../domain/checks/run-checks";
import { KAZAKH_ONLY } from "../../domain/numbers/chars";
import type { Source } from "../../domain/types";
import type { TextCheck, TextFinding } from "./pane-services";

const pastedId = "pasted";

/** About this many characters per slice: a few milliseconds of work each. */
export const SLICE_CHARS = 20_000;

/**
 * Slices of `text` that end at a paragraph break (a blank line not continuing a list), each
 * at least `size` characters long except the last; their concatenation is the text. A text
 * with no paragraph break for 4 × size characters (one endless sentence) is cut at a space
 * there, so no slice blocks the pane for long.
 */
export function paragraphSlices(text: string, size = SLICE_CHARS): string[] {
  const slices: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let at = start + size;
    let cut = -1;
    while (cut < 0) {
      const i = text.indexOf("\n\n", at);
      if (i < 0 || i > start + 4 * size) {
        const space = text.lastIndexOf(" ", start + 4 * size - 1);
        if (text.length - start > 4 * size) cut = space > start ? space + 1 : start + 4 * size;
        break;
      }
      const before = text.slice(Math.max(start, i - 2), i).trimEnd();
      if (!/[:;,]$/.test(before)) cut = i + 2;
      else at = i + 2;
    }
    if (cut < 0) break;
    slices.push(text.slice(start, cut));
    start = cut;
  }
  slices.push(text.slice(start));
  return slices;
}

/** Waits for the browser to paint and handle input between slices. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function checkText(
  text: string,
  onProgress: (fraction: number) => void = () => {},
  pause: () => Promise<void> = nextTask,
): Promise<TextCheck> {
  const source: Source = {
    id: pastedId,
    file: "",
    title: "",
    language: KAZAKH_ONLY.test(text) ? "kk" : "ru",
    published: "",
    region: "",
    publisher: "",
    text,
  };
  const findings: TextFinding[] = [];
  let statements = 0;
  let done = 0;
  const slices = paragraphSlices(text);
  for (const [k, slice] of slices.entries()) {
    const found = findStatements(slice, `${pastedId}${k}`);
    statements += found.relations.length;
    const result = runChecks({ sources: [source], ...found });
    for (const c of result.conflicts) findings.push({ severity: c.severity, message: c.message });
    done += slice.length;
    onProgress(text.length === 0 ? 1 : done / text.length);
    if (k < slices.length - 1) await pause();
  }
  return { statements, findings };
}
