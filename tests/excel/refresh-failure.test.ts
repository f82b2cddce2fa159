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
