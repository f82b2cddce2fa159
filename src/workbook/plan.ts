// buildPlan: the whole Sanaq workbook as plain, deterministic data (no clock, no I/O).
import type { Indicator } from "../domain/load/types";
import type { AddedSource } from "../domain/propose/added-sources";
import type { CheckResult, Figure, Relation, Source } from "../domain/types";
import { columnName, labelsFor } from "./labels";
import { tableNames } from "./names";
import type { PlanLanguage, SheetPlan, WorkbookPlan } from "./plan-types";
import { aboutSheet } from "./sheets/about";
import { conflictsSheet } from "./sheets/conflicts";
import { coverageSheet } from "./sheets/coverage";
import { figuresSheet } from "./sheets/figures";
import { indexFigures } from "./sheets/lookup";
import { plansSheet } from "./sheets/plans";
import { relationsSheet } from "./sheets/relations";
import { sourcesSheet } from "./sheets/sources";
import { hashOf } from "./hash";
import { writtenState } from "./written-state";

export const planVersion = "1";
export const stateNamespace = "urn:sanaq:state:1";

export interface PlanInput {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
  checks: CheckResult;
  /** seeds/indicators.csv: the Figures sheet shows their names in the workbook's language. */
  indicators?: Pick<Indicator, "key" | "label">[];
  language: PlanLanguage;
  /** ISO timestamp of the load, given by the caller so the plan stays deterministic. */
  loadedAt: string;
  /** Texts added from the pane (already among sources/figures/relations): kept in the state. */
  added?: AddedSource[];
}

export function buildPlan(input: PlanInput): WorkbookPlan {
  const labels = labelsFor(input.language);
  const index = indexFigures(input.figures);
  if (index.byId.size !== input.figures.length) {
    const seen = new Set<string>();
    const dup = input.figures.find((f) => (seen.has(f.id) ? true : (seen.add(f.id), false)));
    throw new Error(`workbook: figure id "${dup?.id ?? ""}" appears more than once`);
  }
  const indicatorNames: Record<string, string> = {};
  for (const i of input.indicators ?? []) {
    const name = i.label[input.language];
    if (name) indicatorNames[i.key] = name;
  }
  const figuresRef = {
    table: tableNames.figures,
    idColumn: columnName(labels, "id"),
    valueColumn: columnName(labels, "value"),
  };
  const sourceValues: Record<string, number> = {};
  for (const f of input.figures) sourceValues[f.id] = f.value;
  const sheets: SheetPlan[] = [
    sourcesSheet(input.sources, labels),
    figuresSheet({ figures: input.figures, checks: input.checks, labels, indicatorNames }),
    coverageSheet({ relations: input.relations, index, labels, figuresRef }),
    plansSheet({ relations: input.relations, index, labels, figuresRef }),
    conflictsSheet(input.checks, index, labels, input.language),
    relationsSheet(input.relations, labels),
    aboutSheet({
      sources: input.sources,
      figureCount: input.figures.length,
      loadedAt: input.loadedAt,
      labels,
    }),
  ];
  return {
    version: planVersion,
    language: input.language,
    stateNamespace,
    sheets,
    state: {
      version: planVersion,
      language: input.language,
      loadedAt: input.loadedAt,
      sourcesHash: hashOf(input.sources),
      figuresHash: hashOf(input.figures),
      relationsHash: hashOf(input.relations),
      sourceIds: input.sources.map((s) => s.id),
      figureCount: input.figures.length,
      sourceValues,
      ...(input.added && input.added.length > 0 ? { added: input.added } : {}),
      written: writtenState(sheets),
    },
  };
}
