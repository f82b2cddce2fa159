import { describe, expect, it } from "vitest";
import { createBatcher, opOverheadBytes } from "../../src/excel/batch";
import { chunkRows, jsonBytes } from "../../src/excel/payload";

describe("payload", () => {
  it("counts UTF-8 bytes of the JSON text", () => {
    expect(jsonBytes("ab")).toBe(4);
    expect(jsonBytes("аб")).toBe(6); // Cyrillic: 2 bytes each, plus the quotes
    expect(jsonBytes("ә€😀")).toBe(2 + 2 + 3 + 4);
    expect(jsonBytes([["x", 1, null]])).toBe(Buffer.byteLength(JSON.stringify([["x", 1, null]])));
  });

  it("cuts rows into chunks at most maxBytes, an oversized row alone", () => {
    expect(chunkRows([4, 4, 4, 4], 8)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(chunkRows([3, 20, 3], 8)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(chunkRows([], 8)).toEqual([]);
  });

  it("syncs only when the next block would overflow the batch, starting each batch with the hook", async () => {
    const events: string[] = [];
    const context = {
      sync: async () => void events.push("sync"),
    } as unknown as Excel.RequestContext;
    const b = createBatcher(context, 1000 + 2 * opOverheadBytes, () => events.push("start"));
    await b.add(500, () => events.push("a"));
    await b.add(500, () => events.push("b"));
    await b.add(10, () => events.push("c"));
    await b.flush();
    await b.flush();
    expect(events).toEqual(["start", "a", "b", "sync", "start", "c", "sync"]);
    expect([b.syncs, b.batches]).toEqual([2, 2]);
  });
});
