// Plans of any size for the Office.js writer tests and bench: n synthetic figures (Russian
// quotes, some text starting with "=" or "-") through the real buildPlan.
import type { Figure, Source } from "../../src/domain/types";
import { buildPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";

export function syntheticSources(): Source[] {
  return [1, 2, 3].map((i) => ({
    id: `src${i}`,
    file: `text${i}.txt`,
    title: `Новости ${i}: интернет в сёлах`,
    language: "ru",
    published: "2025-06-0" + i,
    region: "Жамбылская область",
    publisher: "=Kazinform",
    text: `Текст ${i}`,
  }));
}

export function syntheticFigures(
  n: number,
  valueAt: (i: number) => number = (i) => 100 + i,
): Figure[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `f${String(i).padStart(6, "0")}`,
    source: `src${(i % 3) + 1}`,
    region: i % 7 === 0 ? "-Туркестанская область" : "Жамбылская область",
    indicator: "villages_internet",
    value: valueAt(i),
    unit: "",
    qualifier: "exact",
    asOf: "2025",
    quote: `В ${i % 50} районах к интернету подключено ${valueAt(i)} сельских населённых пунктов, сообщил аким области`,
  }));
}

export function syntheticPlan(
  n: number,
  options: { loadedAt?: string; valueAt?: (i: number) => number } = {},
): WorkbookPlan {
  return planOfFigures(syntheticFigures(n, options.valueAt), options.loadedAt);
}

/** The plan of any figures of the synthetic sources (no relations, no checks). */
export function planOfFigures(figures: Figure[], loadedAt = "2026-11-21T23:00:00Z"): WorkbookPlan {
  return buildPlan({
    sources: syntheticSources(),
    figures,
    relations: [],
    checks: { figures: figures.length, derived: [], conflicts: [] },
    language: "ru",
    loadedAt,
  });
}
