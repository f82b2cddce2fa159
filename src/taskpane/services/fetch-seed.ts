// Fetches a seed file served with the add-in (dist/seeds/), never from the HTTP cache: a
// Refresh must see the files as they are now.
import { SeedFetchError } from "./seed-fetch-error";

export function createSeedFetcher(
  base = "seeds/",
  fetchImpl: typeof fetch = (...a) => fetch(...a),
) {
  return async (file: string, signal: AbortSignal): Promise<string | null> => {
    const response = await fetchImpl(`${base}${encodeURIComponent(file)}`, {
      cache: "no-store",
      signal,
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new SeedFetchError(file, response.status);
    return response.text();
  };
}
