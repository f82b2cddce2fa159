// The pane's messages that are workbook words (sheet and column names, kinds, severities): one
// definition for every language, read from src/terms, so the pane names what the planner sees.
import type { PaneTerms } from "../terms/types";

export function sharedMessages(terms: PaneTerms) {
  return {
    "tab.conflicts": terms.sheets.conflicts,
    "tab.sources": terms.sheets.sources,
    "summary.conflicts": terms.sheets.conflicts,
    "conflicts.heading": terms.sheets.conflicts,
    "sources.heading": terms.sheets.sources,
    "kind.share": terms.kinds.share,
    "kind.sum": terms.kinds.sum,
    "kind.agreement": terms.kinds.agreement,
    "kind.source": terms.kinds.source,
    "severity.error": terms.severities.error,
    "severity.warning": terms.severities.warning,
    "severity.truncated": terms.severities.truncated,
    "severity.info": terms.severities.info,
    "conflict.stated": terms.columns.statedValue,
    "conflict.implied": terms.columns.implied,
    "conflict.suggestion": terms.columns.suggestion,
    "add.region": terms.columns.region,
    "add.indicator": terms.columns.indicator,
    "csv.id": terms.columns.conflict,
    "csv.kind": terms.columns.kind,
    "csv.severity": terms.columns.severity,
    "csv.region": terms.columns.region,
    "csv.stated": terms.columns.statedValue,
    "csv.implied": terms.columns.implied,
    "csv.message": terms.columns.message,
    "csv.suggestion": terms.columns.suggestion,
    "csv.figures": terms.columns.figures,
    "csv.sources": terms.columns.sources,
    "csv.quotes": terms.columns.quotes,
    "report.sheet": terms.sheets.report,
  };
}
