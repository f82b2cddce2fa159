// The browser preview's first load, asked for while the page starts: index.tsx calls
// prefetchSeeds before Office.js has answered and before the domain chunk has run, so the seed
// files are on their way while the pane waits for both (issue 15: Load usable within 1 s).
// Only the preview's own first load reads them (App.tsx), each file once: every later load, and
// any load inside Excel, fetches the files as they are then. Inside Excel the answers go unused:
// at most a few dozen KB from the add-in's own server.
import type { LoadDeps } from "./load-types";

type FetchSeed = LoadDeps["fetchSeed"];

/** The CSV files every load asks for; the texts are the ones sources.csv names. */
const CSV_FILES = ["sources.csv", "figures.csv", "relations.csv", "indicators.csv"];

export interface SeedPrefetch {
  /**
   * A fetcher that answers each file the prefetch asked for from its answer, once, and every
   * other request (or a second one) with `fetchSeed`.
   */
  serve: (fetchSeed: FetchSeed) => FetchSeed;
}

/**
 * Starts fetching the seeds: the CSV files at once, the texts when sources.csv and the function
 * that reads its file names (from the domain chunk, with papaparse) have both come.
 */
export function prefetchSeeds(
  fetchSeed: FetchSeed,
  textFilesOf: () => Promise<(sourcesCsv: string) => string[]>,
): SeedPrefetch {
  // Not the load's signal: a prefetch outlives nothing but the page.
  const signal = new AbortController().signal;
  const asked = new Map<string, Promise<string | null>>();
  const ask = (file: string): void => {
    const answer = fetchSeed(file, signal);
    answer.catch(() => undefined); // reported to the load that reads it, if one does
    asked.set(file, answer);
  };
  CSV_FILES.forEach(ask);
  // Settles once the texts have been asked for (or cannot be): a load that wants a text before
  // then waits for it instead of asking a second time.
  const textsAsked: Promise<void> = Promise.all([asked.get("sources.csv"), textFilesOf()])
    .then(([sourcesCsv, files]) => {
      if (sourcesCsv)
        files(sourcesCsv)
          .filter((file) => !asked.has(file))
          .forEach(ask);
    })
    .catch(() => undefined);
  const taken = new Set<string>();
  const take = (file: string): Promise<string | null> | undefined => {
    if (taken.has(file)) return undefined;
    const answer = asked.get(file);
    if (answer) taken.add(file);
    return answer;
  };
  return {
    serve: (fallback) => async (file, loadSignal) => {
      let answer = take(file);
      if (!answer && !CSV_FILES.includes(file) && !taken.has(file)) {
        await textsAsked;
        answer = take(file);
      }
      if (!answer) return fallback(file, loadSignal);
      const text = await answer;
      loadSignal.throwIfAborted();
      return text;
    },
  };
}
