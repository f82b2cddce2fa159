// Writes a WorkbookPlan to a .xlsx file with ExcelJS (Node only): real Excel tables, the
// calculated column's formula in every row with its cached result, number formats, conditional
// formats, widths, frozen panes; package-parts adds the add-in state as a custom XML part (the
// tables carry no calculatedColumnFormula, see there). Values from texts and CSV are written as
// strings, never formulas.
import ExcelJS from "exceljs";
import type {
  CellPlan,
  CellValue,
  ConditionalFormatPlan,
  PrintPlan,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
} from "../workbook/plan-types";
import { columnLetter, parseAddress } from "../workbook/a1";
import { cellFormat } from "../workbook/colors";
import { bodyRowCount } from "../workbook/table";
import { MAX_CELL_CHARS } from "../domain/limits";
import { addPackageParts } from "./package-parts";
import { encodeXlsxString } from "./xlsx-string";

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}

type ExcelValue = ExcelJS.CellValue;

/**
 * A plan value as an ExcelJS value: strings stay strings (ExcelJS writes them as shared strings,
 * never parses them as formulas), with control characters escaped so they survive the XML.
 */
function plainValue(value: CellValue, where: () => string): ExcelValue {
  if (value === "") return null;
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`xlsx writer: ${where()}: found ${value}, expected a finite number`);
  }
  if (typeof value !== "string") return value;
  if (value.length > MAX_CELL_CHARS) {
    throw new Error(
      `xlsx writer: ${where()}: found a text of ${value.length} characters, expected at most ${MAX_CELL_CHARS} (Excel's cell limit)`,
    );
  }
  return encodeXlsxString(value);
}

function tableRows(table: TablePlan): ExcelValue[][] {
  // Excel tables need one data row; an empty table gets one blank row without formulas.
  if (table.rows.length === 0) return [table.columns.map(() => null)];
  return table.rows.map((row, r) =>
    table.columns.map((column, i): ExcelValue => {
      const cached = row[i] ?? null;
      if (column.kind !== "formula" || column.formula === undefined) {
        return plainValue(
          cached,
          () => `table ${table.name}, row ${r + 1}, column "${column.name}"`,
        );
      }
      const formula = column.formula.replace(/^=/, "");
      return cached === null ? { formula } : { formula, result: cached === "" ? "" : cached };
    }),
  );
}

function addTable(ws: ExcelJS.Worksheet, table: TablePlan, firstPriority: number): void {
  ws.addTable({
    name: table.name,
    ref: table.topLeft,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.name, filterButton: true })),
    rows: tableRows(table),
  });
  const origin = parseAddress(table.topLeft);
  const bodyRows = bodyRowCount(table);
  table.columns.forEach((column, i) => {
    const letter = columnLetter(origin.column + i);
    // Headers wrap in narrow columns; the sheet's rowHeights give the header row their lines.
    ws.getCell(`${letter}${origin.row}`).alignment = { wrapText: true, vertical: "top" };
    if (column.hidden) ws.getColumn(letter).hidden = true;
    for (let r = 0; r < bodyRows; r += 1) {
      const cell = ws.getCell(`${letter}${origin.row + 1 + r}`);
      const format = cellFormat(column.numberFormat, table.rows[r]?.[i]);
      if (format !== undefined) cell.numFmt = format;
      // Top-aligned, so a number sits level with the first line of a tall row's quote.
      cell.alignment = column.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
    }
  });
  table.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, firstPriority + i));
}

/** Each rule of a sheet gets its own priority (Excel expects them distinct). */
function addConditionalFormat(
  ws: ExcelJS.Worksheet,
  cf: ConditionalFormatPlan,
  priority: number,
): void {
  const font: Partial<ExcelJS.Font> = {};
  if (cf.font?.color) font.color = argb(cf.font.color);
  if (cf.font?.bold) font.bold = true;
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cf.formula.replace(/^=/, "")],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(cf.fill) }, font },
      },
    ],
  });
}

function addCell(ws: ExcelJS.Worksheet, plan: CellPlan): void {
  if (plan.merge) ws.mergeCells(plan.merge);
  const cell = ws.getCell(plan.address);
  cell.value = plainValue(plan.value, () => `cell ${plan.address}`);
  if (plan.bold || plan.fontColor) {
    // With the default font named: a font without a name prints in a serif in LibreOffice.
    cell.font = {
      name: "Calibri",
      size: 11,
      bold: plan.bold ?? false,
      ...(plan.fontColor ? { color: argb(plan.fontColor) } : {}),
    };
  }
  cell.alignment = plan.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
  if (plan.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(plan.fill) };
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const { rows, columns } = sheet.freeze;
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.tabColor ? { properties: { tabColor: argb(sheet.tabColor) } } : {}),
    views: rows > 0 || columns > 0 ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : [],
    pageSetup: pageSetup(sheet.print),
  });
  for (const [letter, width] of Object.entries(sheet.columnWidths))
    ws.getColumn(letter).width = width;
  let priority = 1;
  for (const table of sheet.tables) {
    addTable(ws, table, priority);
    priority += table.conditionalFormats.length;
  }
  sheet.cells.forEach((c) => addCell(ws, c));
  for (const [row, points] of Object.entries(sheet.rowHeights))
    ws.getRow(Number(row)).height = points;
}

/** The plan's print setup as ExcelJS page setup (A4 is paper size 9 in SpreadsheetML). */
function pageSetup(print: PrintPlan): Partial<ExcelJS.PageSetup> {
  return {
    orientation: print.orientation,
    paperSize: 9,
    // ExcelJS puts a "$" before each part ("A$1" -> "$A$1"); "A1" alone would give "$A1", a
    // mixed reference LibreOffice ignores.
    printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    margins: print.margins,
    ...(print.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: print.scale }),
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
}

/** The plan as an ExcelJS workbook (not yet serialized). */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sanaq";
  wb.created = new Date(plan.state.loadedAt);
  wb.modified = new Date(plan.state.loadedAt);
  // Excel recalculates every formula when it opens the file: cached results are only a preview.
  wb.calcProperties = { fullCalcOnLoad: true };
  plan.sheets.forEach((s) => addSheet(wb, s));
  addPackageParts(wb, plan);
  return wb;
}

export async function xlsxBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const data = await planToWorkbook(plan).xlsx.writeBuffer();
  return Buffer.from(data);
}

export async function writeXlsx(plan: WorkbookPlan, file: string): Promise<void> {
  await planToWorkbook(plan).xlsx.writeFile(file);
}
