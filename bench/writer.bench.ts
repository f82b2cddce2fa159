// Office.js writer: context.sync() calls and request payload of one load of 50, 5 000 and
// 50 000 figures (plans from buildPlan), counted by the recording fake of the object model.
// Baseline, same fake and same plan: a naive per-row writer (tables.add on the header, then
// rows.add and context.sync() for every row, formulas and values in the same call).
import { allCapabilities } from "../src/excel/capabilities";
import { refresh } from "../src/excel/refresh";
import { writePlan } from "../src/excel/write-plan";
import type { WorkbookPlan } from "../src/workbook/plan-types";
import { FakeExcel } from "../tests/helpers/fake-excel";
import { syntheticPlan } from "../tests/helpers/synthetic-plan";
import type { BenchOptions, BenchRow } from "./types";

async function naiveWrite(context: Excel.RequestContext, plan: WorkbookPlan): Promise<void> {
  for (const sheet of plan.sheets) {
    const ws = context.workbook.worksheets.add(sheet.name);
    for (const t of sheet.tables) {
      const header = [t.columns.map((c) => c.name)];
      ws.getRange(`A1:${String.fromCharCode(64 + t.columns.length)}1`).values = header;
      const table = ws.tables.add(`A1:${String.fromCharCode(64 + t.columns.length)}2`, true);
      table.name = t.name;
      await context.sync();
      for (const row of t.rows) {
        table.rows.add(undefined, [row.map((v, j) => t.columns[j]?.formula ?? v ?? "")]);
        await context.sync();
      }
    }
  }
}

const mb = (bytes: number): number => bytes / 1e6;

export default async function writerBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of short ? [50, 5_000] : [50, 5_000, 50_000]) {
    const plan = syntheticPlan(n);
    const fake = new FakeExcel();
    const report = await writePlan(fake.context, plan, { capabilities: allCapabilities });
    const naive = new FakeExcel([]);
    await naiveWrite(naive.context, plan);
    const bytes = fake.syncBytes.reduce((a, b) => a + b, 0);
    const naiveBytes = naive.syncBytes.reduce((a, b) => a + b, 0);
    const largest = Math.max(...fake.syncBytes);
    const allowed = 2 + Math.ceil(bytes / 3_000_000) + 1;
    rows.push(
      {
        name: `writer: context.sync() calls, ${n} figures`,
        value: fake.syncs,
        unit: "syncs",
        baseline: naive.syncs,
        baselineName: "rows.add + sync per row",
        target: `read + restore + one per ~4 MB of payload (<= ${allowed})`,
        met: fake.syncs === report.syncs && fake.syncs <= allowed,
      },
      {
        name: `writer: request payload, ${n} figures`,
        value: mb(bytes),
        unit: "MB",
        baseline: mb(naiveBytes),
        baselineName: "rows.add + sync per row",
      },
      {
        name: `writer: largest request, ${n} figures`,
        value: mb(largest),
        unit: "MB",
        baseline: mb(Math.max(...naive.syncBytes)),
        baselineName: "rows.add + sync per row",
        target: "< 5 MB (Excel on the web limit)",
        met: largest < 5_000_000,
      },
    );
    rows.push(...(await refreshRows(n)));
  }
  return rows;
}

/** Refresh after the sources moved: 1 % of values changed, 10 % more figures. */
async function refreshRows(n: number): Promise<BenchRow[]> {
  const fake = new FakeExcel();
  await writePlan(fake.context, syntheticPlan(n), { capabilities: allCapabilities });
  const grown = Math.round(n * 1.1);
  const next = syntheticPlan(grown, { valueAt: (i) => (i % 100 === 0 ? 1000 + i : 100 + i) });
  const before = { syncs: fake.syncs, ops: fake.syncBytes.length };
  const report = await refresh(fake.context, next, { capabilities: allCapabilities });
  const sent = fake.syncBytes.slice(before.ops).reduce((a, b) => a + b, 0);
  const full = new FakeExcel();
  await writePlan(full.context, next, { capabilities: allCapabilities });
  const fullBytes = full.syncBytes.reduce((a, b) => a + b, 0);
  return [
    {
      name: `writer: refresh syncs, ${n} -> ${grown} figures, 1% changed`,
      value: fake.syncs - before.syncs,
      unit: "syncs",
      baseline: grown + 1,
      baselineName: "a read and a sync per row",
      target: "constant but for payload chunks",
      met: report.syncs === fake.syncs - before.syncs,
    },
    {
      name: `writer: refresh request payload, ${n} -> ${grown} figures`,
      value: mb(sent),
      unit: "MB",
      baseline: mb(fullBytes),
      baselineName: "writing the whole new plan",
      target: "well below a full rewrite",
      met: sent < fullBytes / 2,
    },
  ];
}
