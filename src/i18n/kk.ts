// Kazakh messages of the task pane (same keys as en).
import { paneTermsFor } from "../terms/pane/index";
import type { MessageKey } from "./en";
import { sharedMessages } from "./shared";

// Words the workbook shows too (sheet and column names, kinds, severities) come from src/terms.
const T = paneTermsFor("kk");

export const kk: Record<MessageKey, string> = {
  ...sharedMessages(T),
  "app.title": "Sanaq",
  "app.tagline": "Жаңалықтардағы сандар Excel-де тексеріледі",
  "app.language": "Тіл",
  "app.tabs": "Бөлімдер",
  "app.loadingSection": "Бөлім ашылуда…",
  "tab.load": "Жүктеу",
  "tab.add": "Жаңа дереккөз",

  "host.pending": "Office-ке қосылуда…",
  "host.preview": "Алдын ала қарау режимі (браузер): Excel-ге қосылмаған.",
  "host.excel": "Excel ішінде жұмыс істеуде.",
  "host.other": "Excel емес, {host} ішінде жұмыс істеуде.",

  "preview.title": "Алдын ала қарау (тек оқу)",
  "preview.body":
    "Кітапқа жазу тек Excel-де мүмкін. Сандарды кестелерге жүктеу үшін Sanaq-ты Excel-де ашыңыз.",

  "load.heading": "Жаңалық мәтіндеріндегі сандарды жүктеу",
  "load.first": "Алдымен жаңалық мәтіндеріндегі сандарды кітапқа жүктеңіз.",
  "load.intro":
    "Жаңалық мәтіндерінен алынған сандарды оқиды, тексереді және кестелерге жазады; үлестер мен орындалу деңгейін Excel формулалар арқылы өзі қайта есептейді.",
  "load.button": "Кітапқа жүктеу",
  "load.buttonPreview": "Алдын ала қарау",
  "load.refresh": "Жаңарту",
  "load.cancel": "Болдырмау",
  "load.cancelled": "Тоқтатылды. Ештеңе жазылған жоқ.",
  "load.cancelledAfterWrite":
    "Жазу кезінде тоқтатылды; кітап ішінара жаңартылуы мүмкін. «Жаңарту» батырмасын басыңыз.",
  "load.progress": "Жүктеу барысы",
  "step.fetch": "{file} жүктелуде",
  "step.validate": "Деректер файлдары тексерілуде",
  "step.check": "Сандар тексерілуде",
  "step.write": "Кітап жазылуда",
  "step.done": "Дайын",

  "summary.heading": "Қорытынды",
  "summary.figures": "Жүктелген сандар",
  "summary.sources": "Дереккөздер",
  "summary.derived": "Туынды көрсеткіштер",
  "summary.time": "Жұмсалған уақыт",
  "summary.seconds": "{value} с",
  "summary.written": "Кітапқа жазылды",
  "summary.notWritten": "Тек алдын ала қарау: ештеңе жазылған жоқ",

  "errors.heading": "Деректер файлдарында қателер бар. Ештеңе жазылған жоқ.",
  "errors.item": "{file}, {row}-жол, {column} бағаны: «{found}» табылды, күтілгені: {expected}.",
  "errors.inFile": "{file}: «{found}» табылды, күтілгені: {expected}.",
  "errors.inRow": "{file}, {row}-жол: «{found}» табылды, күтілгені: {expected}.",
  "errors.fetch": "{file} жүктелмеді (HTTP {status}).",
  "errors.unexpected": "Қате орын алды: {message}",

  "conflicts.none": "Сәйкессіздік жоқ: барлық сандар бір-бірімен үйлеседі.",
  "conflicts.notLoaded": "Сәйкессіздіктерді көру үшін жаңалық мәтіндеріндегі сандарды жүктеңіз.",
  "conflicts.regionCount": "{region} ({count})",
  "conflicts.noRegion": "Өңірсіз",
  "conflicts.export": "Есепті түсіру (CSV)",
  "conflicts.exportSheet": "Есепті параққа жазу",
  "conflicts.live": `«${T.sheets.figures}» парағындағы түзетулер бақылануда.`,
  "conflict.title": "{kind}: {subject}",
  "conflict.quote": "{source} дәйексөзі",
  "conflict.select": "Ұяшықтарды белгілеу",
  "conflict.accept": "Дереккөздегі мәнді қабылдау",
  "conflict.keep": "Өз мәнімді қалдыру",
  "conflict.reason": "Өз мәніңізді қалдыру себебі",
  "conflict.openSource": "Дереккөзді ашу",
  "conflict.accepted": "Дереккөздегі мән кестеге қайта жазылды.",
  "conflict.kept": "Сіздің мәніңіз сақталды, себебі жазылды.",
  "conflict.needsExcel.keep":
    "Алдын ала қарау: Excel-де мұнда себебін жазып, өз мәніңізді қалдыруға болады.",
  "conflict.needsExcel.accept":
    "Алдын ала қарау: Excel-де мұнда дереккөздегі мәнді қабылдауға болады.",
  "conflict.needsExcel.select": "Алдын ала қарау: Excel-де мұнда ұяшықтарды белгілеуге болады.",
  "notice.dismiss": "Жабу",

  "sources.pick": "Дереккөз мәтіні",
  "sources.hint": `Әр сан жеке белгіленген. «${T.sheets.figures}» парағында жолды белгілеп, санды сол жолға көшіру үшін оны басыңыз.`,
  "sources.numbers": "Сандар саны: {count}",
  "sources.chip": "{kind}: {value}",
  "sources.snipPreview": `«${T.sheets.figures}» парағының белгіленген жолына жазылады: мәні {value}, дәйексөз «{quote}», дереккөз {source}.`,
  "sources.snipped": "{figure} жолына жазылды: мәні {value}.",
  "sources.noRow": `Алдымен «${T.sheets.figures}» парағында жолды белгілеңіз.`,
  "sources.none": "Дереккөздерді көру үшін жаңалық мәтіндеріндегі сандарды жүктеңіз.",

  "add.heading": "Жаңа дереккөз",
  "add.paste": "Мәтінді қойыңыз",
  "add.file": "Немесе .txt не .csv файлын таңдаңыз",
  "add.read": "Сандарды табу",
  "add.reading": "{file} оқылуда: {percent}%",
  "add.checks": "Автоматты тексерулер",
  "add.noChecks": "Автоматты тексерулер ескерту тапқан жоқ.",
  "add.checking": "Мәтін тексерілуде: {percent}%",
  "add.statements": "Тексерілген тұжырымдар: {count}",
  "add.nothingTestable":
    "Тексеретін ештеңе табылмады: мәтінде өз сандарымен тексерілетін тұжырым жоқ. Бұл қайшылық жоқ дегенді білдірмейді.",
  "add.confirm": "Дереккөзді және белгіленген жолдарды қосу",
  "add.added":
    "{source} дереккөзі қосылды: {count} көрсеткіш, {relations} байланыс; кітап жаңартылды.",
  "add.wouldAdd":
    "Алдын ала қарау: Excel-де {source} дереккөзі қосылар еді: {count} көрсеткіш, {relations} байланыс.",
  "add.csvRows": "CSV файлынан оқылған мәтін жолдары: {count}",
  "add.empty": "Алдымен мәтінді қойыңыз немесе файлды таңдаңыз.",
  "add.figure": "{value} көрсеткіші",
  "add.asOf": "{asOf} жағдай бойынша",
  "add.newIndicator": "жаңа",
  "add.checkIndicator":
    "Көрсеткішті тексеріңіз: сан маңындағы сөздер анық емес (сенімділік {percent}%).",
  "add.checkRegion": "Өңірді тексеріңіз: сөйлемде тағы {alternatives} аталған.",
  "add.textRegion": "Мәтіннің өңірі",
  "add.relations": "Мәтіннен табылған байланыстар (үлестер, қосындылар): {count}",
  "add.skipped": "Көрсеткіш емес басқа сандар (жылдар, күндер, 4G/5G, бұйрық нөмірлері): {count}.",
  "add.proposed":
    "Ұсынылған көрсеткіштер: {count}. Әрқайсысының өңірі мен көрсеткішін растаңыз не өзгертіңіз.",

  "mention.count": "саны",
  "mention.percent": "пайыз",
  "mention.money": "ақша",
  "mention.length": "ұзындық",
  "mention.area": "аудан",
  "mention.year": "жыл",
  "mention.date": "күн",
  "mention.identifier": "сәйкестендіргіш",
  "mention.technology": "технология",
  "mention.age": "жас",
  "mention.other": "басқа",

  "refusal.clash":
    "«{sheet}» парағының {range} ұяшықтарында деректер бар, Sanaq өз деректерін сол жерге жазар еді. Ештеңе жазылмады. Парақтың атын өзгертіңіз немесе деректерді көшіріп, қайта жүктеңіз.",
  "refusal.tableInTheWay":
    "«{sheet}» парағында Sanaq {table} кестесін қоятын жерде {range} кестесі тұр. Ештеңе жазылмады. Парақтың атын өзгертіңіз немесе кестені көшіріп, қайта жүктеңіз.",
  "refusal.protected":
    "«{sheet}» парағы қорғалған. Ештеңе жазылмады. Қорғауды алып тастап (Рецензиялау › Парақтан қорғауды алу), қайта жаңартыңыз.",
  "refusal.filtered":
    "«{sheet}» парағындағы {table} кестесі сүзгіленген. Ештеңе жазылмады. Сүзгіні тазалап, қайта жаңартыңыз.",
  "refusal.moved":
    "Sanaq жазып жатқанда «{sheet}» парағындағы {table} кестесінің жолдары сұрыпталды, қосылды немесе жойылды. Оның өзгерістері кері қайтарылды. Қайта жаңартыңыз.",
  "report.written": "Сәйкессіздіктер есебі «{sheet}» парағында.",
};
