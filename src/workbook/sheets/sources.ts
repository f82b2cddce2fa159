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
    columns: [
      valueColumn(labels, "id", { width: 14 }),
      valueColumn(labels, "title", { width: 50, wrap: true }),
      valueColumn(labels, "language", { width: 8 }),
      valueColumn(labels, "date", { width: 12 }),
      valueColumn(labels, "region", { width: 16 }),
      valueColumn(labels, "publisher", { width: 20 }),
      valueColumn(labels, "text", { width: 80 }),
    ],
    rows: sources.map((s): CellValue[] => [
      s.id,
      s.title,
      labels.terms.languages[s.language],
      s.published,
      placeIn(labels, s.region),
      s.publisher,
      readerText(s.text).slice(0, maxTextLength),
    ]),
  });
  return tableSheet("sources", labels.sheets.sources, table, tabColors.sources);
}
