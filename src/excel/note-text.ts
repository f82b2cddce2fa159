// The note put on a value a planner edited (ExcelApi 1.18): what the source says, verbatim.
import type { CellValue, PlanLanguage } from "../workbook/plan-types";

export interface NoteFacts {
  quote: string;
  source: string;
  sourceValue: CellValue;
}

const templates: Record<PlanLanguage, (f: NoteFacts) => string> = {
  en: (f) => `Edited by hand. The source ${f.source} states ${f.sourceValue}: «${f.quote}»`,
  ru: (f) => `Изменено вручную. Источник ${f.source} указывает ${f.sourceValue}: «${f.quote}»`,
  kk: (f) => `Қолмен өзгертілді. ${f.source} дереккөзінде ${f.sourceValue}: «${f.quote}»`,
};

export function noteText(language: PlanLanguage, facts: NoteFacts): string {
  return templates[language](facts);
}
