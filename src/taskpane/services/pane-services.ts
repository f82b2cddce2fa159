// What the pane calls: the domain functions (always) and the Excel actions (only inside Excel).
// Passing them in keeps the components free of Office.js and testable with fakes.
import type { AddedSource } from "../../domain/propose/added-sources";
import type { Existing, ProposeResult } from "../../domain/propose/propose-source";
import type { Conflict, Figure, Mention, Messages, Severity } from "../../domain/types";
import type { GridValues } from "./apply-edits";
import type { LoadDeps, PaneData } from "./load-types";

/** One finding of the automatic checks of a pasted text. */
export interface TextFinding {
  severity: Severity;
  message: Messages;
}

/** The automatic checks of a pasted text: how many statements were tested, what failed. */
export interface TextCheck {
  /** 0 means nothing testable was found, which is not the same as "no conflicts". */
  statements: number;
  findings: TextFinding[];
}

export interface DomainServices {
  fetchSeed: LoadDeps["fetchSeed"];
  loadSeeds: LoadDeps["loadSeeds"];
  runChecks: LoadDeps["runChecks"];
  readNumbers: (text: string) => Mention[];
  /** Planner values (by figure id) the figure's quote does not allow: "source" conflicts. */
  checkEdits: (figures: Figure[], edits: Record<string, number>) => Conflict[];
  /** Runs in slices, reporting progress (0–1), so the pane stays responsive. */
  checkText: (text: string, onProgress?: (fraction: number) => void) => Promise<TextCheck>;
  /** Proposed rows of a new text (region, indicator, as-of, relations), or why it cannot be added. */
  proposeSource: (text: string, existing: Existing, region?: string) => ProposeResult;
}

/** What snipping a number to a Figures row writes. */
export interface Snip {
  value: number;
  quote: string;
  source: string;
}

export interface ExcelActions {
  write: (data: PaneData, signal: AbortSignal) => Promise<void>;
  selectFigures: (ids: string[]) => Promise<void>;
  /** Sets the planner's Value of a figure (accept the source value). */
  setValue: (id: string, value: number) => Promise<void>;
  /** Notes why the planner keeps their value. */
  keepWithReason: (id: string, reason: string) => Promise<void>;
  /** Writes a snip to the Figures row selected in the grid; the figure id, or null when none is. */
  snipToSelection: (snip: Snip) => Promise<string | null>;
  /** Keeps an added text with its confirmed rows in the workbook and writes them. */
  addSource: (source: AddedSource) => Promise<void>;
  /** The texts added earlier that the open workbook keeps. */
  readAdded: () => Promise<AddedSource[]>;
  /** Calls onChange on every change of the Figures table; resolves to a stop function. */
  watchFigures: (onChange: () => void) => Promise<() => Promise<void>>;
  /** The Value column of the Figures table, by figure id. */
  readValues: () => Promise<GridValues>;
  /** Writes the conflict report (header first) to a sheet; resolves to the sheet's name. */
  writeReport: (rows: string[][], sheetName: string) => Promise<string>;
}
