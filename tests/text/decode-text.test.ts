// decodeText: the one place that turns a file's bytes into text, or refuses them.
import { describe, expect, it } from "vitest";
import { decodeText, firstInvalidUtf8 } from "../../src/domain/text/decode-text";

const SAMPLE = "Из 352 сёл связь есть в 342 (97,1%). Облыстағы 400 елді мекеннің 320-сы — «80%» №5";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + 2 * i] = littleEndian ? c & 0xff : c >> 8;
    bytes[3 + 2 * i] = littleEndian ? c >> 8 : c & 0xff;
  }
  return bytes;
}

/** Windows-1251 bytes of a Russian text, from Node's own ICU encoder tables (via its decoder). */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no cp1251 byte for ${ch}`);
      return b;
    }),
  );
}

describe("decodeText", () => {
  it("reads UTF-8, with or without a BOM, and says nothing", () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeText(bytes)).toEqual({ ok: true, text: SAMPLE, encoding: "utf-8", notice: null });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(bom)).toMatchObject({ ok: true, text: SAMPLE, encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE with a byte-order mark, and says so", () => {
    for (const le of [true, false]) {
      const got = decodeText(utf16(SAMPLE, le));
      expect(got).toMatchObject({ ok: true, text: SAMPLE, encoding: le ? "utf-16le" : "utf-16be" });
      if (got.ok)
        expect(got.notice?.en).toBe(
          `Read as UTF-16${le ? "LE" : "BE"} (the file starts with a byte-order mark).`,
        );
    }
  });

  it("refuses UTF-16 cut to an odd number of bytes", () => {
    const got = decodeText(utf16(SAMPLE, true).subarray(0, 11));
    expect(got).toMatchObject({ ok: false, reason: "invalid" });
    if (!got.ok) expect(got.message.en).toContain("odd number of bytes (11)");
  });

  it("decodes Windows-1251 Russian text, every byte as Node's decoder maps it, and says so", () => {
    const russian = "Из 352 сельских населённых пунктов — «97,1%» … №12; ЁЖИК ёжик.";
    const got = decodeText(cp1251(russian));
    expect(got).toMatchObject({ ok: true, text: russian, encoding: "windows-1251" });
    if (got.ok)
      expect(got.notice?.ru).toBe("Прочитано как Windows-1251 (кириллица): файл не в UTF-8.");
    const all = Uint8Array.from({ length: 64 }, (_, i) => 0xc0 + i);
    const text = decodeText(Uint8Array.from([...all, 0x20, 0xa8, 0xb8, 0xb9, 0x96, 0x97]));
    expect(text.ok && text.text).toBe(
      new TextDecoder("windows-1251").decode(
        Uint8Array.from([...all, 0x20, 0xa8, 0xb8, 0xb9, 0x96, 0x97]),
      ),
    );
  });

  it("refuses binary files as 'not a text file', naming known formats", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj 352 342 97,1%");
    expect(decodeText(pdf)).toMatchObject({ ok: false, reason: "binary" });
    const got = decodeText(pdf);
    if (!got.ok) {
      expect(got.message.en).toBe(
        "not a text file (it looks like a PDF file); expected a UTF-8 text file.",
      );
      expect(got.message.ru).toContain("это не текстовый файл");
      expect(got.message.kk).toContain("мәтіндік файл емес");
    }
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x31, 0x32]);
    expect(decodeText(zip)).toMatchObject({ ok: false, reason: "binary" });
    const nul = Uint8Array.from([0x31, 0x32, 0x00, 0x33]);
    expect(decodeText(nul)).toMatchObject({ ok: false, reason: "binary" });
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251 || 1);
    expect(decodeText(noise)).toMatchObject({ ok: false });
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1251 text, with the byte and its offset", () => {
    const bytes = Uint8Array.from([0x31, 0x32, 0x20, 0x81, 0x8d, 0x8f, 0x90, 0x98, 0x20, 0x33]);
    const got = decodeText(bytes);
    expect(got).toMatchObject({ ok: false, reason: "invalid" });
    if (!got.ok) expect(got.message.en).toContain("byte 0x81 at offset 3 is not valid UTF-8");
  });

  it("firstInvalidUtf8 agrees with a fatal TextDecoder on random bytes", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    let seed = 1;
    for (let k = 0; k < 300; k++) {
      const bytes = Uint8Array.from({ length: 12 }, () => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        return [0x41, 0xd0, 0x9f, 0xe2, 0x80, 0x94, 0xf0, 0xc3, 0xed, 0xa0][seed % 10] ?? 0;
      });
      let valid = true;
      try {
        fatal.decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
    }
  });
});
