// The fake's requirement-set table is generated from @types/office-js, never typed by hand:
// it must match what scripts/api-sets.mjs makes of the installed d.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generated, OUT, parseAnnotation } from "../../scripts/api-sets.mjs";
import { apiSets } from "../helpers/api-sets.generated";

describe("api-sets.generated.ts", () => {
  it("is up to date with node_modules/@types/office-js (run `node scripts/api-sets.mjs`)", () => {
    expect(readFileSync(OUT, "utf8")).toBe(generated());
  });

  it("holds the sets the issue names: RangeAreas.select 1.18, Range.select 1.1, notes 1.18", () => {
    expect(apiSets["RangeAreas.select"]).toEqual({ set: "ExcelApi", version: "1.18" });
    expect(apiSets["Range.select"]).toEqual({ set: "ExcelApi", version: "1.1" });
    expect(apiSets["Workbook.notes"]?.version).toBe("1.18");
    expect(apiSets["RunOptions.mergeUndoGroup"]?.version).toBe("1.20");
    expect(apiSets["Worksheet.getRanges"]?.version).toBe("1.9");
  });

  it("keeps a setter's later set apart from its getter's", () => {
    expect(apiSets["Application.calculationMode"]).toEqual({
      set: "ExcelApi",
      version: "1.1",
      write: "1.8",
    });
    expect(parseAnnotation("ExcelApi 1.1 for getting the name; 1.4 for setting it.")).toEqual({
      set: "ExcelApi",
      version: "1.1",
      write: "1.4",
    });
  });
});
