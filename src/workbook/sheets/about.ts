// The About sheet: when and from which sources the workbook was loaded, and the colour legend.
import type { Source } from "../../domain/types";
import { highlight, tabColors } from "../colors";
import type { Labels } from "../labels";
import { cellRowHeights, printPlan } from "../page-layout";
import type { CellPlan, SheetPlan } from "../plan-types";

export interface AboutInput {
  sources: Source[];
  figureCount: number;
  loadedAt: string;
  labels: Labels;
}

export function aboutSheet(input: AboutInput): SheetPlan {
  const { labels } = input;
  const a = labels.about;
  const cells: CellPlan[] = [
    { address: "A1", value: a.title, bold: true },
    { address: "A3", value: a.loadedAt, bold: true },
    { address: "B3", value: input.loadedAt },
    { address: "A4", value: a.figures, bold: true },
    { address: "B4", value: input.figureCount },
    { address: "A5", value: a.sources, bold: true },
    { address: "B5", value: input.sources.length },
  ];
  let row = 6;
  for (const s of input.sources) {
    cells.push(
      { address: `A${row}`, value: s.id },
      { address: `B${row}`, value: `${s.published} ${s.title}`.trim(), wrap: true },
    );
    row += 1;
  }
  row += 1;
  cells.push({ address: `A${row}`, value: a.legend, bold: true });
  row += 1;
  const legend: [keyof typeof highlight, string][] = [
    ["edited", a.edited],
    ["conflict", a.conflict],
    ["stated", a.stated],
  ];
  for (const [kind, text] of legend) {
    cells.push(
      { address: `A${row}`, value: null, fill: highlight[kind].fill },
      { address: `B${row}`, value: text, wrap: true },
    );
    row += 1;
  }
  row += 1;
  cells.push({ address: `B${row}`, value: a.percent, wrap: true });
  cells.push({ address: `B${row + 1}`, value: a.editing, wrap: true });
  // Printed as a portrait page at full size: B as wide as the page leaves, rows as tall as
  // their wrapped lines.
  const columnWidths = { A: 20, B: 78 };
  return {
    key: "about",
    name: labels.sheets.about,
    tables: [],
    cells,
    columnWidths,
    freeze: { rows: 0, columns: 0 },
    rowHeights: cellRowHeights(cells, columnWidths),
    print: printPlan(Object.values(columnWidths), `A1:B${row + 1}`, 0, "portrait"),
    tabColor: tabColors.about,
  };
}
