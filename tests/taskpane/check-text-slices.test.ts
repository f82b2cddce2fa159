// The pane's check of a pasted text runs in slices of whole paragraphs with progress, and finds
// exactly what one pass over the whole text finds.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findStatements } from "../../src/domain/checks/find-statements";
import { runChecks } from "../../src/domain/checks/run-checks";
import { checkText, paragraphSlices } from "../../src/taskpane/services/check-text";

const corpus = join(__dirname, "..", "corpus");
const text = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(corpus, f), "utf8"))
  .join("\n\n");

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

  it("reports rising progress, yields between slices, and finds what one pass finds", async () => {
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
    const whole = findStatements(text, "pasted");
    const conflicts = runChecks({ sources: [], ...whole }).conflicts;
    expect(got.statements).toBe(whole.relations.length);
    expect(got.findings.map((f) => f.message.en)).toEqual(conflicts.map((c) => c.message.en));
  });
});
