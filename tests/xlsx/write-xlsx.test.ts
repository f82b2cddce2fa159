// The .xlsx writer read back with ExcelJS: tables, formulas in every row, formats, state.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/workbook/plan";
import { readState, stateSheetName } from "../../src/xlsx/state-sheet";
import { xlsxBuffer } from "../../src/xlsx/write-xlsx";
import { syntheticInput } from "../workbook/synthetic";

async function load(language: "en" | "ru" | "kk" = "en"): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buffer = await xlsxBuffer(buildPlan(syntheticInput(language)));
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("writeXlsx", () => {
  it("writes the six sheets plus the very hidden state sheet", async () => {
    const wb = await load();
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sources",
      "Figures",
      "Coverage",
      "Plans",
      "Conflicts",
      "About",
      stateSheetName,
    ]);
    expect(sheet(wb, stateSheetName).state).toBe("veryHidden");
  });

  it("writes real tables with the calculated formula in every row and its cached result", async () => {
    const wb = await load();
    const ws = sheet(wb, "Coverage");
    const table = ws.getTable("tblCoverage") as unknown as {
      table: { ref: string; columns: { name: string }[] };
    };
    expect(table.table.columns.map((c) => c.name)).toContain("Coverage, %");
    for (const row of [2, 3]) {
      const v = ws.getCell(`H${row}`).value as { formula: string; result: number };
      expect(v.formula).toBe(
        `IF(AND(ISNUMBER(tblCoverage[[#This Row],[Covered]]),ISNUMBER(tblCoverage[[#This Row],[Total]])),IF(tblCoverage[[#This Row],[Total]]=0,"",tblCoverage[[#This Row],[Covered]]/tblCoverage[[#This Row],[Total]]*100),"")`,
      );
      expect(typeof v.result).toBe("number");
    }
    expect(ws.getCell("H3").numFmt).toBe('0.0"%"');
    expect(ws.getColumn("K").hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes conditional formats with A1 formulas and the legend's fills", async () => {
    const ws = sheet(await load(), "Figures");
    // ExcelJS keeps read conditional formats on an untyped field.
    const read = ws as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
    };
    const cfs = read.conditionalFormattings.map((c) => ({
      ref: c.ref,
      formula: c.rules[0]?.formulae?.[0],
    }));
    expect(cfs).toEqual([
      { ref: "D2:D9", formula: "$D2<>$J2" },
      { ref: "A2:A9", formula: '$L2<>""' },
    ]);
  });

  it("round-trips the state JSON", async () => {
    const state = readState(await load("kk"));
    expect(state?.language).toBe("kk");
    expect(state?.sourceValues["f.total"]).toBe(410);
  });

  it("writes headers and sheet names in the chosen language", async () => {
    const wb = await load("ru");
    expect(wb.worksheets.map((w) => w.name)).toContain("Показатели");
    expect(sheet(wb, "Показатели").getCell("D1").value).toBe("Значение");
  });
});
