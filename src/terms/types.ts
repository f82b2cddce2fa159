// The shape of the words the pane, the workbook and the conflict messages share.
export type TermLanguage = "en" | "ru" | "kk";

/** Columns of the conflict report, which the pane writes too (CSV, report sheet). */
export type PaneColumn =
  | "conflict"
  | "figures"
  | "implied"
  | "indicator"
  | "kind"
  | "message"
  | "quotes"
  | "region"
  | "severity"
  | "statedValue"
  | "sources"
  | "suggestion";

/** The terms the pane shows: kept apart so its first bundle holds only these. */
export type PaneTerms = Pick<Terms, "sheets" | "kinds" | "severities"> & {
  columns: Pick<Terms["columns"], PaneColumn>;
};

/** The terms only the workbook shows. */
export type WorkbookTerms = Omit<Terms, "sheets" | "kinds" | "severities" | "columns"> & {
  columns: Omit<Terms["columns"], PaneColumn>;
};

export interface Terms {
  /** Sheet names of the workbook, and of the conflict report the pane writes. */
  sheets: {
    sources: string;
    figures: string;
    coverage: string;
    plans: string;
    conflicts: string;
    relations: string;
    about: string;
    report: string;
  };
  /** Column headers by key. Structured references use them: no [ ] # or '. */
  columns: {
    id: string;
    title: string;
    language: string;
    date: string;
    region: string;
    publisher: string;
    text: string;
    indicator: string;
    value: string;
    unit: string;
    qualifier: string;
    asOf: string;
    source: string;
    sources: string;
    quote: string;
    quotes: string;
    sourceValue: string;
    status: string;
    conflict: string;
    conflicts: string;
    reason: string;
    measure: string;
    coveredId: string;
    covered: string;
    totalId: string;
    total: string;
    coverage: string;
    statedId: string;
    stated: string;
    /** What a conflict's text states, a percent or a count: no unit in the header, the value carries it. */
    statedValue: string;
    toleranceBelow: string;
    toleranceAbove: string;
    difference: string;
    targetId: string;
    target: string;
    remaining: string;
    plannedId: string;
    planned: string;
    doneId: string;
    done: string;
    progress: string;
    deadline: string;
    kind: string;
    severity: string;
    figures: string;
    implied: string;
    message: string;
    suggestion: string;
  };
  /** Conflict kinds (share, sum, agreement, source). */
  kinds: { share: string; sum: string; agreement: string; source: string };
  severities: { error: string; warning: string; truncated: string; info: string };
  /** Relation types of relations.csv. */
  relationTypes: { share: string; sum: string; same: string; target: string };
  /** Role names of a relation (part=…; whole=…). */
  roles: Record<string, string>;
  statuses: {
    ok: string;
    edited: string;
    conflict: string;
    noStated: string;
    done: string;
    open: string;
  };
  qualifiers: {
    exact: string;
    more_than: string;
    at_least: string;
    less_than: string;
    at_most: string;
    about: string;
    up_to: string;
    range: string;
  };
  /** Units as the seeds write them ("person", "km", "KZT") → as a reader writes them. */
  units: Record<string, string>;
  /** Languages of a source text. */
  languages: { ru: string; kk: string };
  /** The readable report of `sanaq check --lang` (its stated/implied line uses the columns). */
  checkReport: {
    /** With {figures}, {derived} and {conflicts}. */
    summary: string;
    conflicts: string;
    none: string;
    derived: string;
    unavailable: string;
    derivedKinds: { coverage: string; remaining: string; progress: string; share: string };
  };
}
