// The pane's check of a pasted text runs in slices of whole paragraphs with progress. A news
// text (under SLICE_CHARS) is one slice, checked exactly as one pass; a longer paste is checked
// slice by slice.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findStatements } from "../../src/domain/checks/find-statements";
import { runChecks } from "../../src/domain/checks/run-checks";
import { SLICE_CHARS, checkText, paragraphSlices } from "../../src/taskpane/services/check-text";

const corpus = join(__dirname, "..", "corpus");
const texts = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(corpus, f), "utf8"));
const text = texts.join("\n\n");

function onePass(t: string, id = "pasted") {
  const found = findStatements(t, id);
  return {
    statements: found.relations.length,
    conflicts: runChecks({ sources: [], ...found }).conflicts,
  };
}

describe("checkText in slices", () => {
  it("slices end at paragraph breaks and join back to the text", () => {
    const slices = paragraphSlices(text, 5_000);
    expect(slices.length).toBeGreaterThan(5);
    expect(slices.join("")).toBe(text);
    for (const s of slices.slice(0, -1)) expect(s.endsWith("\n\n")).toBe(true);
    const endless = "и ещё 12 сёл из 35 подключены ".repeat(2000);
    const cut = paragraphSlices(endless, 1_000);
    expect(cut.join("")).toBe(endless);
    expect(Math.max(...cut.map((s) => s.length))).toBeLessThanOrEqual(4_000);
    expect(paragraphSlices("Всего 5 камер:\n\n3 на улицах;\n\n2 в школах.", 15)).toEqual([
      "Всего 5 камер:\n\n3 на улицах;\n\n2 в школах.",
    ]);
  });

  it("a news text is one slice and finds exactly what one pass finds", async () => {
    for (const t of texts) {
      expect(t.length).toBeLessThan(SLICE_CHARS);
      const got = await checkText(t);
      const want = onePass(t, "pasted0");
      expect(got.statements).toBe(want.statements);
      expect(got.findings.map((f) => f.message.en)).toEqual(
        want.conflicts.map((c) => c.message.en),
      );
    }
  });

  it("reports rising progress, yields between slices, and checks each slice", async () => {
    const progress: number[] = [];
    let pauses = 0;
    const got = await checkText(
      text,
      (f) => progress.push(f),
      async () => {
        pauses++;
      },
    );
    expect(pauses).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const slices = paragraphSlices(text).map((s, k) => onePass(s, `pasted${k}`));
    expect(got.statements).toBe(slices.reduce((n, s) => n + s.statements, 0));
    expect(got.findings.map((f) => f.message.en)).toEqual(
      slices.flatMap((s) => s.conflicts.map((c) => c.message.en)),
    );
  });
});
