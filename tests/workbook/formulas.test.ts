import { describe, expect, it } from "vitest";
import { address, columnIndex, columnLetter, parseAddress } from "../../src/workbook/a1";
import {
  escapeColumn,
  figureLookup,
  percentOf,
  quoted,
  remainder,
  thisRow,
  wholeColumn,
} from "../../src/workbook/formulas";

describe("A1 addresses", () => {
  it("converts column numbers and letters both ways", () => {
    for (const [n, letters] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ] as const) {
      expect(columnLetter(n)).toBe(letters);
      expect(columnIndex(letters)).toBe(n);
    }
    expect(parseAddress("AB12")).toEqual({ column: 28, row: 12 });
    expect(parseAddress("$AB$12")).toEqual({ column: 28, row: 12 });
    expect(address({ column: 28, row: 12 })).toBe("AB12");
  });

  it("rejects what is not a cell address", () => {
    expect(() => parseAddress("A0")).toThrow(/"A0" is not an A1 cell address/);
    expect(() => parseAddress("tblFigures")).toThrow(/not an A1 cell address/);
    expect(() => columnLetter(0)).toThrow(/not >= 1/);
  });
});

describe("formula text", () => {
  it("escapes ' [ ] # in structured reference column names", () => {
    expect(escapeColumn("a[1]#'x")).toBe("a'[1']'#''x");
    expect(thisRow("tblX", "Stated, %")).toBe("tblX[[#This Row],[Stated, %]]");
    expect(wholeColumn("tblX", "Id#")).toBe("tblX[Id'#]");
  });

  it("doubles quotes in string literals", () => {
    expect(quoted('say "hi"')).toBe('"say ""hi"""');
  });

  it("guards arithmetic against blanks and zero wholes", () => {
    expect(percentOf("A", "B")).toBe('IF(AND(ISNUMBER(A),ISNUMBER(B)),IF(B=0,"",A/B*100),"")');
    expect(remainder("A", "B")).toBe('IF(AND(ISNUMBER(A),ISNUMBER(B)),MAX(0,A-B),"")');
  });

  it("looks one id up at its row hint, else with MATCH, and sums several ids joined by the separator", () => {
    const f = figureLookup({ table: "tblF", idColumn: "Id", valueColumn: "Value" }, "R", "H", "|");
    expect(f).toBe(
      'IF(R="","",IF(ISNUMBER(FIND("|",R)),SUMPRODUCT(ISNUMBER(FIND(UPPER("|"&tblF[Id]&"|"),UPPER("|"&R&"|")))*tblF[Value]),' +
        "INDEX(tblF[Value],IF(IFERROR(INDEX(tblF[Id],H)=R,FALSE),H,MATCH(R,tblF[Id],0)))))",
    );
  });
});
