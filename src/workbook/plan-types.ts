// The workbook plan: everything a writer (Office.js in src/excel, ExcelJS in src/xlsx) needs to
// build the Sanaq workbook, as plain deterministic data. Writers must not invent sheet, table,
// column names or formula text; all of it comes from here.
//
// Percentages are stored in PERCENT UNITS everywhere (12.2 means 12.2 %), as the number reader
// and the Figures table state them, and shown with the number format `0.0"%"` (no scaling).
import type { WrittenTable } from "./written-state";

import type { AddedSource } from "../domain/propose/added-sources";

export type PlanLanguage = "en" | "ru" | "kk";

/** A cell value written as a value: strings are never turned into formulas. */
export type CellValue = string | number | boolean | null;

export interface ColumnPlan {
  /** Stable internal key ("id", "value", "status"), the same in every language. */
  key: string;
  /** Header text in the workbook's language; structured references use it. */
  name: string;
  kind: "value" | "formula";
  /**
   * Only for kind "formula": the same formula for every row, file form, starting with "=",
   * with structured references `tblX[[#This Row],[Col]]` and `tblX[Col]` (never `[@Col]`).
   */
  formula?: string;
  numberFormat?: string;
  /** Column width in Excel character units. */
  width?: number;
  /** The planner may edit this column (Figures value); refresh keeps the planner's value. */
  editable?: boolean;
  /**
   * Of an editable column: the key of the column holding what the text stated on the last load
   * (Figures sourceValue); refresh takes a cell differing from it for a planner's edit.
   */
  loadedCopy?: string;
  /**
   * The planner's own data (Figures reason): empty on load; refresh never writes it in an
   * existing row and never reports it as an edit.
   */
  planner?: boolean;
  /** Helper column (e.g. stated precision), hidden from the planner. */
  hidden?: boolean;
  /** Wrap text (quotes, messages); the sheet's rowHeights make room for the lines. */
  wrap?: boolean;
  /** Left out of the printed page (Sources' full text: an article a cell). Only a last column. */
  unprinted?: boolean;
}

export interface FontPlan {
  color?: string;
  bold?: boolean;
}

/** Why a cell is highlighted; About explains each one (the colour legend). */
export type HighlightKind = "edited" | "conflict" | "stated";

export interface ConditionalFormatPlan {
  /** A1 address of the body of one table column, e.g. "D2:D120" (absolute to the sheet). */
  range: string;
  /** A1 formula relative to the first cell of `range`, e.g. "=$D2<>$J2". No structured refs. */
  formula: string;
  /** "#RRGGBB" */
  fill: string;
  font?: FontPlan;
  meaning: HighlightKind;
}

export interface TablePlan {
  /** Excel table name: starts with "tbl", never readable as a cell address. */
  name: string;
  /** Sheet name (as in SheetPlan.name). */
  sheet: string;
  /** A1 address of the header row's first cell, e.g. "A1". */
  topLeft: string;
  columns: ColumnPlan[];
  /**
   * One array per data row, one entry per column. Value columns hold the value to write.
   * Formula columns hold the result the checks computed (a cached value the .xlsx writer may
   * store next to the formula; null when unknown): never write it as the cell's value.
   */
  rows: CellValue[][];
  /** Column key identifying a row across refreshes ("id"). */
  keyColumn: string;
  conditionalFormats: ConditionalFormatPlan[];
  /** Excel table style, e.g. "TableStyleLight9". */
  style: string;
}

/** A free cell outside tables (About text, titles). */
export interface CellPlan {
  address: string;
  value: CellValue;
  bold?: boolean;
  wrap?: boolean;
  /** "#RRGGBB" background, used for the colour legend swatches. */
  fill?: string;
  fontColor?: string;
  /** Cell range to merge, e.g. "A3:F3". */
  merge?: string;
}

/** Page margins in inches. */
export interface MarginsPlan {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** How a sheet prints (and exports to PDF), the same in Excel and LibreOffice. */
export interface PrintPlan {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Rows repeated at the top of every page (1: a table's header row); 0 for none. */
  titleRows: number;
  /**
   * All printed columns on one page's width, as many pages tall as needed (fitToHeight 0).
   * Set only where the scale this takes stays legible (minPrintScale in page-layout.ts);
   * otherwise the sheet prints at `scale` and the columns after the reader's (the ids) go to
   * the following pages.
   */
  fitToWidth: boolean;
  /** Percent, used when not fitToWidth. */
  scale: number;
  /** A1 range printed, e.g. "A1:F8" (Sources leaves its full texts out). */
  area: string;
  margins: MarginsPlan;
}

export interface SheetPlan {
  /** Stable internal key ("sources", "figures", "coverage", "plans", "conflicts", "about"). */
  key: string;
  /** Sheet name in the workbook's language (at most 31 characters). */
  name: string;
  tables: TablePlan[];
  cells: CellPlan[];
  /** Widths in Excel character units by column letter, e.g. { A: 12, B: 40 }. */
  columnWidths: Record<string, number>;
  freeze: { rows: number; columns: number };
  /**
   * Heights in points by 1-based row number, for the rows whose wrapped cells (header cells
   * wrap too) need more than one line: neither app fits them by itself when opening a file,
   * and LibreOffice would print the extra lines over the rows below.
   */
  rowHeights: Record<string, number>;
  print: PrintPlan;
  /** "#RRGGBB" */
  tabColor?: string;
}

/** What the add-in remembers about a load, to refresh and to detect planner edits. */
export interface WorkbookState {
  /** Plan format version. */
  version: string;
  language: PlanLanguage;
  /** ISO timestamp given to buildPlan (never read from the clock here). */
  loadedAt: string;
  /** Short stable hashes (FNV-1a hex) of the loaded data. */
  sourcesHash: string;
  figuresHash: string;
  relationsHash: string;
  sourceIds: string[];
  figureCount: number;
  /** Source value of each figure id, to tell a planner's edit from a new source value. */
  sourceValues: Record<string, number>;
  /**
   * What the add-in wrote into each table (by table name): refresh keeps every cell the
   * planner changed since and every row the planner deleted. Absent in workbooks loaded before.
   */
  written?: Record<string, WrittenTable>;
  /**
   * Office.js id of each table the add-in made, by plan name: refresh finds a table the
   * planner renamed by it. Set by the Office.js writer only (ids exist once tables do).
   */
  tableIds?: Record<string, string>;
  /** Texts added from the pane, with their confirmed rows: joined to the seeds on every load. */
  added?: AddedSource[];
}

export interface WorkbookPlan {
  version: string;
  language: PlanLanguage;
  sheets: SheetPlan[];
  state: WorkbookState;
  /** Namespace of the custom XML part holding `state` as JSON. */
  stateNamespace: string;
}
