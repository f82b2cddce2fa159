// What the pane needs from the loader, checks and writer, as in docs/architecture.md. The
// real functions (src/domain/load, src/domain/checks, src/excel) are passed in, so the flow is
// tested with fakes and the preview runs without a writer.
import type { Indicator, LoadError, LoadResult, SeedFiles } from "../../domain/load/types";
import type { AddedSource } from "../../domain/propose/added-sources";
import type { CheckResult, Figure, Relation, Source } from "../../domain/types";

/** Everything the pane shows after a load. */
export interface PaneData {
  sources: Source[];
  figures: Figure[];
  relations: Relation[];
  indicators?: Indicator[];
  check: CheckResult;
  /** Texts added from the pane that the workbook keeps (already in sources, figures, relations). */
  added?: AddedSource[];
}

export interface LoadDeps {
  /** Fetches a seed file by name ("sources.csv"); null when it does not exist (HTTP 404). */
  fetchSeed: (file: string, signal: AbortSignal) => Promise<string | null>;
  loadSeeds: (files: SeedFiles) => LoadResult;
  runChecks: (input: {
    sources: Source[];
    figures: Figure[];
    relations: Relation[];
  }) => CheckResult;
  /** The texts the open workbook keeps (added from the pane); absent outside Excel. */
  readAdded?: (signal: AbortSignal) => Promise<AddedSource[]>;
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
  | { status: "invalid"; errors: LoadError[] }
  | { status: "cancelled"; duringWrite: boolean }
  | {
      status: "failed";
      message: string;
      fetch?: { file: string; status: number };
      /** The write itself, when it failed or was refused: shown in the pane's language. */
      error?: unknown;
    };
