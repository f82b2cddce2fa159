// Every pane action, Load and Refresh, through the pane's own Excel actions into the strict
// fake at ExcelApi 1.14 (Office 2021), 1.17 (Office 2024) and the latest (Microsoft 365): a
// member above the host's level would throw ApiNotFound, as Office.js does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExcelActions } from "../../src/taskpane/services/excel-actions";
import { columnLetter } from "../../src/workbook/a1";
import { FakeExcel, HOST_LEVELS } from "../helpers/fake-excel";
import { stubOffice } from "../helpers/stub-office";
import { columnAt, letterAt } from "./grid-columns";
import { addedSource, seedData } from "./seed-data";

const minor = (v: string): number => Number(v.split(".")[1]);

describe.each(HOST_LEVELS)("the pane's Excel actions on $host (ExcelApi 1.$level)", ({ level }) => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel(["Sheet1"], { apiLevel: level });
    stubOffice(fake);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("the Office stub answers isSetSupported for this host's level, as Office.js does", () => {
    const supported = (v: string): boolean =>
      Office.context.requirements.isSetSupported("ExcelApi", v);
    expect(supported("1.14")).toBe(true);
    expect(supported("1.17")).toBe(level >= 17);
    expect(supported("1.18")).toBe(level >= 18);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("loads, refreshes, selects, accepts, keeps, snips, adds, watches, reads and reports", async () => {
    const data = seedData();
    const excel = createExcelActions(
      () => "ru",
      () => new Date("2026-11-22T00:00:00Z"),
    );
    const signal = new AbortController().signal;
    const figures = fake.tables.length;
    const [header = [], ...rows] = await (async () => {
      await excel.write(data, signal);
      return fake.tableGrid("tblFigures");
    })();
    expect(fake.tables.length).toBeGreaterThan(figures);
    expect(rows).toHaveLength(data.figures.length);
    const sheet = fake.table("tblFigures").sheet;
    const idAt = columnAt(header, "ru", "id");
    const rowOf = (id: string): number => {
      const i = rows.findIndex((r) => r[idAt] === id);
      if (i < 0) throw new Error(`test: no Figures row "${id}"`);
      return 2 + i;
    };
    const col = (key: string): string => letterAt(header, "ru", key);

    // Refresh with the same sources writes nothing.
    const ops = fake.ops.length;
    await excel.write(data, signal);
    expect(fake.ops.slice(ops).filter((o) => o.kind !== "range.load")).toEqual([]);

    // Select cells: two separate rows; the rectangle around them below 1.18.
    const [a, b] = [data.figures[0]!.id, data.figures[3]!.id];
    await excel.selectFigures([b, a]);
    const last = columnLetter(header.length);
    expect(fake.selected).toEqual(
      level >= 18
        ? [`${sheet}!A${rowOf(a)}:${last}${rowOf(a)}`, `${sheet}!A${rowOf(b)}:${last}${rowOf(b)}`]
        : [`${sheet}!A${rowOf(a)}:${last}${rowOf(b)}`],
    );

    // Accept a value, keep one with a reason (a note too from 1.18).
    await excel.setValue(a, 999);
    expect(fake.cell(sheet, `${col("value")}${rowOf(a)}`).value).toBe(999);
    await excel.keepWithReason(a, "по данным акимата");
    expect(fake.cell(sheet, `${col("reason")}${rowOf(a)}`).value).toBe("по данным акимата");
    expect(fake.notes.length).toBe(level >= 18 ? 1 : 0);

    // Snip a number to the selected row.
    fake.selection = { sheet, address: `${col("value")}${rowOf(b)}` };
    fake.activeSheet = sheet;
    const snipped = await excel.snipToSelection({ value: 7, quote: "7 сёл", source: "x" });
    expect(snipped).toBe(b);

    // Add a source: a refresh that appends its figures and keeps the planner's edits.
    await excel.addSource(addedSource(data, 5));
    expect(fake.tableGrid("tblFigures")).toHaveLength(data.figures.length + 2);
    expect(fake.cell(sheet, `${col("value")}${rowOf(a)}`).value).toBe(999);

    // Watch and read the Value column.
    const stop = await excel.watchFigures(() => undefined);
    expect(fake.changeHandlers.filter((h) => !h.removed)).toHaveLength(1);
    await stop();
    expect((await excel.readValues())[a]).toBe(999);

    // The conflict report on its own sheet.
    expect(await excel.writeReport([["Расхождение"], ["share:x"]], "Отчёт")).toBe("Отчёт");

    // Nothing above the host's level was touched (it would have thrown); and 1.18+ members only where present.
    // docs/architecture.md lists every member above Office 2021's 1.14 with its fallback.
    const docs = readFileSync(join(__dirname, "../../docs/architecture.md"), "utf8");
    const above = [...fake.used].filter(([, v]) => minor(v) > 14).map(([name]) => name);
    expect(above.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
    const highest = Math.max(...[...fake.used.values()].map(minor));
    expect(highest).toBeLessThanOrEqual(level);
    expect(fake.runOptions.every((o) => o.mergeUndoGroup === undefined || level >= 20)).toBe(true);
  });
});
