// Fakes for the pane's component tests: a tiny number reader, loader and checks with the
// shape of the real ones (docs/architecture.md), and an Excel that records what it is asked.
import { vi } from "vitest";
import type {
  CheckResult,
  Conflict,
  Figure,
  Mention,
  Relation,
  Source,
} from "../../src/domain/types";
import type { Indicator, LoadResult, SeedFiles } from "../../src/domain/load/types";
import type { AddedSource } from "../../src/domain/propose/added-sources";
import { proposePasted } from "../../src/taskpane/services/domain-services";
import type { PaneData } from "../../src/taskpane/services/load-types";
import type { DomainServices, ExcelActions, Snip } from "../../src/taskpane/services/pane-services";

export const zhambylQuote =
  "из 353 населенных пунктов области 43 (12,2%) обеспечены связью 2G, 51 (12,2%) — 3G, а 259 населенных пунктов (73,4%) — мобильным интернетом 4G";
export const zhambylText = `На сегодняшний день ${zhambylQuote}. Конец.`;
export const aktobeText =
  "По итогам 2025 года интернетом обеспечены 294 аула. В их числе 270 населенных пунктов.";

export const seedFiles: Record<string, string> = {
  "sources.csv": "id,file,title\nzh,002.txt,Жамбыл\nak,000.txt,Актобе\n",
  "figures.csv": "id,value\n...",
  "relations.csv": "id,type\n...",
  "002.txt": zhambylText,
  "000.txt": aktobeText,
};

export const sources: Source[] = [
  {
    id: "zh",
    file: "002.txt",
    title: "Жамбыл",
    language: "ru",
    published: "2026-01-10",
    region: "Zhambyl region",
    publisher: "x",
    text: zhambylText,
  },
  {
    id: "ak",
    file: "000.txt",
    title: "Актобе",
    language: "ru",
    published: "2026-01-13",
    region: "Aktobe region",
    publisher: "y",
    text: aktobeText,
  },
];

const fig = (
  id: string,
  source: string,
  region: string,
  value: number,
  unit: string,
  quote: string,
): Figure => ({
  id,
  source,
  region,
  indicator: id,
  value,
  unit,
  qualifier: "exact",
  asOf: "2025",
  quote,
});

export const figures: Figure[] = [
  fig("zh.total", "zh", "Zhambyl region", 353, "", zhambylQuote),
  fig("zh.3g", "zh", "Zhambyl region", 51, "", zhambylQuote),
  fig("zh.3g.pct", "zh", "Zhambyl region", 12.2, "%", zhambylQuote),
  fig("ak.internet", "ak", "Aktobe region", 294, "", "интернетом обеспечены 294 аула"),
  fig("ak.mobile", "ak", "Aktobe region", 300, "", "В их числе 270 населенных пунктов"),
];

export const relations: Relation[] = [
  {
    id: "zhambyl.3g",
    type: "share",
    roles: { part: ["zh.3g"], whole: ["zh.total"], stated: ["zh.3g.pct"] },
    label: "3G",
  },
  {
    id: "aktobe.mobile",
    type: "sum",
    roles: { parts: ["ak.mobile"], whole: ["ak.internet"] },
    label: "mobile",
  },
];

export const indicator = (key: string, en: string, ru: string, kk: string): Indicator => ({
  key,
  unit: "",
  kind: "count",
  label: { en, ru, kk },
  description: "",
});

/** Labels for a share's part and a sum's whole; the other figures have none (title falls back). */
export const indicators: Indicator[] = [
  indicator("zh.3g", "Villages with 3G", "Сёла с 3G", "3G бар ауылдар"),
  indicator("ak.internet", "Villages with internet", "Аулы с интернетом", "Интернеті бар ауылдар"),
];

/** Digits with optional decimal comma and an optional %; enough for the fixtures. */
export function fakeReadNumbers(text: string): Mention[] {
  return [...text.matchAll(/\d+(?:,\d+)?%?/g)].map((m) => {
    const raw = m[0];
    const percent = raw.endsWith("%");
    return {
      text: raw,
      start: m.index,
      end: m.index + raw.length,
      value: Number(raw.replace("%", "").replace(",", ".")),
      qualifier: "exact" as const,
      unit: percent ? "%" : "",
      kind: percent ? ("percent" as const) : ("count" as const),
    };
  });
}

function conflictOf(
  id: string,
  kind: Conflict["kind"],
  members: Figure[],
  stated: string,
  implied: string,
): Conflict {
  return {
    id,
    kind,
    severity: "error",
    // As the real checks: the relation's own id, none for an edited value.
    ...(kind === "source" ? {} : { relation: id.slice(id.indexOf(":") + 1) }),
    figures: members.map((f) => ({ id: f.id, value: f.value, source: f.source, quote: f.quote })),
    stated,
    implied,
    message: {
      en: `EN ${id} does not hold`,
      ru: `RU ${id} не сходится`,
      kk: `KK ${id} сәйкес емес`,
    },
    suggestion: { en: "", ru: "", kk: "" },
  };
}

