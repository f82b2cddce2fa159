import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeXlsxString, encodeXlsxString } from "../../src/xlsx/xlsx-string";

describe("OOXML string escapes", () => {
  it("escapes CR and control characters, and a literal escape sequence", () => {
    expect(encodeXlsxString("\r=1+1")).toBe("_x000D_=1+1");
    expect(encodeXlsxString("a\u0001b")).toBe("a_x0001_b");
    expect(encodeXlsxString("_x000D_")).toBe("_x005F_x000D_");
    expect(encodeXlsxString("tab\tand\nnewline stay")).toBe("tab\tand\nnewline stay");
  });

  it("round-trips any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(decodeXlsxString(encodeXlsxString(s))).toBe(s);
      }),
    );
  });
});
