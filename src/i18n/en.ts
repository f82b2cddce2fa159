// English messages of the task pane. This catalog defines the keys; ru and kk must have the same.
// Words the workbook shows too (sheet and column names, kinds, severities) come from src/terms.
import { paneTermsFor } from "../terms/pane/index";
import { sharedMessages } from "./shared";

const T = paneTermsFor("en");

export const en = {
  ...sharedMessages(T),
  "app.title": "Sanaq",
  "app.tagline": "Figures from news texts, checked in Excel",
  "app.language": "Language",
  "app.tabs": "Sections",
  "app.loadingSection": "Opening the section…",
  "tab.load": "Load",
  "tab.add": "Add a source",

  "host.pending": "Connecting to Office…",
  "host.preview": "Preview mode (browser): not connected to Excel.",
  "host.excel": "Running inside Excel.",
  "host.other": "Running inside {host}, not Excel.",

  "preview.title": "Read-only preview",
  "preview.body":
    "Writing to the workbook needs Excel. Open Sanaq in Excel to load the figures into tables.",

  "load.heading": "Load figures from the news texts",
  "load.first": "Load the figures from the news texts into the workbook first.",
  "load.intro":
    "Reads the figures taken from the news texts, checks them and writes them into tables whose shares and progress Excel recalculates by formula.",
  "load.button": "Load into the workbook",
  "load.buttonPreview": "Load preview",
  "load.refresh": "Refresh",
  "load.cancel": "Cancel",
  "load.cancelled": "Cancelled. Nothing was written.",
  "load.cancelledAfterWrite":
    "Cancelled while writing; the workbook may be partly updated. Refresh to complete it.",
  "load.progress": "Loading progress",
  "step.fetch": "Fetching {file}",
  "step.validate": "Checking the data files",
  "step.check": "Checking figures",
  "step.write": "Writing the workbook",
  "step.done": "Done",

  "summary.heading": "Summary",
  "summary.figures": "Figures loaded",
  "summary.sources": "Sources",
  "summary.derived": "Derived indicators",
  "summary.time": "Time taken",
  "summary.seconds": "{value} s",
  "summary.written": "Written to the workbook",
  "summary.notWritten": "Preview only: nothing written",

  "errors.heading": "The data files have errors. Nothing was written.",
  "errors.item": "{file}, row {row}, column {column}: found “{found}”, expected {expected}.",
  "errors.inFile": "{file}: found “{found}”, expected {expected}.",
  "errors.inRow": "{file}, row {row}: found “{found}”, expected {expected}.",
  "errors.fetch": "Could not fetch {file} (HTTP {status}).",
  "errors.unexpected": "Something went wrong: {message}",

  "conflicts.none": "No conflicts: every figure agrees with its relations.",
  "conflicts.notLoaded": "Load the figures from the news texts to see the conflicts.",
  "conflicts.regionCount": "{region} ({count})",
  "conflicts.noRegion": "No region",
  "conflicts.export": "Export report (CSV)",
  "conflicts.exportSheet": "Write the report to a sheet",
  "conflicts.live": `Following planner edits on the “${T.sheets.figures}” sheet.`,
  "conflict.title": "{kind}: {subject}",
  "conflict.quote": "Quote from {source}",
  "conflict.select": "Select cells",
  "conflict.accept": "Accept source value",
  "conflict.keep": "Keep mine",
  "conflict.reason": "Reason for keeping your value",
  "conflict.openSource": "Open source",
  "conflict.accepted": "Source value written back.",
  "conflict.kept": "Your value is kept with the reason noted.",
  "conflict.needsExcel.keep":
    "Preview: in Excel this would keep your value, with the reason noted.",
  "conflict.needsExcel.accept": "Preview: in Excel this would accept source value.",
  "conflict.needsExcel.select": "Preview: in Excel this would select cells.",
  "notice.dismiss": "Dismiss",

  "sources.pick": "Source text",
  "sources.hint": `Every number is a chip. Select a row on the “${T.sheets.figures}” sheet, then click a number to snip it to that row.`,
  "sources.numbers": "{count} numbers",
  "sources.chip": "{kind}: {value}",
  "sources.snipPreview": `Would write to the selected row of “${T.sheets.figures}”: value {value}, quote “{quote}”, source {source}.`,
  "sources.snipped": "Written to figure {figure}: value {value}.",
  "sources.noRow": `Select a row on the “${T.sheets.figures}” sheet first.`,
  "sources.none": "Load the figures from the news texts to see their sources.",

  "add.heading": "Add a source",
  "add.paste": "Paste a text",
  "add.file": "Or pick a .txt or .csv file",
  "add.read": "Read numbers",
  "add.reading": "Reading {file}: {percent}%",
  "add.checks": "Automatic checks",
  "add.noChecks": "The automatic checks found nothing to report.",
  "add.checking": "Checking the text: {percent}%",
  "add.statements": "Statements tested: {count}",
  "add.nothingTestable":
    "Nothing testable found: the text states nothing its own numbers can check. This does not mean it has no conflicts.",
  "add.confirm": "Add the source and the ticked rows",
  "add.added":
    "Source {source} added with {count} figures and {relations} relations; the workbook was refreshed.",
  "add.wouldAdd":
    "Preview: inside Excel, source {source} would be added with {count} figures and {relations} relations.",
  "add.csvRows": "{count} text rows read from the CSV file",
  "add.empty": "Paste a text or pick a file first.",
  "add.figure": "Figure {value}",
  "add.asOf": "as of {asOf}",
  "add.newIndicator": "new",
  "add.checkIndicator":
    "Check the indicator: the words around the number are not clear ({percent}% sure).",
  "add.checkRegion": "Check the region: the sentence also names {alternatives}.",
  "add.textRegion": "Region of the text",
  "add.relations": "Relations found in the text (shares, sums): {count}",
  "add.skipped": "Other numbers, not figures (years, dates, 4G/5G, order numbers): {count}.",
  "add.proposed": "Proposed figures: {count}. Confirm or change the region and indicator of each.",

  "mention.count": "count",
  "mention.percent": "percent",
  "mention.money": "money",
  "mention.length": "length",
  "mention.area": "area",
  "mention.year": "year",
  "mention.date": "date",
  "mention.identifier": "identifier",
  "mention.technology": "technology",
  "mention.age": "age",
  "mention.other": "other",

  "refusal.clash":
    "Sheet “{sheet}” already has data in {range}, where Sanaq would write. Nothing was written. Rename that sheet or move the data, then load again.",
  "refusal.tableInTheWay":
    "Sheet “{sheet}” has table {range} where Sanaq would put table {table}. Nothing was written. Rename that sheet or move the table, then load again.",
  "refusal.protected":
    "Sheet “{sheet}” is protected. Nothing was written. Unprotect it (Review › Unprotect Sheet) and refresh again.",
  "refusal.filtered":
    "Table {table} on sheet “{sheet}” is filtered. Nothing was written. Clear its filter and refresh again.",
  "refusal.moved":
    "Rows of table {table} on sheet “{sheet}” were sorted, inserted or deleted while Sanaq was writing. Its changes were taken back. Refresh again.",
  "report.written": "The conflict report is on sheet “{sheet}”.",
} as const;

export type MessageKey = keyof typeof en;
