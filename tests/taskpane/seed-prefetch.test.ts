// The preview's seeds, asked for at start (src/taskpane/services/seed-prefetch.ts): each file
// once from the prefetch, then from the server again; the texts as sources.csv names them.
import { describe, expect, it, vi } from "vitest";
import { prefetchSeeds } from "../../src/taskpane/services/seed-prefetch";

const FILES: Record<string, string> = {
  "sources.csv": "id,file\ns1,a.txt\ns2,b.txt\n",
  "figures.csv": "figures",
  "relations.csv": "relations",
  "a.txt": "text a",
  "b.txt": "text b",
};

function server() {
  return vi.fn(async (file: string) => FILES[file] ?? null);
}

/** sources.csv's file column, as load-flow's textFilesOf reads it (without papaparse here). */
const textFilesOf = async () => (csv: string) =>
  csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[1] ?? "");

const signal = new AbortController().signal;

describe("seed prefetch", () => {
  it("asks for the CSV files at once and the texts sources.csv names once it has come", async () => {
    const fetchSeed = server();
    const seeds = prefetchSeeds(fetchSeed, textFilesOf);
    expect(fetchSeed.mock.calls.map((c) => c[0])).toEqual([
      "sources.csv",
      "figures.csv",
      "relations.csv",
      "indicators.csv",
    ]);
    const later = server();
    const serve = seeds.serve(later);
    expect(await serve("sources.csv", signal)).toBe(FILES["sources.csv"]);
    expect(await serve("a.txt", signal)).toBe("text a");
    expect(await serve("b.txt", signal)).toBe("text b");
    expect(await serve("indicators.csv", signal)).toBeNull();
    expect(fetchSeed.mock.calls.map((c) => c[0]).slice(4)).toEqual(["a.txt", "b.txt"]);
    // Every answer came from the prefetch: the load's own fetcher was not asked.
    expect(later).not.toHaveBeenCalled();
  });

  it("answers each file once: a second load fetches the files as they are then", async () => {
    const seeds = prefetchSeeds(server(), textFilesOf);
    const later = vi.fn(async (file: string) => `fresh ${file}`);
    const serve = seeds.serve(later);
    await serve("figures.csv", signal);
    expect(await serve("figures.csv", signal)).toBe("fresh figures.csv");
    expect(await serve("unknown.csv", signal)).toBe("fresh unknown.csv");
    expect(later.mock.calls.map((c) => c[0])).toEqual(["figures.csv", "unknown.csv"]);
  });

  it("gives a failed prefetch's error to the load that reads it, and nothing unhandled", async () => {
    const failing = vi.fn(async (file: string) => {
      if (file === "figures.csv") throw new Error("HTTP 500 for figures.csv");
      return FILES[file] ?? null;
    });
    const serve = prefetchSeeds(failing, textFilesOf).serve(server());
    await expect(serve("figures.csv", signal)).rejects.toThrow("HTTP 500 for figures.csv");
  });

  it("a load cancelled while a prefetched file is on its way stops like any fetch", async () => {
    const seeds = prefetchSeeds(server(), textFilesOf);
    const controller = new AbortController();
    const asked = seeds.serve(server())("relations.csv", controller.signal);
    controller.abort();
    await expect(asked).rejects.toThrow(/abort/i);
  });

  it("without the domain chunk's reader the texts are fetched by the load itself", async () => {
    const seeds = prefetchSeeds(server(), () => Promise.reject(new Error("chunk failed")));
    const later = server();
    expect(await seeds.serve(later)("a.txt", signal)).toBe("text a");
    expect(later).toHaveBeenCalledWith("a.txt", signal);
  });
});