/** Share: part/whole*100 against the stated percent; sum: parts against whole. */
export function fakeRunChecks(input: {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
}): CheckResult {
  const byId = new Map(input.figures.map((f) => [f.id, f]));
  const conflicts: Conflict[] = [];
  for (const r of input.relations) {
    const get = (role: string): Figure[] =>
      (r.roles[role] ?? []).map((id) => byId.get(id)).filter((f): f is Figure => !!f);
    if (r.type === "share") {
      const [part, whole, stated] = [get("part")[0], get("whole")[0], get("stated")[0]];
      if (!part || !whole || !stated) continue;
      const implied = (100 * part.value) / whole.value;
      if (Math.abs(implied - stated.value) > 0.05) {
        conflicts.push(
          conflictOf(
            `share:${r.id}`,
            "share",
            [part, whole, stated],
            `${stated.value}%`,
            `${implied.toFixed(1)}%`,
          ),
        );
      }
    } else if (r.type === "sum") {
      const parts = get("parts");
      const whole = get("whole")[0];
      const total = parts.reduce((s, f) => s + f.value, 0);
      if (whole && total > whole.value) {
        conflicts.push(
          conflictOf(`sum:${r.id}`, "sum", [...parts, whole], String(whole.value), String(total)),
        );
      }
    }
  }
  return { figures: input.figures.length, derived: [], conflicts };
}

export function fakeLoadSeeds(files: SeedFiles): LoadResult {
  if (files.figuresCsv.includes("BAD")) {
    return {
      ok: false,
      errors: [
        {
          file: "figures.csv",
          row: 4,
          column: "value",
          found: "двенадцать",
          expected: "a number",
          message: "write the value in digits",
        },
        {
          file: "relations.csv",
          row: 2,
          column: "part",
          found: "zh.4g",
          expected: "a figure id",
          message: "no such figure",
        },
        {
          file: "texts",
          row: 0,
          column: "",
          found: "009.txt",
          expected: "a file named in sources.csv",
          message: "",
        },
      ],
    };
  }
  return { ok: true, sources, figures, relations, indicators };
}

export function fakeFetch(files: Record<string, string> = seedFiles) {
  return vi.fn(async (file: string, signal: AbortSignal): Promise<string | null> => {
    signal.throwIfAborted();
    return files[file] ?? null;
  });
}

export function fakeDomain(overrides: Partial<DomainServices> = {}): DomainServices {
  return {
    fetchSeed: fakeFetch(),
    loadSeeds: fakeLoadSeeds,
    runChecks: fakeRunChecks,
    readNumbers: fakeReadNumbers,
    checkEdits: (all, edits) =>
      all
        .filter((f) => edits[f.id] !== undefined)
        .map((f) =>
          conflictOf(`source:${f.id}`, "source", [f], String(f.value), String(edits[f.id])),
        ),
    checkText: async (text, onProgress) => {
      onProgress?.(1);
      return text.includes("%")
        ? {
            statements: 1,
            findings: [
              {
                severity: "warning",
                message: {
                  en: "EN percent to check",
                  ru: "RU проверить процент",
                  kk: "KK пайызды тексеру",
                },
              },
            ],
          }
        : { statements: 0, findings: [] };
    },
    proposeSource: proposePasted,
    ...overrides,
  };
}

/** An Excel whose grid is a map of figure values; onChange is what the pane registered. */
export function fakeExcel() {
  const grid = new Map(figures.map((f) => [f.id, f.value]));
  /** Texts added from the pane, as the workbook's state keeps them. */
  const stored: AddedSource[] = [];
  let onChange: (() => void) | undefined;
  const excel = {
    write: vi.fn(async (_data: PaneData, _signal: AbortSignal) => {
      // Writing fires change events, as Excel does.
      onChange?.();
    }),
    selectFigures: vi.fn(async (_ids: string[]) => {}),
    setValue: vi.fn(async (id: string, value: number) => {
      grid.set(id, value);
      onChange?.();
    }),
    keepWithReason: vi.fn(async (_id: string, _reason: string) => {}),
    snipToSelection: vi.fn(async (_snip: Snip) => "zh.3g" as string | null),
    addSource: vi.fn(async (source: AddedSource) => {
      stored.push(source);
    }),
    readAdded: vi.fn(async () => [...stored]),
    watchFigures: vi.fn(async (handler: () => void) => {
      onChange = handler;
      return async () => {
        onChange = undefined;
      };
    }),
    readValues: vi.fn(async () => Object.fromEntries(grid)),
    writeReport: vi.fn(async (_rows: string[][], sheetName: string) => sheetName),
  } satisfies ExcelActions;
  return {
    excel,
    grid,
    stored,
    /** A planner types a value into the grid. */
    edit(id: string, value: number) {
      grid.set(id, value);
      onChange?.();
    },
  };
}
