// The Office.js writer's 0-based A1 helpers, built on src/workbook/a1's letters and parsing.
import { describe, expect, it } from "vitest";
import {
  cellAddress,
  parseCell,
  parseRect,
  rectAddress,
  relocateFormula,
  sheetOfAddress,
} from "../../src/excel/a1";

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
