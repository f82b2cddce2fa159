// runChecks on generated figures and relations: 10 000, 100 000 and 1 000 000 figures
// (--short: 10 000). Growth must be linear (time per figure about constant between sizes);
// the baseline, in the same run, is a plain loop summing the same figures' values over the
// same relations through a Map by id: the least any check over these relations must do.
import { runChecks } from "../src/domain/checks/run-checks";
import type { Figure, Relation } from "../src/domain/types";
import { fastestMs } from "./timing";
import type { BenchOptions, BenchRow } from "./types";

interface Data {
  figures: Figure[];
  relations: Relation[];
}

/** Five figures per unit (a region): total, restated total, covered, not covered, stated %. */
export function generate(n: number): Data {
  const figures: Figure[] = [];
  const relations: Relation[] = [];
  const units = Math.floor(n / 5);
  for (let u = 0; u < units; u++) {
    const total = 300 + (u % 200);
    const covered = Math.floor(total * (0.3 + (u % 50) / 100));
    // One unit in ten states a wrong percentage, so conflicts are built too.
    const stated = Math.round(((covered + (u % 10 === 0 ? 7 : 0)) / total) * 1000) / 10;
    const region = `R${u}`;
    const base = { region, asOf: "2025", qualifier: "exact" as const };
    const quote = `из ${total} населенных пунктов ${covered} (${String(stated).replace(".", ",")}%) обеспечены связью`;
    figures.push(
      {
        ...base,
        id: `${u}.t`,
        source: "a",
        indicator: "settlements",
        value: total,
        unit: "",
        quote,
      },
      {
        ...base,
        id: `${u}.t2`,
        source: "b",
        indicator: "settlements",
        value: total,
        unit: "",
        quote: `${total} ауыл`,
      },
      { ...base, id: `${u}.c`, source: "a", indicator: "covered", value: covered, unit: "", quote },
      {
        ...base,
        id: `${u}.n`,
        source: "a",
        indicator: "uncovered",
        value: total - covered,
        unit: "",
        quote: `${total - covered} пока не охвачены`,
      },
      {
        ...base,
        id: `${u}.p`,
        source: "a",
        indicator: "covered.pct",
        value: stated,
        unit: "%",
        quote,
      },
    );
    relations.push(
      {
        id: `${u}.share`,
        type: "share",
        label: "coverage",
        roles: { part: [`${u}.c`], whole: [`${u}.t`], stated: [`${u}.p`] },
      },
      {
        id: `${u}.sum`,
        type: "sum",
        label: "sum",
        roles: { parts: [`${u}.c`, `${u}.n`], whole: [`${u}.t`] },
      },
      {
        id: `${u}.plan`,
        type: "target",
        label: "plan",
        roles: { planned: [`${u}.t`], done: [`${u}.c`] },
      },
    );
  }
  return { figures, relations };
}

/** The baseline: every relation's figure values summed through a Map by id. */
function baseline(data: Data): number {
  const byId = new Map<string, Figure>();
  for (const f of data.figures) byId.set(f.id, f);
  let sum = 0;
  for (const r of data.relations) {
    for (const ids of Object.values(r.roles)) for (const id of ids) sum += byId.get(id)?.value ?? 0;
  }
  return sum;
}

export default async function bench({ short }: BenchOptions): Promise<BenchRow[]> {
  const sizes = short ? [10_000] : [10_000, 100_000, 1_000_000];
  const rows: BenchRow[] = [];
  let firstPerFigure: number | undefined;
  runChecks({ sources: [], ...generate(2_000) }); // warm-up
  for (const n of sizes) {
    const data = generate(n);
    const repeats = n >= 1_000_000 ? 1 : 3;
    let conflicts = 0;
    const ms = fastestMs(
      () => (conflicts = runChecks({ sources: [], ...data }).conflicts.length),
      repeats,
    );
    const base = fastestMs(() => baseline(data), repeats);
    const perFigure = (ms * 1000) / n;
    firstPerFigure ??= perFigure;
    rows.push({
      name: `checks: runChecks ms, ${n.toLocaleString("en")} figures (${conflicts} conflicts)`,
      value: ms,
      unit: "ms",
      baseline: base,
      baselineName: "Map-by-id loop summing the relations' figure values",
      ...(n === 100_000 ? { target: "100 000 in < 1 s", met: ms < 1000 } : {}),
    });
    rows.push({
      name: `checks: µs per figure, ${n.toLocaleString("en")} (vs 10 000)`,
      value: perFigure,
      unit: "µs",
      baseline: firstPerFigure,
      baselineName: "µs per figure at 10 000",
      target: "linear: ratio ≤ 2x",
      met: perFigure <= 2 * firstPerFigure,
    });
  }
  return rows;
}
