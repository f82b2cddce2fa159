// The Office.js writer's 0-based A1 helpers, built on src/workbook/a1's letters and parsing.
import { describe, expect, it } from "vitest";
import {
  cellAddress,
  parseCell,
  parseRect,
  rectAddress,
  r1c1Formula,
  relocateFormula,
  sheetOfAddress,
} from "../../src/excel/a1";
import { a1FromR1C1 } from "../helpers/fake-excel";

describe("excel a1", () => {
  it("parses cells and ranges Excel returns, 0-based", () => {
    expect(parseCell("B3")).toEqual({ row: 2, col: 1 });
    expect(parseCell("$AB$12")).toEqual({ row: 11, col: 27 });
    expect(parseRect("'Мой лист'!D10:A1")).toEqual({ top: 0, left: 0, bottom: 9, right: 3 });
    expect(parseRect("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(() => parseCell("tblFigures")).toThrow(/"TBLFIGURES" is not an A1 cell address/);
  });

  it("writes addresses back", () => {
    expect(cellAddress(0, 25)).toBe("Z1");
    expect(cellAddress(9, 26)).toBe("AA10");
    expect(rectAddress({ top: 1, left: 0, bottom: 1, right: 0 })).toBe("A2");
    expect(rectAddress({ top: 1, left: 0, bottom: 7, right: 12 })).toBe("A2:M8");
  });

  it("reads the sheet of a qualified address, quotes undone", () => {
    expect(sheetOfAddress("'It''s'!A1:B2")).toBe("It's");
    expect(sheetOfAddress("Figures!A1")).toBe("Figures");
    expect(() => sheetOfAddress("A1")).toThrow(/sheet-qualified/);
  });

  it("moves a conditional format's references, leaving string literals and absolute rows", () => {
    const moved = relocateFormula('=$D2<>$J$2&"A1"', (c) => c + 1, 7);
    expect(moved).toBe('=$E9<>$K$2&"A1"');
  });
});

describe("r1c1Formula", () => {
  it("writes references relative to the cell it applies to, absolute ones by number, strings untouched", () => {
    expect(r1c1Formula('=$D9<>$J9&"A1"', 8, 3)).toBe('=RC4<>RC10&"A1"');
    expect(r1c1Formula("=D10+C8+$A$1", 8, 3)).toBe("=R[1]C+R[-1]C[-1]+R1C1");
  });

  it("means the same formula wherever the fake's reader puts it", () => {
    const r1c1 = r1c1Formula("=AND(ISNUMBER($E12),$E12>$F$2)", 11, 4);
    expect(a1FromR1C1(r1c1, 11, 4)).toBe("=AND(ISNUMBER($E12),$E12>$F$2)");
    expect(a1FromR1C1(r1c1, 13, 4)).toBe("=AND(ISNUMBER($E14),$E14>$F$2)");
  });
});
