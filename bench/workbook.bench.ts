// Workbook plan and .xlsx: buildPlan time for 50 / 5 000 / 50 000 figures next to
// JSON.stringify of the same data, and LibreOffice's load + full recalculation + CSV export of
// a 10 000-figure workbook next to a 100-figure one (short: 1 000 next to 100).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckResult, Figure, Relation, Source } from "../src/domain/types";
import { buildPlan, type PlanInput } from "../src/workbook/plan";
import { writeXlsx } from "../src/xlsx/write-xlsx";
import {
  convert,
  csvAllSheets,
  recalcProfile,
  sofficeAvailable,
} from "../tests/helpers/libreoffice";
import { fastestMs } from "./timing";
import type { BenchOptions, BenchRow } from "./types";

/** Every 5 figures: a share (part, whole, stated %), a target (planned, done). */
export function syntheticInput(n: number): PlanInput {
  const sources: Source[] = [
    {
      id: "s1",
      file: "s1.txt",
      title: "bench",
      language: "ru",
      published: "2026-01-01",
      region: "R",
      publisher: "P",
      text: "",
    },
  ];
  const figures: Figure[] = [];
  const relations: Relation[] = [];
  const fig = (id: string, value: number, unit: string, quote: string): Figure => ({
    id,
    source: "s1",
    region: `region ${id.length % 17}`,
    indicator: "x",
    value,
    unit,
    qualifier: "exact",
    asOf: "2025",
    quote,
  });
  for (let k = 0; figures.length < n; k += 1) {
    const whole = 200 + (k % 300);
    const part = (k * 7) % whole;
    const pct = Math.round((part / whole) * 1000) / 10 + (k % 9 === 0 ? 2 : 0);
    figures.push(
      fig(`w${k}`, whole, "", `всего ${whole} сел`),
      fig(`p${k}`, part, "", `${part} сел подключены`),
      fig(`s${k}`, pct, "%", `это ${String(pct).replace(".", ",")}%`),
      fig(`pl${k}`, 100 + k, "", `план ${100 + k}`),
      fig(`d${k}`, 50 + k, "", `сделано ${50 + k}`),
    );
    relations.push(
      {
        id: `sh${k}`,
        type: "share",
        roles: { part: [`p${k}`], whole: [`w${k}`], stated: [`s${k}`] },
        label: "coverage",
      },
      {
        id: `t${k}`,
        type: "target",
        roles: { planned: [`pl${k}`], done: [`d${k}`] },
        label: "plan",
      },
    );
  }
  figures.length = n;
  const ids = new Set(figures.map((f) => f.id));
  const kept = relations.filter((r) =>
    Object.values(r.roles).every((list) => list.every((id) => ids.has(id))),
  );
  const checks: CheckResult = { figures: n, derived: [], conflicts: [] };
  return {
    sources,
    figures,
    relations: kept,
    checks,
    language: "ru",
    loadedAt: "2026-11-22T00:00:00Z",
  };
}

async function workbookFile(n: number, dir: string): Promise<string> {
  const file = join(dir, `wb-${n}.xlsx`);
  await writeXlsx(buildPlan(syntheticInput(n)), file);
  return file;
}

/** soffice converting to CSV, recalculating every formula on load or trusting cached results. */
function convertMillis(file: string, recalc: boolean): number {
  const profile = recalcProfile(recalc);
  convert(file, csvAllSheets, profile); // the first run fills the new profile: not measured
  const t = performance.now();
  convert(file, csvAllSheets, profile);
  return performance.now() - t;
}

export default async function bench({ short }: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of short ? [50, 5_000] : [50, 5_000, 50_000]) {
    const input = syntheticInput(n);
    const plan = fastestMs(() => buildPlan(input), 5);
    const json = fastestMs(() => JSON.stringify(input), 5);
    rows.push({
      name: `workbook: buildPlan ms, ${n} figures`,
      value: plan,
      unit: "ms",
      baseline: json,
      baselineName: "JSON.stringify of the same input",
    });
  }
  if (!sofficeAvailable()) return rows;
  const dir = mkdtempSync(join(tmpdir(), "sanaq-bench-wb-"));
  try {
    const big = short ? 1_000 : 10_000;
    const largeFile = await workbookFile(big, dir);
    const small = convertMillis(await workbookFile(100, dir), true);
    const large = convertMillis(largeFile, true);
    rows.push({
      name: `workbook: LibreOffice load+recalc+CSV ms, ${big} vs 100 figures`,
      value: large,
      unit: "ms",
      baseline: small,
      baselineName: "the same for 100 figures",
    });
    rows.push({
      name: `workbook: LibreOffice with vs without recalc ms, ${big} figures`,
      value: large,
      unit: "ms",
      baseline: convertMillis(largeFile, false),
      baselineName: "load + CSV trusting cached results",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
