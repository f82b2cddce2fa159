// readNumbers on sentences written for every form the reader handles.
import { describe, expect, it } from "vitest";
import { brief } from "./helpers";

const cases: ReadonlyArray<[string, string, string[]]> = [
  // [what, sentence, expected mentions]
  [
    "thousands groups",
    "Всего 4 000 сел и 1 150-ден астам ауыл.",
    ["4 000|4000||exact||count", "1 150-ден|1150||more_than||count"],
  ],
  [
    "group needs three digits after 1–3",
    "26 базовых станций в 2024 году и 27 в 2025",
    [
      "26|26||exact||count",
      "2024|2024||exact||year",
      "27|27||exact||count",
      "2025|2025||exact||year",
    ],
  ],
  [
    "decimal comma and percent",
    "Доля 12,2 % и 48,3%-ы.",
    ["12,2 %|12.2||exact|%|percent", "48,3%-ы|48.3||exact|%|percent"],
  ],
  [
    "hyphenated Kazakh case suffix",
    "353-тен астам ауыл, оның 24-і.",
    ["353-тен|353||more_than||count", "24-і|24||exact||count"],
  ],
  [
    "Russian multipliers",
    "2 тыс. сел, 272,5 тысячи детей, 3 тысячами, 2,5 млн, 4 миллиона, 1,2 млрд, 2 миллиарда",
    [
      "2 тыс.|2000||exact||count",
      "272,5 тысячи|272500||exact||count",
      "3 тысячами|3000||exact||count",
      "2,5 млн|2500000||exact||count",
      "4 миллиона|4000000||exact||count",
      "1,2 млрд|1200000000||exact||count",
      "2 миллиарда|2000000000||exact||count",
    ],
  ],
  [
    "Kazakh multipliers",
    "20 мың, 20 мыңы, 6 мыңнан астам, 400 мыңға дейін, 3 млн, 1 млрд",
    [
      "20 мың|20000||exact||count",
      "20 мыңы|20000||exact||count",
      "6 мыңнан|6000||more_than||count",
      "400 мыңға|400000||up_to||count",
      "3 млн|3000000||exact||count",
      "1 млрд|1000000000||exact||count",
    ],
  ],
  [
    "percent words",
    "10 процентов, 5 процента, 99 пайызы, 98 пайыздан асты, 75 пайызына дейін, 20 пайызға",
    [
      "10 процентов|10||exact|%|percent",
      "5 процента|5||exact|%|percent",
      "99 пайызы|99||exact|%|percent",
      "98 пайыздан|98||more_than|%|percent",
      "75 пайызына|75||up_to|%|percent",
      "20 пайызға|20||exact|%|percent",
    ],
  ],
  [
    "length",
    "120 км линий, 35 километров кабеля, 40 мың шақырым жол",
    [
      "120 км|120||exact|km|length",
      "35 километров|35||exact|km|length",
      "40 мың шақырым|40000||exact|km|length",
    ],
  ],
  [
    "area",
    "500 кв. м, 1200 м², 1700 шаршы метрді",
    [
      "500 кв. м|500||exact|m2|area",
      "1200 м²|1200||exact|m2|area",
      "1700 шаршы метрді|1700||exact|m2|area",
    ],
  ],
  [
    "money",
    "2,5 млрд тенге, 300 млн теңге, 15 000 ₸",
    [
      "2,5 млрд тенге|2500000000||exact|KZT|money",
      "300 млн теңге|300000000||exact|KZT|money",
      "15 000 ₸|15000||exact|KZT|money",
    ],
  ],
  [
    "Russian qualifiers",
    "более 10, свыше 11, не менее 12, менее 13, не более 14, около 15, примерно 16, порядка 17, почти 18, до 400 тысяч",
    [
      "10|10||more_than||count",
      "11|11||more_than||count",
      "12|12||at_least||count",
      "13|13||less_than||count",
      "14|14||at_most||count",
      "15|15||about||count",
      "16|16||about||count",
      "17|17||about||count",
      "18|18||about||count",
      "400 тысяч|400000||up_to||count",
    ],
  ],
  [
    "Kazakh qualifiers",
    "кемінде 10 ауыл, шамамен 5 мың, 20 мың шамасында, 100 мыңға жуық, 100-ден аса, 50-ден артық, 98 пайыздан асты, 20-дан кем",
    [
      "10|10||at_least||count",
      "5 мың|5000||about||count",
      "20 мың|20000||about||count",
      "100 мыңға|100000||about||count",
      "100-ден|100||more_than||count",
      "50-ден|50||more_than||count",
      "98 пайыздан|98||more_than|%|percent",
      "20-дан|20||less_than||count",
    ],
  ],
  [
    "дейін of a time phrase leaves the number exact",
    "жыл соңына дейін 500 мұнара салынады",
    ["500|500||exact||count"],
  ],
  [
    "Russian до: a year or up to",
    "до 2025 года до 400 тысяч",
    ["2025|2025||exact||year", "400 тысяч|400000||up_to||count"],
  ],
  [
    "ranges",
    "300–400 студентов, 300-400, от 12 до 18, от 10 до 20 тысяч, от 500 до 1 тысячи, 10–15%",
    [
      "300–400|300|400|range||count",
      "300-400|300|400|range||count",
      "от 12 до 18|12|18|range||count",
      "от 10 до 20 тысяч|10000|20000|range||count",
      "от 500 до 1 тысячи|500|1000|range||count",
      "10–15%|10|15|range|%|percent",
    ],
  ],
  ["Kazakh range", "12-ден 18-ге дейін жастағы балалар", ["12-ден 18-ге|12|18|range||age"]],
  [
    "a falling pair is no range",
    "в 2025 году — 103, счёт 5-3",
    ["2025|2025||exact||year", "103|103||exact||count", "5|5||exact||count", "3|3||exact||count"],
  ],
  [
    "ages",
    "12–18 жас, в возрасте от 12 до 18 лет",
    ["12–18|12|18|range||age", "от 12 до 18|12|18|range||age"],
  ],
  [
    "years",
    "2025 года, 2025 жылдың, в 2026–2027 годах, на 2025 год.",
    [
      "2025|2025||exact||year",
      "2025|2025||exact||year",
      "2026–2027|2026|2027|range||year",
      "2025|2025||exact||year",
    ],
  ],
  ["a year range with a two-digit end", "на 2026–27 годы", ["2026–27|2026|2027|range||year"]],
  [
    "a four-digit count is no year",
    "установлено 2000 камер в 2000 году",
    ["2000|2000||exact||count", "2000|2000||exact||year"],
  ],
  [
    "dates",
    "13 сентября 2024 года, 2026-01-13, 13.09.2024, 19 наурызда",
    [
      "13 сентября 2024|20240913||exact||date",
      "2026-01-13|20260113||exact||date",
      "13.09.2024|20240913||exact||date",
      "19 наурызда|319||exact||date",
    ],
  ],
  [
    "a range of days takes the month and year",
    "13–15 сентября 2024 года",
    ["13–15 сентября 2024|20240913|20240915|range||date"],
  ],
  [
    "a minus sign stays with its number; a hyphen between numbers is no sign",
    "снизилась на −5% и -3 камеры, счёт 5-3",
    ["−5%|-5||exact|%|percent", "-3|-3||exact||count", "5|5||exact||count", "3|3||exact||count"],
  ],
  [
    "order and service numbers",
    "№141 и № 143, по номеру 109, iKomek109",
    [
      "141|141||exact||identifier",
      "143|143||exact||identifier",
      "109|109||exact||identifier",
      "109|109||exact||identifier",
    ],
  ],
  [
    "technologies",
    "2G, 3G, 4G и 5G/IMT; 10 тысяч базовых станций 4G",
    [
      "2G|2||exact||technology",
      "3G|3||exact||technology",
      "4G|4||exact||technology",
      "5G|5||exact||technology",
      "10 тысяч|10000||exact||count",
      "4G|4||exact||technology",
    ],
  ],
  [
    "ordinals and clock times",
    "5-й класс, 2-ші орын, в 10:30",
    ["5-й|5||exact||other", "2-ші|2||exact||other", "10:30|1030||exact||other"],
  ],
  [
    "Russian number words",
    "один, двух, трёх, четырём, пяти, шестью, семи, восьми, девяти, десяти, одиннадцати, двенадцать, двадцати, тридцать, сорока, пятьдесят, девяноста, сто",
    [
      // "one" is a count like the others ("одна школа" of the corpus); only its idioms and
      // durations are not ("одним из", "Бір жыл ішінде").
      "один|1||exact||count",
      "двух|2||exact||count",
      "трёх|3||exact||count",
      "четырём|4||exact||count",
      "пяти|5||exact||count",
      "шестью|6||exact||count",
      "семи|7||exact||count",
      "восьми|8||exact||count",
      "девяти|9||exact||count",
      "десяти|10||exact||count",
      "одиннадцати|11||exact||count",
      "двенадцать|12||exact||count",
      "двадцати|20||exact||count",
      "тридцать|30||exact||count",
      "сорока|40||exact||count",
      "пятьдесят|50||exact||count",
      "девяноста|90||exact||count",
      "сто|100||exact||count",
    ],
  ],
  [
    "Russian compounds and multipliers",
    "двадцать пять сел, сто двадцать пять школ, три тысячи камер, более двух тысяч",
    [
      "двадцать пять|25||exact||count",
      "сто двадцать пять|125||exact||count",
      "три тысячи|3000||exact||count",
      "двух тысяч|2000||more_than||count",
    ],
  ],
  [
    "Kazakh number words with case",
    "екіден, үшке, төрт, бесеу, алты, жетіге, сегіз, тоғызы, он ауыл, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан, жүзден",
    [
      "екіден|2||exact||count",
      "үшке|3||exact||count",
      "төрт|4||exact||count",
      "бесеу|5||exact||count",
      "алты|6||exact||count",
      "жетіге|7||exact||count",
      "сегіз|8||exact||count",
      "тоғызы|9||exact||count",
      "он|10||exact||count",
      "жиырма|20||exact||count",
      "отыз|30||exact||count",
      "қырық|40||exact||count",
      "елу|50||exact||count",
      "алпыс|60||exact||count",
      "жетпіс|70||exact||count",
      "сексен|80||exact||count",
      "тоқсан|90||exact||count",
      "жүзден|100||exact||count",
    ],
  ],
  [
    "Kazakh compounds",
    "он бір ауыл, жиырма бес мектеп, екі жүз үй, екі мың бала",
    [
      "он бір|11||exact||count",
      "жиырма бес|25||exact||count",
      "екі жүз|200||exact||count",
      "екі мың|2000||exact||count",
    ],
  ],
  ["бір in a duration", "Бір жыл ішінде", ["Бір|1||exact||other"]],
  [
    "false friends are no numbers",
    "бірге, бірақ, біраз, бірнеше, онда, оның, үшін, жүзеге, внутри, одинаковый, бесік, алтын, семью",
    [],
  ],
  ["Russian он is a pronoun", "Он также отметил, что он доволен.", []],
];

describe("readNumbers on every form", () => {
  for (const [what, sentence, expected] of cases) {
    it(what, () => {
      expect(brief(sentence)).toEqual(expected);
    });
  }
});
