// A refresh that fails midway leaves the workbook as it was (issue 10): Office.js batches are
// not transactional, so the operations before the failing one stay applied
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling) and the
// refresh must take out what it changed. A failure is injected at every operation of a
// refresh in turn, and the workbook compared with the one before: values, formulas, number
// formats, fills, conditional formats, tables, the state part, calculation and events.
import { describe, expect, it } from "vitest";
import { capabilitiesUpTo } from "../../src/excel/capabilities";
import { refresh, type RefreshOptions } from "../../src/excel/refresh";
import { FakeExcel, HOST_LEVELS, snapshot, type WorkbookSnapshot } from "../helpers/fake-excel";
import { syntheticPlan } from "../helpers/synthetic-plan";

/** A workbook loaded with 5 figures, f000001's value edited by the planner, then one with a text that needs the text format. */
async function loaded(level: number): Promise<FakeExcel> {
  const fake = new FakeExcel(["Sheet1"], { apiLevel: level });
  const caps = { capabilities: capabilitiesUpTo(level) };
  await refresh(fake.context, syntheticPlan(5), caps);
  const sheet = fake.table("tblFigures").sheet;
  fake.type(sheet, "D3", 999);
  return fake;
}

/** Sources change: a whole value gains decimals (its count format changes), one changes, three are new. */
const v2 = syntheticPlan(8, {
  loadedAt: "2026-12-01T00:00:00Z",
  valueAt: (i) => (i === 2 ? 202.5 : i === 3 ? 303 : 100 + i),
});

/** Operations (not loads) the refresh sends, and the workbook it leaves, on a copy of the workbook. */
async function cleanRun(
  level: number,
  options: RefreshOptions,
): Promise<{ total: number; after: WorkbookSnapshot; before: WorkbookSnapshot; manual: boolean }> {
  const fake = await loaded(level);
  const before = snapshot(fake);
  const from = fake.ops.filter((o) => o.kind !== "range.load").length;
  await refresh(fake.context, v2, options);
  return {
    before,
    manual: fake.ops.some((o) => o.calculationMode === "Manual"),
    total: fake.ops.filter((o) => o.kind !== "range.load").length - from,
    after: snapshot(fake),
  };
}

describe.each(HOST_LEVELS)("a refresh failing midway on $host (ExcelApi 1.$level)", ({ level }) => {
  for (const [label, maxBatchBytes] of [
    ["in the batches the payload allows", undefined],
    ["in many small batches (calculation Manual between them)", 2_500],
  ] as const) {
    it(`leaves the workbook as it was, whichever operation fails, ${label}`, async () => {
      const options = { capabilities: capabilitiesUpTo(level), maxBatchBytes };
      const clean = await cleanRun(level, options);
      const { total, after } = clean;
      expect(total).toBeGreaterThan(10);
      expect(after).not.toEqual(clean.before);
      expect(clean.manual).toBe(maxBatchBytes !== undefined);
      let undone = 0;
      for (let k = 0; k < total; k++) {
        const fake = await loaded(level);
        const before = snapshot(fake);
        let seen = 0;
        let failed = false;
        // Only the k-th operation fails, once: the undo's own operations go through.
        fake.failOn = (op) => {
          if (failed || op.kind === "range.load") return false;
          if (seen++ !== k) return false;
          failed = true;
          return true;
        };
        const error = await refresh(fake.context, v2, options).catch((e: unknown) => e);
        expect(failed, `operation ${k} was reached`).toBe(true);
        if (error instanceof Error) {
          undone += 1;
          expect(snapshot(fake), `after a failure at operation ${k}`).toEqual(before);
        } else {
          // The failure hit a restore step after a good write: retried, the settings are back.
          expect(snapshot(fake), `a restore failing at operation ${k}, retried`).toEqual(after);
        }
      }
      // Most operations are the write's own; only the last few restore the settings.
      expect(undone).toBeGreaterThan(total - 5);
    });
  }
});

describe.each(HOST_LEVELS)(
  "a refresh failing after it rewrote About on $host (ExcelApi 1.$level)",
  ({ level }) => {
    it("puts back the About cells' values and their fill, font and wrap", async () => {
      const fake = await loaded(level);
      const about = syntheticPlan(5).sheets.find((s) => s.key === "about");
      const cells = about?.cells ?? [];
      const at = (pick: (c: (typeof cells)[number]) => boolean): string =>
        cells.find(pick)?.address ?? "";
      const sheet = about?.name ?? "";
      const label = at((c) => c.bold === true && c.address !== "A1");
      const title = at((c) => c.wrap === true);
      const swatch = at((c) => c.fill !== undefined);
      // The planner's own words and formats in cells the plan writes: the refresh rewrites them.
      fake.type(sheet, label, "Когда загружено");
      fake.formatCell(sheet, label, { bold: false, fontColor: "#C00000", fill: "#FFFF00" });
      fake.type(sheet, title, "мой заголовок");
      fake.formatCell(sheet, title, { wrap: false, bold: true });
      fake.type(sheet, swatch, "x");
      fake.formatCell(sheet, swatch, { fill: null });
      const before = snapshot(fake);
      expect([label, title, swatch].every((a) => a !== "")).toBe(true);
      // The write's last operation (the state part) fails: About was written before it.
      let aboutWritten = false;
      let failed = false;
      fake.failOn = (op) => {
        if (op.target.startsWith(`${sheet}!`) && op.kind !== "range.load") aboutWritten = true;
        if (failed || op.kind !== "customXmlParts.add") return false;
        failed = true; // once: the restore's own add goes through
        return true;
      };
      const error = await refresh(fake.context, v2, {
        capabilities: capabilitiesUpTo(level),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(aboutWritten).toBe(true);
      expect(fake.cell(sheet, label)).toMatchObject({ value: "Когда загружено", bold: false });
      expect(fake.cell(sheet, label).fontColor).toBe("#C00000");
      expect(fake.cell(sheet, title)).toMatchObject({ value: "мой заголовок", bold: true });
      expect(fake.cell(sheet, swatch).value).toBe("x");
      const s = snapshot(fake).sheets.find((x) => x.name === sheet);
      const b = before.sheets.find((x) => x.name === sheet);
      expect(s?.fills).toEqual(b?.fills);
      expect(s?.fills).toContain(`${label} #FFFF00`);
      expect(s?.fills.some((f) => f.startsWith(`${swatch} `))).toBe(false);
      expect(s?.wrapped).toEqual(b?.wrapped);
      expect(s?.wrapped.some((w) => w.startsWith(`${title} `))).toBe(false);
      expect(snapshot(fake)).toEqual(before);
    });
  },
);
