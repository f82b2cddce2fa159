// What the pane needs from the loader, checks and writer, as in docs/architecture.md. The
// real functions (src/domain/load, src/domain/checks, src/excel) are passed in, so the flow is
// tested with fakes and the preview runs without a writer.
import type { Indicator } from "../../domain/load/types";
import type { CheckResult, Figure, Relation, Source } from "../../domain/types";

export interface SeedFilesIn {
  sourcesCsv: string;
  figuresCsv: string;
  relationsCsv: string;
  indicatorsCsv?: string;
  texts: Record<string, string>;
}

export interface SeedError {
  file: string;
  row: number;
  column: string;
  found: string;
  expected: string;
  message: string;
}

export type LoadedSeeds =
  | {
      ok: true;
      sources: Source[];
      figures: Figure[];
      relations: Relation[];
      indicators?: Indicator[];
    }
  | { ok: false; errors: SeedError[] };

/** Everything the pane shows after a load. */
export interface PaneData {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
  indicators?: Indicator[];
  check: CheckResult;
}

export interface LoadDeps {
  /** Fetches a seed file by name ("sources.csv"); null when it does not exist (HTTP 404). */
  fetchSeed: (file: string, signal: AbortSignal) => Promise<string | null>;
  loadSeeds: (files: SeedFilesIn) => LoadedSeeds;
  runChecks: (input: {
    sources: Source[];
    figures: Figure[];
    relations: Relation[];
  }) => CheckResult;
  /** Writes the workbook; absent outside Excel (preview). */
  write?: (data: PaneData, signal: AbortSignal) => Promise<void>;
  now: () => number;
}

export type LoadStep = "fetch" | "validate" | "check" | "write" | "done";

export interface LoadProgress {
  step: LoadStep;
  file?: string;
  /** 0..1 */
  fraction: number;
}

export type LoadOutcome =
  | { status: "done"; data: PaneData; written: boolean; ms: number }
  | { status: "invalid"; errors: SeedError[] }
  | { status: "cancelled"; duringWrite: boolean }
  | { status: "failed"; message: string; fetch?: { file: string; status: number } };
