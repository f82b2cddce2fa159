// A tiny valid seed set for the loader tests; each test breaks one thing in it.
import { FIGURE_COLUMNS } from "../../src/domain/load/figures";
import type { LoadError, LoadResult, SeedFiles } from "../../src/domain/load/types";
import { expect } from "vitest";

export const TEXT =
  "По итогам 2025 года интернетом обеспечены 294 аула. Охват составил 12,2%. " +
  "IT-парк на 300-400 студентов в год. Установлено более 79 тысяч камер. Дорога 40 км.";

/** Joins rows into CSV, quoting fields that need it. */
export function csv(rows: string[][], eol = "\n"): string {
  const field = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(field).join(",")).join(eol) + eol;
}

export const SOURCES: string[][] = [
  ["id", "file", "title", "language", "published", "region", "publisher"],
  ["t-ru", "t.txt", "Тест", "ru", "2026-01-13", "Aktobe region", "Test"],
];

export const INDICATORS: string[][] = [
  ["key", "unit", "kind", "en", "ru", "kk", "description"],
  [
    "villages.internet",
    "",
    "count",
    "Villages with internet",
    "Аулы с интернетом",
    "Интернеті бар ауылдар",
    "Villages.",
  ],
  ["coverage.pct", "%", "percent", "Coverage", "Охват", "Қамту", "Share of villages."],
  ["students", "", "count", "Students", "Студенты", "Студенттер", "Per year."],
  ["cameras", "", "count", "Cameras", "Камеры", "Камералар", "Installed."],
  ["roads.km", "km", "length", "Roads", "Дороги", "Жолдар", "Length."],
];

const F = FIGURE_COLUMNS;
export const FIGURES: string[][] = [
  F,
  [
    "a.internet",
    "t-ru",
    "Aktobe region",
    "villages.internet",
    "294",
    "",
    "exact",
    "",
    "2025",
    "интернетом обеспечены 294 аула",
  ],
  [
    "a.coverage",
    "t-ru",
    "Aktobe region",
    "coverage.pct",
    "12.2",
    "%",
    "exact",
    "",
    "",
    "Охват составил 12,2%",
  ],
  [
    "a.students",
    "t-ru",
    "Aktobe region",
    "students",
    "300",
    "",
    "range",
    "400",
    "",
    "на 300-400 студентов в год",
  ],
  [
    "a.cameras",
    "t-ru",
    "Aktobe region",
    "cameras",
    "79000",
    "",
    "more_than",
    "",
    "",
    "более 79 тысяч камер",
  ],
  ["a.roads", "t-ru", "Aktobe region", "roads.km", "40", "km", "exact", "", "", "Дорога 40 км"],
];

export const RELATIONS: string[][] = [
  ["id", "type", "label", "ru", "kk", "roles", "deadline"],
  [
    "r.share",
    "share",
    "Coverage",
    "Охват",
    "Қамту",
    "part=a.internet; whole=a.cameras; stated=a.coverage",
    "",
  ],
  [
    "r.sum",
    "sum",
    "Sum",
    "Сумма",
    "Қосынды",
    "parts=a.internet|a.students; whole=a.cameras",
    "2026",
  ],
];

export function files(over: Partial<SeedFiles> = {}): SeedFiles {
  return {
    sourcesCsv: csv(SOURCES),
    figuresCsv: csv(FIGURES),
    relationsCsv: csv(RELATIONS),
    indicatorsCsv: csv(INDICATORS),
    texts: { "t.txt": TEXT },
    ...over,
  };
}

/** The fixture's figure rows with one cell replaced: row is the data row index (1 = first figure). */
export function figuresWith(row: number, column: string, value: string): string {
  const rows = FIGURES.map((r) => [...r]);
  const target = rows[row];
  if (!target) throw new Error(`no figure row ${row}`);
  target[F.indexOf(column)] = value;
  return csv(rows);
}

/** The errors of a result that must have failed; also proves nothing was loaded. */
export function errorsOf(result: LoadResult): LoadError[] {
  if (result.ok) throw new Error("expected the load to fail, but it succeeded");
  expect(Object.keys(result)).toEqual(["ok", "errors"]);
  return result.errors;
}
