import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const seeds = join(__dirname, "..", "seeds");

function listed(): Map<string, string> {
  const lines = readFileSync(join(seeds, "SHA256SUMS"), "utf8").trim().split("\n");
  return new Map(
    lines.map((line) => {
      const [hash, file] = line.split(/\s+\*?/);
      return [file ?? "", hash ?? ""];
    }),
  );
}

describe("seed texts", () => {
  const sums = listed();

  it("lists the five source texts", () => {
    const texts = readdirSync(seeds)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(texts).toHaveLength(5);
    expect([...sums.keys()].sort()).toEqual(texts);
  });

  for (const [file, hash] of sums) {
    it(`${file} is byte for byte the received text`, () => {
      const actual = createHash("sha256")
        .update(readFileSync(join(seeds, file)))
        .digest("hex");
      expect(actual).toBe(hash);
    });
  }
});
