// Source conflicts: a value a planner edited that its verbatim quote no longer allows.
import type { Conflict, Figure } from "../types";
import { contains } from "./intervals";
import { formatNumber, sourceMessage, sourceSuggestion } from "./messages";
import { conflictFigure, decimalsOfStep } from "./context";
import { decimalsOf, readFigure } from "./reading";

/** The conflict of an edited value with the figure's quote, or null when the quote allows it. */
export function sourceConflict(figure: Figure, editedValue: number): Conflict | null {
  const reading = readFigure(figure);
  if (Number.isFinite(editedValue) && contains(reading.interval, editedValue)) return null;
  const decimals = decimalsOfStep(reading.step);
  const percent = figure.unit === "%";
  const written = {
    value: figure.value,
    upper: figure.upper,
    qualifier: figure.qualifier,
    decimals,
    percent,
  };
  const editedDecimals = Math.max(decimals, Math.min(6, decimalsOf(editedValue)));
  const edited = {
    value: editedValue,
    qualifier: "exact" as const,
    decimals: editedDecimals,
    percent,
  };
  return {
    id: `source:${figure.id}`,
    kind: "source",
    severity: "error",
    figures: [conflictFigure(figure)],
    stated: reading.written,
    implied: formatNumber(editedValue, "en", editedDecimals) + (percent ? "%" : ""),
    message: sourceMessage(edited, written, figure.quote),
    suggestion: sourceSuggestion(written),
  };
}

/** Source conflicts of planners' edits (figure id → value now in the workbook). */
export function checkEdits(figures: Figure[], edits: Record<string, number>): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const f of figures) {
    const edited = edits[f.id];
    if (edited === undefined) continue;
    const c = sourceConflict(f, edited);
    if (c) conflicts.push(c);
  }
  return conflicts;
}
