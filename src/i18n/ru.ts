// Russian messages of the task pane (same keys as en).
import { paneTermsFor } from "../terms/pane/index";
import type { MessageKey } from "./en";
import { sharedMessages } from "./shared";

// Words the workbook shows too (sheet and column names, kinds, severities) come from src/terms.
const T = paneTermsFor("ru");

export const ru: Record<MessageKey, string> = {
  ...sharedMessages(T),
  "app.title": "Sanaq",
  "app.tagline": "Цифры из новостей, проверенные в Excel",
  "app.language": "Язык",
  "app.tabs": "Разделы",
  "app.loadingSection": "Раздел открывается…",
  "tab.load": "Загрузка",
  "tab.add": "Новый источник",

  "host.pending": "Подключение к Office…",
  "host.preview": "Режим предпросмотра (браузер): нет связи с Excel.",
  "host.excel": "Работает внутри Excel.",
  "host.other": "Работает внутри {host}, а не Excel.",

  "preview.title": "Предпросмотр (только чтение)",
  "preview.body":
    "Запись в книгу возможна только в Excel. Откройте Sanaq в Excel, чтобы загрузить цифры в таблицы.",

  "load.heading": "Загрузить цифры из новостных текстов",
  "load.first": "Сначала загрузите в книгу цифры из новостных текстов.",
  "load.intro":
    "Читает цифры, взятые из новостных текстов, проверяет их и записывает в таблицы; доли и выполнение Excel пересчитывает сам по формулам.",
  "load.button": "Загрузить в книгу",
  "load.buttonPreview": "Показать предпросмотр",
  "load.refresh": "Обновить",
  "load.cancel": "Отмена",
  "load.cancelled": "Отменено. Ничего не записано.",
  "load.cancelledAfterWrite":
    "Отменено во время записи; книга может быть обновлена частично. Нажмите «Обновить».",
  "load.progress": "Ход загрузки",
  "step.fetch": "Загрузка {file}",
  "step.validate": "Проверка файлов с данными",
  "step.check": "Проверка цифр",
  "step.write": "Запись книги",
  "step.done": "Готово",

  "summary.heading": "Итог",
  "summary.figures": "Загружено цифр",
  "summary.sources": "Источники",
  "summary.derived": "Производные показатели",
  "summary.time": "Затрачено времени",
  "summary.seconds": "{value} с",
  "summary.written": "Записано в книгу",
  "summary.notWritten": "Только предпросмотр: ничего не записано",

  "errors.heading": "В файлах с данными есть ошибки. Ничего не записано.",
  "errors.item": "{file}, строка {row}, столбец {column}: найдено «{found}», ожидалось {expected}.",
  "errors.inFile": "{file}: найдено «{found}», ожидалось {expected}.",
  "errors.inRow": "{file}, строка {row}: найдено «{found}», ожидалось {expected}.",
  "errors.fetch": "Не удалось загрузить {file} (HTTP {status}).",
  "errors.unexpected": "Произошла ошибка: {message}",

  "conflicts.none": "Расхождений нет: все цифры согласуются между собой.",
  "conflicts.notLoaded": "Загрузите цифры из новостных текстов, чтобы увидеть расхождения.",
  "conflicts.regionCount": "{region} ({count})",
  "conflicts.noRegion": "Без региона",
  "conflicts.export": "Выгрузить отчёт (CSV)",
  "conflicts.exportSheet": "Записать отчёт на лист",
  "conflicts.live": `Правки на листе «${T.sheets.figures}» отслеживаются.`,
  "conflict.title": "{kind}: {subject}",
  "conflict.quote": "Цитата из {source}",
  "conflict.select": "Выделить ячейки",
  "conflict.accept": "Принять значение источника",
  "conflict.keep": "Оставить своё значение",
  "conflict.reason": "Причина, по которой вы оставляете своё значение",
  "conflict.openSource": "Открыть источник",
  "conflict.accepted": "Значение источника возвращено в таблицу.",
  "conflict.kept": "Ваше значение оставлено, причина записана.",
  "conflict.needsExcel.keep":
    "Предпросмотр: в Excel здесь можно оставить своё значение, записав причину.",
  "conflict.needsExcel.accept": "Предпросмотр: в Excel здесь можно принять значение источника.",
  "conflict.needsExcel.select": "Предпросмотр: в Excel здесь можно выделить ячейки.",
  "notice.dismiss": "Закрыть",

  "sources.pick": "Текст источника",
  "sources.hint": `Каждое число показано отдельно. Выделите строку на листе «${T.sheets.figures}» и нажмите на число, чтобы перенести его в эту строку.`,
  "sources.numbers": "Чисел: {count}",
  "sources.chip": "{kind}: {value}",
  "sources.snipPreview": `В выделенную строку листа «${T.sheets.figures}» будет записано: значение {value}, цитата «{quote}», источник {source}.`,
  "sources.snipped": "Записано в строку {figure}: значение {value}.",
  "sources.noRow": `Сначала выделите строку на листе «${T.sheets.figures}».`,
  "sources.none": "Загрузите цифры из новостных текстов, чтобы увидеть их источники.",

  "add.heading": "Новый источник",
  "add.paste": "Вставьте текст",
  "add.file": "Или выберите файл .txt или .csv",
  "add.read": "Найти числа",
  "add.reading": "Чтение {file}: {percent}%",
  "add.checks": "Автоматические проверки",
  "add.noChecks": "Автоматические проверки замечаний не нашли.",
  "add.checking": "Проверка текста: {percent}%",
  "add.statements": "Проверено утверждений: {count}",
  "add.nothingTestable":
    "Проверять нечего: в тексте нет утверждений, которые можно проверить по его же числам. Это не значит, что противоречий нет.",
  "add.confirm": "Добавить источник и отмеченные строки",
  "add.added":
    "Источник {source} добавлен: показателей {count}, связей {relations}; книга обновлена.",
  "add.wouldAdd":
    "Предпросмотр: в Excel будет добавлен источник {source}: показателей {count}, связей {relations}.",
  "add.csvRows": "Прочитано строк текста из CSV: {count}",
  "add.empty": "Сначала вставьте текст или выберите файл.",
  "add.figure": "Показатель {value}",
  "add.asOf": "на {asOf}",
  "add.newIndicator": "новый",
  "add.checkIndicator":
    "Проверьте показатель: слова вокруг числа неоднозначны (уверенность {percent}%).",
  "add.checkRegion": "Проверьте регион: в предложении названо также {alternatives}.",
  "add.textRegion": "Регион текста",
  "add.relations": "Связи, найденные в тексте (доли, суммы): {count}",
  "add.skipped": "Прочие числа, не показатели (годы, даты, 4G/5G, номера приказов): {count}.",
  "add.proposed":
    "Предложено показателей: {count}. Подтвердите или измените регион и показатель каждого.",

  "mention.count": "количество",
  "mention.percent": "процент",
  "mention.money": "деньги",
  "mention.length": "длина",
  "mention.area": "площадь",
  "mention.year": "год",
  "mention.date": "дата",
  "mention.identifier": "идентификатор",
  "mention.technology": "технология",
  "mention.age": "возраст",
  "mention.other": "другое",

  "refusal.clash":
    "На листе «{sheet}» уже есть данные в {range}, куда Sanaq записал бы свои. Ничего не записано. Переименуйте этот лист или перенесите данные и загрузите снова.",
  "refusal.tableInTheWay":
    "На листе «{sheet}» таблица {range} стоит там, где Sanaq поместил бы таблицу {table}. Ничего не записано. Переименуйте лист или перенесите таблицу и загрузите снова.",
  "refusal.protected":
    "Лист «{sheet}» защищён. Ничего не записано. Снимите защиту (Рецензирование › Снять защиту листа) и обновите снова.",
  "refusal.filtered":
    "Таблица {table} на листе «{sheet}» отфильтрована. Ничего не записано. Сбросьте фильтр и обновите снова.",
  "refusal.moved":
    "Строки таблицы {table} на листе «{sheet}» отсортировали, вставили или удалили, пока Sanaq записывал. Его изменения отменены. Обновите снова.",
  "report.written": "Отчёт о расхождениях — на листе «{sheet}».",
};
