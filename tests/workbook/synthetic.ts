// Synthetic sources, figures, relations and checks for workbook and .xlsx tests, so they do not
// depend on the curated seeds.
import type { CheckResult, Figure, Relation, Source } from "../../src/domain/types";
import type { PlanInput } from "../../src/workbook/plan";

export const sources: Source[] = [
  {
    id: "src1",
    file: "a.txt",
    title: "Интернет в аулах Жамбыла",
    language: "ru",
    published: "2026-01-13",
    region: "Жамбыл",
    publisher: "Новости",
    text: "В регионе 410 сел, 4G есть в 50 селах, это 12,2%. 3G есть в 60 селах, это 12,2%. План: 100 вышек, построено 64.",
  },
];

function fig(
  id: string,
  indicator: string,
  value: number,
  unit = "",
  qualifier: Figure["qualifier"] = "exact",
): Figure {
  return {
    id,
    source: "src1",
    region: "Жамбыл",
    indicator,
    value,
    unit,
    qualifier,
    asOf: "2025",
    quote: `${value}`,
  };
}

export const figures: Figure[] = [
  fig("f.total", "settlements", 410),
  fig("f.4g", "settlements_4g", 50),
  fig("f.4g.pct", "share_4g", 12.2, "%"),
  fig("f.3g", "settlements_3g", 60),
  fig("f.3g.pct", "share_3g", 12.2, "%"),
  fig("f.plan", "towers_planned", 100),
  fig("f.done", "towers_built", 64),
  fig("f.no4g", "settlements_no_4g", 360),
];

export const relations: Relation[] = [
  {
    id: "zh.4g",
    type: "share",
    roles: { part: ["f.4g"], whole: ["f.total"], stated: ["f.4g.pct"] },
    label: "4G coverage",
  },
  {
    id: "zh.3g",
    type: "share",
    roles: { part: ["f.3g"], whole: ["f.total"], stated: ["f.3g.pct"] },
    label: "3G coverage",
  },
  {
    id: "zh.4g.alt",
    type: "share",
    roles: { part: ["f.4g"], whole: ["f.4g", "f.no4g"], stated: ["f.4g.pct"] },
    label: "4G coverage, whole as with + without",
  },
  {
    id: "zh.towers",
    type: "target",
    roles: { planned: ["f.plan"], done: ["f.done"] },
    label: "Towers",
    deadline: "2026",
  },
];

const msg = (text: string) => ({ en: text, ru: `ru: ${text}`, kk: `kk: ${text}` });

export const checks: CheckResult = {
  figures: figures.length,
  derived: [],
  conflicts: [
    {
      id: "share:zh.3g",
      kind: "share",
      severity: "error",
      relation: "zh.3g",
      figures: [
        { id: "f.3g", value: 60, source: "src1", quote: "60" },
        { id: "f.total", value: 410, source: "src1", quote: "410" },
        { id: "f.3g.pct", value: 12.2, source: "src1", quote: "12,2%" },
      ],
      stated: "12,2%",
      implied: "14.6%",
      message: msg("60 of 410 is 14.6%, not 12.2%"),
      suggestion: msg("a part of 50 or a stated 14.6% would make it true"),
    },
  ],
};

export function syntheticInput(language: PlanInput["language"] = "en"): PlanInput {
  return { sources, figures, relations, checks, language, loadedAt: "2026-11-21T23:00:00Z" };
}
