// What the pane calls: the domain functions (always) and the Excel actions (only inside Excel).
// Passing them in keeps the components free of Office.js and testable with fakes.
import type { Conflict, Figure, Mention, Messages } from "../../domain/types";
import type { GridValues } from "./apply-edits";
import type { LoadDeps, PaneData } from "./load-types";

/** One finding of the automatic checks of a pasted text. */
export interface TextFinding {
  severity: "error" | "warning" | "info";
  message: Messages;
}

export interface DomainServices {
  fetchSeed: LoadDeps["fetchSeed"];
  loadSeeds: LoadDeps["loadSeeds"];
  runChecks: LoadDeps["runChecks"];
  readNumbers: (text: string) => Mention[];
  /** Planner values (by figure id) the figure's quote does not allow: "source" conflicts. */
  checkEdits: (figures: Figure[], edits: Record<string, number>) => Conflict[];
  checkText: (text: string) => TextFinding[];
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
  addFigures: (figures: Figure[]) => Promise<void>;
  /** Calls onChange on every change of the Figures table; resolves to a stop function. */
  watchFigures: (onChange: () => void) => Promise<() => Promise<void>>;
  /** The Value column of the Figures table, by figure id. */
  readValues: () => Promise<GridValues>;
  /** Writes the conflict report (header first) to a sheet; resolves to the sheet's name. */
  writeReport: (rows: string[][], sheetName: string) => Promise<string>;
}
