// Figures for the rows a planner confirms in "Add a source".
import type { Figure, Mention } from "../../domain/types";
import { quoteAround } from "./quote-around";

export interface NewFigureInput {
  text: string;
  mentions: readonly Mention[];
  sourceId: string;
  region: string;
  indicator: string;
  /** Existing figure ids, so the new ones never collide. */
  taken: ReadonlySet<string>;
}

export function newFigures(input: NewFigureInput): Figure[] {
  const figures: Figure[] = [];
  let n = 1;
  for (const m of input.mentions) {
    let id = `${input.sourceId}.${n}`;
    while (input.taken.has(id)) id = `${input.sourceId}.${++n}`;
    n += 1;
    const figure: Figure = {
      id,
      source: input.sourceId,
      region: input.region.trim(),
      indicator: input.indicator.trim(),
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      asOf: "",
      quote: quoteAround(input.text, m.start, m.end),
    };
    if (m.upper !== undefined) figure.upper = m.upper;
    figures.push(figure);
  }
  return figures;
}
