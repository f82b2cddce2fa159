// Kazakh terms the pane and the workbook both show (sheet names, conflict kinds and
// severities, the conflict report's columns).
import type { PaneTerms } from "../types";

export const kk: PaneTerms = {
  sheets: {
    sources: "Дереккөздер",
    figures: "Көрсеткіштер",
    coverage: "Қамту",
    plans: "Жоспарлар",
    conflicts: "Сәйкессіздіктер",
    relations: "Байланыстар",
    about: "Кітап туралы",
    report: "Сәйкессіздіктер есебі",
  },
  columns: {
    region: "Өңір",
    indicator: "Көрсеткіш",
    sources: "Дереккөздер",
    quotes: "Дәйексөздер",
    conflict: "Сәйкессіздік",
    kind: "Түрі",
    severity: "Маңыздылығы",
    statedValue: "Мәлімделген",
    figures: "Көрсеткіштер",
    implied: "Деректерден шығатыны",
    message: "Түсініктеме",
    suggestion: "Ұсыныс",
  },
  kinds: {
    share: "Үлес",
    sum: "Қосынды",
    agreement: "Мәндер сәйкес емес",
    source: "Өзгертілген мән",
  },
  severities: {
    error: "Қате",
    warning: "Ескерту",
    truncated: "Қысқартылған %",
    info: "Ескертпе",
  },
};
