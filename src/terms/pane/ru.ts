// Russian terms the pane and the workbook both show (sheet names, conflict kinds and
// severities, the conflict report's columns).
import type { PaneTerms } from "../types";

export const ru: PaneTerms = {
  sheets: {
    sources: "Источники",
    figures: "Показатели",
    coverage: "Охват",
    plans: "Планы",
    conflicts: "Расхождения",
    relations: "Связи",
    about: "О книге",
    report: "Отчёт о расхождениях",
  },
  columns: {
    region: "Регион",
    indicator: "Показатель",
    sources: "Источники",
    quotes: "Цитаты",
    conflict: "Расхождение",
    kind: "Вид",
    severity: "Важность",
    statedValue: "Заявлено",
    figures: "Показатели",
    implied: "Следует из данных",
    message: "Пояснение",
    suggestion: "Подсказка",
  },
  kinds: {
    share: "Доля",
    sum: "Сумма",
    agreement: "Значения расходятся",
    source: "Изменённое значение",
  },
  severities: {
    error: "Ошибка",
    warning: "Предупреждение",
    truncated: "Усечённый %",
    info: "Примечание",
  },
};
