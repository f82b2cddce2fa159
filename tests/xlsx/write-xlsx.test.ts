// The .xlsx writer read back with ExcelJS: tables, formulas in every row, formats, state.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStateXml } from "../../src/workbook/state-xml";
import type { TablePlan } from "../../src/workbook/plan-types";
import { bodyRange, firstBodyCell } from "../../src/workbook/table";
import { buildPlan } from "../../src/workbook/plan";
import { xlsxBuffer } from "../../src/xlsx/write-xlsx";
import { syntheticInput } from "../workbook/synthetic";

/** One part of the .xlsx package, read with unzip. */
function part(file: string, name: string): string {
  return execFileSync("unzip", ["-p", file, name], { encoding: "utf8" });
}

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

/** A table of the synthetic plan (column order is the same in every language). */
function planTable(name: string): TablePlan {
  const t = buildPlan(syntheticInput())
    .sheets.flatMap((x) => x.tables)
    .find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** The column letter of a column of a table of the synthetic plan, by key. */
function letterOf(table: string, key: string): string {
  return firstBodyCell(planTable(table), key).replace(/[$\d]/g, "");
}

describe("writeXlsx", () => {
  it("writes the seven sheets in order", async () => {
    const wb = await load();
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sources",
      "Figures",
      "Coverage",
      "Plans",
      "Conflicts",
      "Relations",
      "About",
    ]);
  });

  it("writes real tables with the calculated formula in every row and its cached result", async () => {
    const wb = await load();
    const ws = sheet(wb, "Coverage");
    const table = ws.getTable("tblCoverage") as unknown as {
      table: { ref: string; columns: { name: string }[] };
    };
    expect(table.table.columns.map((c) => c.name)).toContain("Coverage, %");
    const coverage = letterOf("tblCoverage", "coverage");
    for (const row of [2, 3]) {
      const v = ws.getCell(`${coverage}${row}`).value as { formula: string; result: number };
      expect(v.formula).toBe(
        `IF(AND(ISNUMBER(tblCoverage[[#This Row],[Covered]]),ISNUMBER(tblCoverage[[#This Row],[Total]])),IF(tblCoverage[[#This Row],[Total]]=0,"",tblCoverage[[#This Row],[Covered]]/tblCoverage[[#This Row],[Total]]*100),"")`,
      );
      expect(typeof v.result).toBe("number");
    }
    expect(ws.getCell(`${coverage}3`).numFmt).toBe('0.0"%"_)');
    expect(ws.getColumn(letterOf("tblCoverage", "toleranceBelow")).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes conditional formats with A1 formulas and the legend's fills", async () => {
    const ws = sheet(await load(), "Figures");
    const figures = planTable("tblFigures");
    // ExcelJS keeps read conditional formats on an untyped field.
    const read = ws as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: { formulae?: string[]; priority?: number }[];
      }[];
    };
    const cfs = read.conditionalFormattings.map((c) => ({
      ref: c.ref,
      formula: c.rules[0]?.formulae?.[0],
      priority: c.rules[0]?.priority,
    }));
    expect(cfs).toEqual([
      {
        ref: bodyRange(figures, "value"),
        formula: `${firstBodyCell(figures, "value")}<>${firstBodyCell(figures, "sourceValue")}`,
        priority: 1,
      },
      {
        ref: bodyRange(figures, "id"),
        formula: `${firstBodyCell(figures, "conflicts")}<>""`,
        priority: 2,
      },
    ]);
  });

  it("stores the state as a custom XML part the add-in finds by namespace", async () => {
    const plan = buildPlan(syntheticInput("kk"));
    const file = join(mkdtempSync(join(tmpdir(), "sanaq-parts-")), "parts.xlsx");
    writeFileSync(file, await xlsxBuffer(plan));
    const item = part(file, "customXml/item1.xml");
    expect(item).toContain(`<sanaqState xmlns="${plan.stateNamespace}">`);
    // Read back exactly as the add-in does.
    expect(parseStateXml(item)).toEqual(plan.state);
    expect(part(file, "customXml/itemProps1.xml")).toContain(
      `ds:schemaRef ds:uri="${plan.stateNamespace}"`,
    );
    expect(part(file, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(part(file, "xl/_rels/workbook.xml.rels")).toContain(
      'relationships/customXml" Target="../customXml/item1.xml"',
    );
    expect(part(file, "\\[Content_Types\\].xml")).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it("writes headers and sheet names in the chosen language", async () => {
    const wb = await load("ru");
    expect(wb.worksheets.map((w) => w.name)).toContain("Показатели");
    const value = letterOf("tblFigures", "value");
    expect(sheet(wb, "Показатели").getCell(`${value}1`).value).toBe("Значение");
  });

  it("writes the planner's Reason column at the end of Figures, empty, in each language", async () => {
    for (const [language, name, header] of [
      ["en", "Figures", "Reason"],
      ["ru", "Показатели", "Причина"],
      ["kk", "Көрсеткіштер", "Себебі"],
    ] as const) {
      const ws = sheet(await load(language), name);
      const table = ws.getTable("tblFigures") as unknown as {
        table: { columns: { name: string }[] };
      };
      expect(table.table.columns.at(-1)?.name).toBe(header);
      const reason = letterOf("tblFigures", "reason");
      expect(ws.getCell(`${reason}1`).value).toBe(header);
      expect([ws.getCell(`${reason}2`).value, ws.getCell(`${reason}3`).value]).toEqual([
        null,
        null,
      ]);
    }
  });

  it("refuses a text longer than a cell holds or a non-finite number, naming the cell", async () => {
    const long = syntheticInput();
    long.figures = long.figures.map((f, i) => (i === 2 ? { ...f, quote: "x".repeat(40_000) } : f));
    await expect(xlsxBuffer(buildPlan(long))).rejects.toThrow(
      'xlsx writer: table tblFigures, row 3, column "Quote": found a text of 40000 characters, expected at most 32767',
    );
    const nan = syntheticInput();
    nan.figures = nan.figures.map((f, i) =>
      i === 0 ? { ...f, value: Number.POSITIVE_INFINITY } : f,
    );
    await expect(xlsxBuffer(buildPlan(nan))).rejects.toThrow(
      /row 1, column "Value": found Infinity, expected a finite number/,
    );
  });
});
