// Reads the add-in's tables back (values and formulas of the body) in row chunks, so that no
// response passes Excel on the web's 5 MB payload limit: chunk loads are queued together until
// their estimated size fills a sync.
import type { CellValue } from "../workbook/plan-types";
import { parseRect, rectAddress, type Rect } from "./a1";
import { jsonBytes } from "./payload";
import type { ReadTable } from "./merge";

export interface TableToRead {
  name: string;
  rect: Rect;
  headers: string[];
  /** Estimated response bytes of one body row (values and formulas). */
  rowBytes: number;
}

/** Estimate from the plan's rows: a read row carries values and formulas of every sheet column. */
export function estimateRowBytes(
  planRows: CellValue[][],
  planColumns: number,
  sheetColumns: number,
): number {
  const sample = planRows.slice(0, 200);
  const avg =
    sample.length === 0 ? 0 : sample.reduce((s, r) => s + jsonBytes(r), 0) / sample.length;
  const perColumn = planColumns === 0 ? 0 : avg / planColumns;
  return Math.ceil(2 * Math.max(perColumn, 16) * sheetColumns * 1.25);
}

export async function readTables(
  context: Excel.RequestContext,
  tables: TableToRead[],
  maxBytes: number,
  sync: () => Promise<void>,
): Promise<(ReadTable & { moved: boolean })[]> {
  const budget = Math.floor(maxBytes * 0.9);
  const loaded: { table: number; range: Excel.Range; body: Excel.Range }[] = [];
  let pending = 0;
  for (const [i, t] of tables.entries()) {
    const rows = t.rect.bottom - t.rect.top;
    const perChunk = Math.max(1, Math.floor(budget / Math.max(t.rowBytes, 1)));
    for (let first = 0; first < rows; first += perChunk) {
      const count = Math.min(perChunk, rows - first);
      const bytes = count * t.rowBytes;
      if (pending > 0 && pending + bytes > budget) {
        await sync();
        pending = 0;
      }
      const top = t.rect.top + 1 + first;
      const address = rectAddress({
        top,
        left: t.rect.left,
        bottom: top + count - 1,
        right: t.rect.right,
      });
      const table = context.workbook.tables.getItem(t.name);
      const range = table.worksheet.getRange(address).load("values, formulas");
      // Where the table's body is in the same sync: rows inserted or deleted since the earlier
      // read would make these cells other rows than the ones the merge thinks it reads.
      const body = table.getDataBodyRange().load("address");
      loaded.push({ table: i, range, body });
      pending += bytes;
    }
  }
  if (pending > 0) await sync();
  return tables.map((t, i) => {
    const parts = loaded.filter((l) => l.table === i);
    const body = rectAddress({ ...t.rect, top: t.rect.top + 1 });
    return {
      headers: t.headers,
      values: parts.flatMap((p) => p.range.values as CellValue[][]),
      formulas: parts.flatMap((p) => p.range.formulas as CellValue[][]),
      moved: parts.some((p) => rectAddress(parseRect(p.body.address)) !== body),
    };
  });
}
