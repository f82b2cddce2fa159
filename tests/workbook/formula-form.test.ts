// Canonical formulas: the plan's file form and Excel's display form are the same formula.
import { describe, expect, it } from "vitest";
import { canonicalFormula, sameFormula } from "../../src/workbook/formula-form";
import { displayForm } from "../helpers/fake-excel";

describe("canonicalFormula", () => {
  const file =
    '=IF(tblFigures[[#This Row],[Значение]]=tblFigures[[#This Row],[Значение в источнике]],"OK",SUM(tblFigures[Значение]))';

  it("takes Excel's [@Col], [@[Col name]] and dropped own table name as the file form", () => {
    const shown = '=IF([@Значение]=[@[Значение в источнике]],"OK",sum([Значение]))';
    expect(sameFormula(shown, file, "tblFigures")).toBe(true);
    expect(sameFormula(displayForm(file, "tblFigures"), file, "tblFigures")).toBe(true);
    expect(canonicalFormula("=tblX[@A]", "tblFigures")).toBe(
      canonicalFormula("=tblX[[#This Row],[A]]", "other"),
    );
  });

  it("keeps string literals, other tables and escaped brackets apart", () => {
    expect(sameFormula('="[@A]"', '="tblT[[#This Row],[A]]"', "tblT")).toBe(false);
    expect(sameFormula("=[@A]", "=tblOther[[#This Row],[A]]", "tblT")).toBe(false);
    expect(sameFormula("=[@['[x']]]", "=tblT[[#This Row],['[x']]]", "tblT")).toBe(true);
    expect(sameFormula("=[@A]+1", "=tblT[[#This Row],[A]]+2", "tblT")).toBe(false);
  });
});
