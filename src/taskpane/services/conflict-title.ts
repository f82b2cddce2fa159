// A conflict's title in the pane's language: the kind in words and the indicator it is about,
// so a planner reads "Share: Villages with 3G" instead of the id "share:zhambyl.3g.coverage".
import type { Indicator } from "../../domain/load/types";
import type { Conflict, Figure, Relation } from "../../domain/types";
import { translate, type UiLanguage } from "../../i18n/index";

export interface TitleLookup {
  relations: readonly Relation[];
  figures: readonly Figure[];
  indicators: readonly Indicator[];
}

/** Indexed once per list, so each card's title is a few map lookups. */
export interface TitleIndex {
  relations: ReadonlyMap<string, Relation>;
  figures: ReadonlyMap<string, Figure>;
  indicators: ReadonlyMap<string, Indicator>;
}

export function titleIndex(lookup: TitleLookup): TitleIndex {
  return {
    relations: new Map(lookup.relations.map((r) => [r.id, r])),
    figures: new Map(lookup.figures.map((f) => [f.id, f])),
    indicators: new Map(lookup.indicators.map((i) => [i.key, i])),
  };
}

/**
 * The figure a conflict is named after: a share's part, a sum's whole, otherwise (agreement,
 * source) its first figure.
 */
function titleFigureId(conflict: Conflict, index: TitleIndex): string | undefined {
  const relation = conflict.relation ? index.relations.get(conflict.relation) : undefined;
  const role = conflict.kind === "share" ? "part" : conflict.kind === "sum" ? "whole" : undefined;
  const fromRole = role ? relation?.roles[role]?.[0] : undefined;
  return fromRole ?? conflict.figures[0]?.id;
}

/** "Share: Villages with 3G"; when the indicator is unknown, the relation or figure id instead. */
export function conflictTitle(conflict: Conflict, index: TitleIndex, language: UiLanguage): string {
  const figureId = titleFigureId(conflict, index);
  const indicatorKey = figureId ? index.figures.get(figureId)?.indicator : undefined;
  const label = indicatorKey ? index.indicators.get(indicatorKey)?.label[language] : undefined;
  const subject = label || conflict.relation || figureId || conflict.id;
  return translate(language, "conflict.title", {
    kind: translate(language, `kind.${conflict.kind}`),
    subject,
  });
}
