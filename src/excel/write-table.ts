// Writes one new table: number formats and values of header + body in bulk 2D ranges, row
// chunks sized to the payload limit, then tables.add over the written range, then the formula
// columns (their structured references need the table), then conditional formats.
import type { CellValue, TablePlan } from "../workbook/plan-types";
import { cellFormat } from "../workbook/colors";
import { bodyRowCount } from "../workbook/table";
import { parseCell, rectAddress, type Rect } from "./a1";
import type { Batcher } from "./batch";
import { chunkRows, jsonBytes } from "./payload";
import { cellOut, needsTextFormat, textFormat } from "./text-cells";

export interface TableWriteReport {
  name: string;
  rows: number;
  chunks: number;
  /** The new table's Office.js id: readable once the batch that created it is synced. */
  id: () => string;
  /** Sheet rectangle of the table (header and body). */
  rect: Rect;
}

/** Number format of each row of one column, or undefined when the column keeps "General". */
export function columnFormats(
  rows: CellValue[][],
  col: number,
  numberFormat: string | undefined,
): string[] | undefined {
  const risky = rows.some((r) => needsTextFormat(r[col]));
  if (!risky && numberFormat === undefined) return undefined;
  return rows.map((r) =>
    needsTextFormat(r[col]) ? textFormat : (cellFormat(numberFormat, r[col]) ?? "General"),
  );
}

export async function writeNewTable(
  sheet: () => Excel.Worksheet,
  table: TablePlan,
  batcher: Batcher,
  maxBytes: number,
): Promise<TableWriteReport> {
  const origin = parseCell(table.topLeft);
  const width = table.columns.length;
  const right = origin.col + width - 1;
  const bodyTop = origin.row + 1;
  const bodyRows = bodyRowCount(table);
  const full: Rect = { top: origin.row, left: origin.col, bottom: bodyTop + bodyRows - 1, right };
  const isFormula = table.columns.map((c) => c.kind === "formula");
  const valueRow = (row: CellValue[]): (string | number | boolean | null)[] =>
    row.map((v, j) => (isFormula[j] ? null : cellOut(v)));
  const formats = table.columns.map((c, j) => columnFormats(table.rows, j, c.numberFormat));
  // Formulas carry Cyrillic/Kazakh header names: count UTF-8 bytes, not characters.
  const formulaBytes = table.columns.reduce(
    (s, c) => s + (c.formula ? jsonBytes(c.formula) + 4 : 0),
    0,
  );
  const rowBytes = table.rows.map(
    (r) => jsonBytes(valueRow(r)) + formulaBytes + formats.length * 8,
  );
  // Leave room for per-block overhead inside a batch.
  const chunks = chunkRows(rowBytes, Math.floor(maxBytes * 0.9));

  const header = table.columns.map((c) => c.name);
  await batcher.add(jsonBytes(header) * 2, () => {
    const range = sheet().getRange(
      rectAddress({ top: origin.row, left: origin.col, bottom: origin.row, right }),
    );
    // Headers are text ("2025" would become a number, and Excel would rename the column).
    if (header.some(needsTextFormat)) {
      range.numberFormat = [header.map((h) => (needsTextFormat(h) ? textFormat : "General"))];
    }
    range.values = [header];
  });
  for (const [a, b] of chunks) {
    const top = bodyTop + a;
    const bottom = bodyTop + b - 1;
    for (let j = 0; j < width; j++) {
      const f = formats[j];
      if (!f) continue;
      const grid = f.slice(a, b).map((x) => [x]);
      await batcher.add(jsonBytes(grid), () => {
        sheet().getRange(
          rectAddress({ top, left: origin.col + j, bottom, right: origin.col + j }),
        ).numberFormat = grid;
      });
    }
    const grid = table.rows.slice(a, b).map(valueRow);
    await batcher.add(jsonBytes(grid), () => {
      sheet().getRange(rectAddress({ top, left: origin.col, bottom, right })).values = grid;
    });
  }

  let created: Excel.Table | undefined;
  await batcher.add(jsonBytes([table.name, table.style]), () => {
    created = sheet().tables.add(rectAddress(full), true);
    created.name = table.name;
    created.style = table.style;
    created.load("id");
  });

  for (const [a, b] of chunks) {
    const top = bodyTop + a;
    const bottom = bodyTop + b - 1;
    for (let j = 0; j < width; j++) {
      const formula = table.columns[j]?.formula;
      if (!isFormula[j] || formula === undefined) continue;
      const grid: string[][] = Array.from({ length: b - a }, () => [formula]);
      await batcher.add(jsonBytes(grid), () => {
        sheet().getRange(
          rectAddress({ top, left: origin.col + j, bottom, right: origin.col + j }),
        ).formulas = grid;
      });
    }
  }

  for (let j = 0; j < width; j++) {
    if (!table.columns[j]?.wrap) continue;
    const body = rectAddress({
      top: bodyTop,
      left: origin.col + j,
      bottom: full.bottom,
      right: origin.col + j,
    });
    await batcher.add(0, () => {
      sheet().getRange(body).format.wrapText = true;
    });
  }
  for (const cf of table.conditionalFormats) {
    await batcher.add(jsonBytes(cf), () => addConditionalFormat(sheet().getRange(cf.range), cf));
  }
  return {
    name: table.name,
    rows: table.rows.length,
    chunks: chunks.length,
    id: () => created?.id ?? "",
    rect: full,
  };
}

/** A custom conditional format on `range`: its formula in A1 form, or in R1C1 form when `r1c1` is given. */
export function addConditionalFormat(
  range: Excel.Range,
  cf: TablePlan["conditionalFormats"][number],
  r1c1?: string,
): void {
  const format = range.conditionalFormats.add("Custom");
  if (r1c1 === undefined) format.custom.rule.formula = cf.formula;
  else format.custom.rule.formulaR1C1 = r1c1;
  format.custom.format.fill.color = cf.fill;
  if (cf.font?.color !== undefined) format.custom.format.font.color = cf.font.color;
  if (cf.font?.bold !== undefined) format.custom.format.font.bold = cf.font.bold;
}
