// Shared shapes of the domain layer. Plain data only: every layer after the
// domain (workbook plan, writers, task pane, CLI) reads these.

/** How a number is stated in the text. */
export type Qualifier =
  "exact" | "more_than" | "at_least" | "less_than" | "at_most" | "about" | "up_to" | "range";

/** What a number is; only count, percent, money, length and area are quantities. */
export type Kind =
  | "count"
  | "percent"
  | "money"
  | "length"
  | "area"
  | "year"
  | "date"
  | "identifier"
  | "technology"
  | "age"
  | "other";

/** One numeric mention found in a text by the number reader. */
export interface Mention {
  /** The verbatim characters text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Percentages in percent units (12.2), multipliers applied (272 500). */
  value: number;
  /** Only for ranges: the upper bound; value is the lower. */
  upper?: number;
  qualifier: Qualifier;
  /** Unit word normalised: "" for plain counts, "%", "km", "m2", "KZT", "person", ... */
  unit: string;
  kind: Kind;
}

export type Language = "ru" | "kk";

export interface Source {
  id: string;
  file: string;
  title: string;
  language: Language;
  /** ISO date (YYYY-MM-DD) or "" when the text has none. */
  published: string;
  region: string;
  publisher: string;
  /** The full text of the file. */
  text: string;
}

/** One curated quantity stated in a source. */
export interface Figure {
  id: string;
  source: string;
  region: string;
  indicator: string;
  value: number;
  /** Only for qualifier "range". */
  upper?: number;
  unit: string;
  qualifier: Qualifier;
  /** As-of date or period, free text such as "2025", "2026-2027", "2025-12-31". */
  asOf: string;
  /** A verbatim span of the source text that contains the number. */
  quote: string;
}

export type RelationType = "share" | "sum" | "same" | "target";

/**
 * A relation between figures, read from seeds/relations.csv.
 * share: part / whole, compared with stated (a percent figure) when present.
 * sum: parts add up to whole.
 * same: all members state one quantity.
 * target: done against planned (deadline from the planned figure's asOf or the relation).
 */
export interface Relation {
  id: string;
  type: RelationType;
  /** Role name -> figure ids. share: part, whole, stated?; sum: parts, whole; same: members; target: planned, done. */
  roles: Record<string, string[]>;
  /** Free text: measure or caption shown to planners, e.g. "4G coverage of settlements" (English). */
  label: string;
  /** The label in Russian and Kazakh (relations.csv ru, kk); a text's own relations have none. */
  labels?: { ru: string; kk: string };
  deadline?: string;
  /**
   * sum only: "listed" when the parts are a list the text gives without saying it is complete
   * (check-text's finder sets it): parts a little short of the whole are then an info note
   * ("may be incomplete"), not an error.
   */
  breakdown?: "listed";
}

export type ConflictKind = "share" | "sum" | "agreement" | "source";
/**
 * error: no reading can be true; warning: only an "about" tolerance rules it out; truncated: a
 * percentage cut off instead of rounded (97,1% for 97.16%); info: a listed breakdown a little
 * short of its total, which may just be incomplete.
 */
export type Severity = "error" | "warning" | "truncated" | "info";

export interface Messages {
  en: string;
  ru: string;
  kk: string;
}

export interface ConflictFigure {
  id: string;
  value: number;
  source: string;
  quote: string;
}

export interface Conflict {
  /** Stable id, e.g. "share:zhambyl.3g" (relation id prefixed by kind). */
  id: string;
  kind: ConflictKind;
  severity: Severity;
  /** Relation it comes from, when any. */
  relation?: string;
  figures: ConflictFigure[];
  /** What the text states, as shown to a planner ("12,2%"), and as a number. */
  stated: string;
  /** What the other figures imply ("14.4%"), and as a number. */
  implied: string;
  message: Messages;
  /** e.g. "a part of 43 or a stated 14.4% would make it true"; "" when arithmetic gives none. */
  suggestion: Messages;
}

export type DerivedKind = "coverage" | "remaining" | "progress" | "share";

/** An indicator computed from figures (the workbook recomputes it with formulas). */
export interface Derived {
  id: string;
  kind: DerivedKind;
  region: string;
  label: string;
  value: number;
  unit: string;
  /** Figure ids it comes from, by role (e.g. part/whole, planned/done). */
  from: Record<string, string>;
  relation: string;
  /** Set when the value cannot be computed (a whole or plan of 0, a missing figure); value is then NaN. */
  unavailable?: Messages;
}

export interface CheckResult {
  figures: number;
  derived: Derived[];
  conflicts: Conflict[];
}
