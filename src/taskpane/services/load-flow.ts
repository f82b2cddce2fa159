// Load / Refresh: fetch the seed files, validate, check, then write. Nothing is written when
// validation fails or the planner cancels before the write starts.
import Papa from "papaparse";
import type { SeedFiles } from "../../domain/load/types";
import { withAdded } from "../../domain/propose/added-sources";
import type { LoadDeps, LoadOutcome, LoadProgress } from "./load-types";
import { SeedFetchError } from "./seed-fetch-error";

/** The text files sources.csv names (its "file" column), in order, without repeats. */
export function textFilesOf(sourcesCsv: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(sourcesCsv, {
    header: true,
    skipEmptyLines: true,
  });
  const files = parsed.data.map((row) => (row.file ?? "").trim()).filter((f) => f !== "");
  return [...new Set(files)];
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === "AbortError"
    : (error as { name?: string })?.name === "AbortError";
}

export async function runLoad(
  deps: LoadDeps,
  signal: AbortSignal,
  onProgress: (progress: LoadProgress) => void,
): Promise<LoadOutcome> {
  const started = deps.now();
  let writing = false;
  try {
    const required = async (file: string): Promise<string> => {
      const text = await deps.fetchSeed(file, signal);
      if (text === null) throw new SeedFetchError(file, 404);
      return text;
    };
    // sources.csv names the texts; the other CSV files are asked for with it, in the same round
    // trip, and the texts as soon as it has come.
    const csvFiles = ["figures.csv", "relations.csv", "indicators.csv"];
    onProgress({ step: "fetch", file: "sources.csv", fraction: 0 });
    const sourcesAsked = required("sources.csv");
    const csvAsked = csvFiles.map((file) =>
      file === "indicators.csv" ? deps.fetchSeed(file, signal) : required(file),
    );
    // Awaited below; a failure before then (sources.csv missing) must not go unhandled.
    for (const asked of csvAsked) asked.catch(() => undefined);
    const sourcesCsv = await sourcesAsked;
    const texts = textFilesOf(sourcesCsv);
    const rest = [...csvFiles, ...texts];
    const total = 1 + rest.length;
    let fetched = 1;
    // The bar names the first file, in order, still on its way. Fetch share of the bar: 60 %;
    // validate, check and write share the rest.
    const pending = new Set(rest);
    const fetchProgress = (): void => {
      const file = rest.find((f) => pending.has(f));
      if (file) onProgress({ step: "fetch", file, fraction: (0.6 * fetched) / total });
    };
    const arrived = async (file: string, asked: Promise<string | null>) => {
      const text = await asked;
      fetched += 1;
      pending.delete(file);
      fetchProgress();
      return text;
    };
    fetchProgress();
    const [figuresCsv, relationsCsv, indicatorsCsv = null, ...textBodies] = await Promise.all([
      ...csvFiles.map((file, i) => arrived(file, csvAsked[i] ?? Promise.resolve(null))),
      ...texts.map((file) => arrived(file, required(file))),
    ]);
    const textByFile: Record<string, string> = {};
    texts.forEach((file, i) => (textByFile[file] = textBodies[i] ?? ""));
    signal.throwIfAborted();

    onProgress({ step: "validate", fraction: 0.65 });
    const files: SeedFiles = {
      sourcesCsv,
      figuresCsv: figuresCsv ?? "",
      relationsCsv: relationsCsv ?? "",
      texts: textByFile,
    };
    if (indicatorsCsv !== null) files.indicatorsCsv = indicatorsCsv;
    const loaded = deps.loadSeeds(files);
    if (!loaded.ok) return { status: "invalid", errors: loaded.errors };
    signal.throwIfAborted();

    onProgress({ step: "check", fraction: 0.7 });
    // Texts added from the pane are kept in the workbook: checked with the curated ones.
    const added = deps.readAdded ? await deps.readAdded(signal) : [];
    const joined = withAdded(loaded, added);
    const { sources, figures, relations } = joined;
    const check = deps.runChecks({ sources, figures, relations });
    const data = {
      sources,
      figures,
      relations,
      indicators: joined.indicators,
      check,
      ...(added.length > 0 ? { added } : {}),
    };
    signal.throwIfAborted();

    if (deps.write) {
      onProgress({ step: "write", fraction: 0.75 });
      writing = true;
      await deps.write(data, signal);
      writing = false;
    }
    onProgress({ step: "done", fraction: 1 });
    return { status: "done", data, written: deps.write !== undefined, ms: deps.now() - started };
  } catch (error) {
    if (signal.aborted || isAbort(error)) return { status: "cancelled", duringWrite: writing };
    if (error instanceof SeedFetchError) {
      return {
        status: "failed",
        message: error.message,
        fetch: { file: error.file, status: error.status },
      };
    }
    return {
      status: "failed",
      message: error instanceof Error ? error.message : String(error),
      error,
    };
  }
}
