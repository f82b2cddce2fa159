// Hostile input never throws: whatever the CSV text, loadSeeds answers ok or errors that point
// at a real line of the file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/domain/load/load-seeds";
import type { LoadResult } from "../../src/domain/load/types";
import { csv, FIGURES, files } from "./fixture";

const valid = csv(FIGURES);
const csvChars = fc.constantFrom(
  ",",
  '"',
  "\n",
  "\r",
  ";",
  "\t",
  " ",
  "a",
  "1",
  "2",
  ".",
  "%",
  "\u00a0",
  "\ufeff",
  "ә",
  "\u0000",
);

function linesOf(text: string): number {
  return text.replace(/\r\n?/g, "\n").split("\n").length;
}

function pointsIntoFile(result: LoadResult, text: string): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.message).toContain(e.file);
    if (e.file === "figures.csv") {
      expect(e.row).toBeGreaterThanOrEqual(0);
      expect(e.row).toBeLessThanOrEqual(linesOf(text));
    }
  }
}

describe("loadSeeds on random input", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: csvChars, maxLength: 300 }), (figuresCsv) => {
        pointsIntoFile(loadSeeds(files({ figuresCsv })), figuresCsv);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when a valid file is damaged at random places", () => {
    const edit = fc.record({
      at: fc.nat({ max: valid.length }),
      cut: fc.nat({ max: 5 }),
      put: fc.string({ unit: csvChars, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid;
        for (const { at, cut, put } of edits) text = text.slice(0, at) + put + text.slice(at + cut);
        pointsIntoFile(loadSeeds(files({ figuresCsv: text })), text);
      }),
      { numRuns: 300 },
    );
  });
});
