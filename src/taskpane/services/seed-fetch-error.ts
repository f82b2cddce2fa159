// A seed file the add-in's server did not give (HTTP status other than 200 or 404). Its own file
// so that the fetcher can come with the first bundle (seed-prefetch.ts) without the load flow.
export class SeedFetchError extends Error {
  constructor(
    readonly file: string,
    readonly status: number,
  ) {
    super(`Could not fetch ${file} (HTTP ${status})`);
  }
}
