// The Sources sheet: one row per news text, with the text itself (cut to fit a cell).
import { readerText } from "../../domain/load/sources";
import type { Source } from "../../domain/types";
import { tabColors } from "../colors";
import { valueColumn } from "../column";
import { placeIn, type Labels } from "../labels";
import { maxTextLength, tableNames } from "../names";
import type { CellValue, SheetPlan } from "../plan-types";
import { tableSheet, newTable } from "../table";

export function sourcesSheet(sources: Source[], labels: Labels): SheetPlan {
  const table = newTable({
    name: tableNames.sources,
    sheet: labels.sheets.sources,
    // What a reader looks for first; the id (what Figures' Source column names) after, the
    // whole text last, not wrapped (an article a cell) and not printed.
    columns: [
      valueColumn(labels, "title", { width: 48, wrap: true }),
      valueColumn(labels, "date", { width: 11 }),
      valueColumn(labels, "region", { width: 16, wrap: true }),
      valueColumn(labels, "publisher", { width: 20, wrap: true }),
      valueColumn(labels, "language", { width: 8 }),
      valueColumn(labels, "id", { width: 16, wrap: true }),
      valueColumn(labels, "text", { width: 60, unprinted: true }),
    ],
    rows: sources.map((s): CellValue[] => [
      s.title,
      s.published,
      placeIn(labels, s.region),
      s.publisher,
      labels.terms.languages[s.language],
      s.id,
      readerText(s.text).slice(0, maxTextLength),
    ]),
  });
  return tableSheet("sources", labels.sheets.sources, table, tabColors.sources);
}
