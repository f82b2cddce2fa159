// English terms the pane and the workbook both show (sheet names, conflict kinds and
// severities, the conflict report's columns).
import type { PaneTerms } from "../types";

export const en: PaneTerms = {
  sheets: {
    sources: "Sources",
    figures: "Figures",
    coverage: "Coverage",
    plans: "Plans",
    conflicts: "Conflicts",
    relations: "Relations",
    about: "About",
    report: "Conflict report",
  },
  columns: {
    region: "Region",
    indicator: "Indicator",
    sources: "Sources",
    quotes: "Quotes",
    conflict: "Conflict",
    kind: "Kind",
    severity: "Severity",
    statedValue: "Stated",
    figures: "Figures",
    implied: "Implied",
    message: "Message",
    suggestion: "Suggestion",
  },
  kinds: { share: "Share", sum: "Sum", agreement: "Values disagree", source: "Edited value" },
  severities: { error: "Error", warning: "Warning", truncated: "Truncated %", info: "Note" },
};
