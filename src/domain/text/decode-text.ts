// Bytes of a file a planner gives us → its text, or why it is not one. One pure function used by
// `sanaq extract`, `sanaq check-text` and the pane's Add a source, so all three accept and refuse
// the same files with the same words. Nothing is read as numbers from bytes that are not text.
//
//   BOM EF BB BF          UTF-8 (the BOM dropped)
//   BOM FF FE / FE FF     UTF-16 LE / BE, decoded
//   valid UTF-8           UTF-8
//   not UTF-8, but its high bytes read as Cyrillic letters in Windows-1251   decoded as Windows-1251
//   NUL bytes, control characters, a known binary signature (PDF, ZIP/Office, PNG…)   refused
//   anything else         refused as "not UTF-8 text", with the first bad byte and its offset
import type { Messages } from "../types";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** Set when the text was not plain UTF-8: what we decoded it from, for the user. */
      notice: Messages | null;
    }
  | {
      ok: false;
      reason: "binary" | "invalid";
      /** The whole sentence the user sees, in the three languages. */
      message: Messages;
    };

// Windows-1251, bytes 0x80–0xBF (0xC0–0xFF are А–я, U+0410–U+044F). 0x98 is unassigned.
const CP1251_HIGH =
  "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї";

/** Signatures of common binary files a planner might pick by mistake. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP (.docx, .xlsx, .zip)", [0x50, 0x4b, 0x03, 0x04]],
  ["Office 97–2003 (.doc, .xls)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["RTF", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(c: number): boolean {
  return c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d : c === 0x7f;
}

/** A few stray control characters are noise in a text; more than one in a thousand is data. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) controls++;
  }
  return controls > 8 && controls * 1000 > text.length;
}

function binary(kind: string | null): Decoded {
  const en = kind ? ` (it looks like a ${kind} file)` : " (it holds binary data)";
  const ru = kind ? ` (похоже на файл ${kind})` : " (в нём двоичные данные)";
  const kk = kind ? ` (${kind} файлына ұқсайды)` : " (ішінде екілік деректер бар)";
  return {
    ok: false,
    reason: "binary",
    message: {
      en: `not a text file${en}; expected a UTF-8 text file.`,
      ru: `это не текстовый файл${ru}; нужен текстовый файл в UTF-8.`,
      kk: `бұл мәтіндік файл емес${kk}; UTF-8 мәтіндік файлы керек.`,
    },
  };
}

function invalid(what: { en: string; ru: string; kk: string }): Decoded {
  return {
    ok: false,
    reason: "invalid",
    message: {
      en: `not UTF-8 text: ${what.en}; save the file as UTF-8 text.`,
      ru: `текст не в UTF-8: ${what.ru}; сохраните файл как текст в UTF-8.`,
      kk: `мәтін UTF-8 емес: ${what.kk}; файлды UTF-8 мәтіні ретінде сақтаңыз.`,
    },
  };
}

function decoded(text: string, encoding: Encoding, notice: Messages | null): Decoded {
  return looksBinary(text) ? binary(null) : { ok: true, text, encoding, notice };
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const name = littleEndian ? "UTF-16LE" : "UTF-16BE";
  if ((bytes.length - 2) % 2 !== 0) {
    const n = bytes.length;
    return invalid({
      en: `${name} (byte-order mark) with an odd number of bytes (${n}): the file is cut short`,
      ru: `${name} (метка порядка байтов) с нечётным числом байтов (${n}): файл обрезан`,
      kk: `${name} (байт реті белгісі), байт саны тақ (${n}): файл толық емес`,
    });
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 2; i < bytes.length; i += CHUNK * 2) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(bytes.length, i + CHUNK * 2); j += 2) {
      const a = bytes[j] ?? 0;
      const b = bytes[j + 1] ?? 0;
      codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return decoded(parts.join(""), littleEndian ? "utf-16le" : "utf-16be", {
    en: `Read as ${name} (the file starts with a byte-order mark).`,
    ru: `Прочитано как ${name} (файл начинается с метки порядка байтов).`,
    kk: `${name} ретінде оқылды (файл байт реті белгісінен басталады).`,
  });
}

/** The offset of the first byte that breaks UTF-8, or -1 when all of it is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

/** Cyrillic letters of Windows-1251: А–я, Ё ё, І і (Ukrainian/Belarusian, also used for Kazakh і). */
function isCp1251Letter(b: number): boolean {
  return b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xb2 || b === 0xb3;
}

/** Punctuation of Windows-1251 a Russian text uses: « » – — … № “ ” ‘ ’ no-break space. */
const CP1251_PUNCTUATION = new Set([
  0xab, 0xbb, 0x96, 0x97, 0x85, 0xb9, 0x93, 0x94, 0x91, 0x92, 0xa0,
]);

/** Reads as a Windows-1251 text: its high bytes are nearly all Cyrillic letters or its punctuation. */
function isCp1251Text(bytes: Uint8Array): boolean {
  let high = 0;
  let fitting = 0;
  let letters = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    if (isCp1251Letter(b)) {
      letters++;
      fitting++;
    } else if (CP1251_PUNCTUATION.has(b)) fitting++;
  }
  return letters >= 3 && fitting >= high * 0.95;
}

function decodeCp1251(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(bytes.length, i + CHUNK); j++) {
      const b = bytes[j] ?? 0;
      codes.push(b < 0x80 ? b : b >= 0xc0 ? 0x410 + b - 0xc0 : CP1251_HIGH.charCodeAt(b - 0x80));
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const rest = bytes.subarray(3);
    const bad = firstInvalidUtf8(rest);
    if (bad >= 0) return badUtf8(rest, bad, 3);
    return decoded(utf8(rest), "utf-8", null);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, false);
  for (const [kind, sig] of SIGNATURES) if (startsWith(bytes, sig)) return binary(kind);
  if (bytes.includes(0)) return binary(null);
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return decoded(utf8(bytes), "utf-8", null);
  if (isCp1251Text(bytes)) {
    return decoded(decodeCp1251(bytes), "windows-1251", {
      en: "Read as Windows-1251 (Cyrillic): the file is not UTF-8.",
      ru: "Прочитано как Windows-1251 (кириллица): файл не в UTF-8.",
      kk: "Windows-1251 (кирилл) ретінде оқылды: файл UTF-8 емес.",
    });
  }
  return badUtf8(bytes, bad, 0);
}

function badUtf8(bytes: Uint8Array, at: number, shift: number): Decoded {
  const hex = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
  const offset = at + shift;
  return invalid({
    en: `byte ${hex} at offset ${offset} is not valid UTF-8, nor does the text read as Windows-1251`,
    ru: `байт ${hex} по смещению ${offset} недопустим в UTF-8, и как Windows-1251 текст тоже не читается`,
    kk: `${offset} орнындағы ${hex} байты UTF-8-де жарамсыз, мәтін Windows-1251 ретінде де оқылмайды`,
  });
}
