/** One line of the benchmark table. */
export interface BenchRow {
  /** e.g. "reader: MB/s, 4 MB ru+kk news" */
  name: string;
  value: number;
  unit: string;
  /** The same work done by a baseline in the same run (e.g. a digit regex), same unit. */
  baseline?: number;
  /** What the baseline is, e.g. "/\\d+/g". */
  baselineName?: string;
  /** The target from the issues, as text, e.g. ">= 10 MB/s, within 5x of regex". */
  target?: string;
  met?: boolean;
}

export interface BenchOptions {
  short: boolean;
}

export interface BenchModule {
  default: (options: BenchOptions) => Promise<BenchRow[]>;
}
