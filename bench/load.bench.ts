// Seed loading: loadSeeds on a generated figures.csv (every row with a valid quote that the
// number reader reads back), next to papaparse parsing the same figures.csv alone.
import Papa from "papaparse";
import { loadSeeds } from "../src/domain/load/load-seeds";
import type { SeedFiles } from "../src/domain/load/types";
import type { BenchOptions, BenchRow } from "./types";

/** Figures per generated source: about what one news text holds. */
const PER_SOURCE = 20;

interface Template {
  sentence: (k: number, n: number) => string;
  quote: (k: number, n: number) => string;
  indicator: string;
  value: (n: number) => number;
  unit: string;
  qualifier: string;
}

const TEMPLATES: Template[] = [
  {
    sentence: (k, n) => `В ауле номер ${k} интернетом обеспечены ${n} домов.`,
    quote: (_k, n) => `интернетом обеспечены ${n} домов`,
    indicator: "homes.internet",
    value: (n) => n,
    unit: "",
    qualifier: "exact",
  },
  {
    sentence: (k, n) => `Облыста ${n} мыңнан астам бейнебақылау камерасы орнатылған, аудан ${k}.`,
    quote: (_k, n) => `${n} мыңнан астам бейнебақылау камерасы орнатылған`,
    indicator: "cameras.installed",
    value: (n) => n * 1000,
    unit: "",
    qualifier: "more_than",
  },
  {
    sentence: (k, n) => `Охват района ${k} составил ${n % 100},${n % 10}%.`,
    quote: (k, n) => `составил ${n % 100},${n % 10}%`,
    indicator: "coverage.pct",
    value: (n) => Number(`${n % 100}.${n % 10}`),
    unit: "%",
    qualifier: "exact",
  },
];

function seedFiles(rows: number): SeedFiles {
  const field = (f: string) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const line = (cells: (string | number)[]) => cells.map((c) => field(String(c))).join(",");
  const sources = ["id,file,title,language,published,region,publisher"];
  const figures = ["id,source,region,indicator,value,unit,qualifier,upper,as_of,quote"];
  const texts: Record<string, string> = {};
  for (let s = 0; s * PER_SOURCE < rows; s++) {
    const id = `src-${s}`;
    sources.push(
      line([id, `${id}.txt`, `Text ${s}`, s % 2 ? "kk" : "ru", "2026-01-13", "Region", "Bench"]),
    );
    const sentences: string[] = [];
    for (let i = s * PER_SOURCE; i < Math.min(rows, (s + 1) * PER_SOURCE); i++) {
      const t = TEMPLATES[i % TEMPLATES.length] as Template;
      const n = 10 + ((i * 7919) % 9000);
      sentences.push(t.sentence(i, n));
      figures.push(
        line([
          `f.${i}`,
          id,
          "Region",
          t.indicator,
          t.value(n),
          t.unit,
          t.qualifier,
          "",
          "2025",
          t.quote(i, n),
        ]),
      );
    }
    texts[`${id}.txt`] = sentences.join(" ");
  }
  const indicatorsCsv = [
    "key,unit,kind,en,ru,kk,description",
    "homes.internet,,count,Homes,Дома,Үйлер,Homes with internet.",
    "cameras.installed,,count,Cameras,Камеры,Камералар,Cameras installed.",
    "coverage.pct,%,percent,Coverage,Охват,Қамту,Coverage share.",
  ].join("\n");
  return {
    sourcesCsv: sources.join("\n"),
    figuresCsv: figures.join("\n"),
    relationsCsv: "",
    indicatorsCsv,
    texts,
  };
}

function millis(work: () => void): number {
  const t = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Median milliseconds of `runs` calls after a warm-up. */
function median(runs: number, work: () => void): number {
  work();
  const times = Array.from({ length: runs }, () => millis(work)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

export default async function loadBench({ short }: BenchOptions): Promise<BenchRow[]> {
  const sizes = short ? [2_000] : [10_000, 100_000];
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const files = seedFiles(size);
    const runs = size >= 100_000 ? 3 : 5;
    let loaded = 0;
    const load = median(runs, () => {
      const result = loadSeeds(files);
      if (!result.ok) throw new Error(`bench seeds do not load: ${result.errors[0]?.message}`);
      loaded = result.figures.length;
    });
    if (loaded !== size) throw new Error(`loaded ${loaded} of ${size} figures`);
    const parse = median(runs, () => {
      Papa.parse(files.figuresCsv, { header: true, skipEmptyLines: "greedy" });
    });
    const budget = size / 10; // 10 000 rows a second, quotes read back included
    rows.push({
      name: `load: ms, figures.csv ${size.toLocaleString("en")} rows`,
      value: load,
      unit: "ms",
      baseline: parse,
      baselineName: "Papa.parse(figures.csv) alone",
      target: `<= ${budget} ms (10k rows/s incl. quote read-back)`,
      met: load <= budget,
    });
  }
  return rows;
}
