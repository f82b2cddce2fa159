// The automatic checks of a pasted text: the statements the text lets us test on its own
// (findStatements), judged by the same runChecks as curated figures.
import { findStatements } from "../../domain/checks/find-statements";
import { runChecks } from "../../domain/checks/run-checks";
import { KAZAKH_ONLY } from "../../domain/numbers/chars";
import type { Source } from "../../domain/types";
import type { TextFinding } from "./pane-services";

const pastedId = "pasted";

export function checkText(text: string): TextFinding[] {
  const { figures, relations } = findStatements(text, pastedId);
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
  return runChecks({ sources: [source], figures, relations }).conflicts.map((c) => ({
    severity: c.severity,
    message: c.message,
  }));
}
