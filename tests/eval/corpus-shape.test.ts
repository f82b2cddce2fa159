// The development corpus (tests/corpus) is hand-made ground truth: this test keeps its shape honest, so
// `npm run eval` never scores against a mention it cannot locate or a statement naming no mention.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "../../src/domain/load/cells";

const DIR = join(__dirname, "..", "corpus");
const KINDS = [
  "count",
  "percent",
  "money",
  "length",
  "area",
  "year",
  "date",
  "identifier",
  "technology",
  "age",
  "other",
];
const QUANTITIES = ["count", "percent", "money", "length", "area"];

interface TruthMention {
  text: string;
  occurrence?: number;
  value: number;
  qualifier: string;
  kind: string;
  region?: string;
  indicator?: string | null;
}
interface TruthStatement {
  type: string;
  roles: Record<string, number[]>;
  holds: boolean;
  severity?: string;
}
interface Truth {
  stem: string;
  language: string;
  mentions: TruthMention[];
  statements: TruthStatement[];
}

const stems = readdirSync(DIR)
  .filter((n) => n.endsWith(".json"))
  .map((n) => n.slice(0, -5))
  .sort();

describe("tests/corpus", () => {
  it("holds at least 30 texts, ru and kk in about equal parts", () => {
    expect(stems.length).toBeGreaterThanOrEqual(30);
    const ru = stems.filter((s) => s.startsWith("ru-")).length;
    expect(Math.abs(ru - (stems.length - ru))).toBeLessThanOrEqual(4);
  });

  it.each(stems)(
    "%s: every mention is found in its text and every statement names mentions",
    (stem) => {
      const truth = JSON.parse(readFileSync(join(DIR, `${stem}.json`), "utf8")) as Truth;
      const text = readFileSync(join(DIR, `${stem}.txt`), "utf8");
      expect(truth.stem).toBe(stem);
      expect(["ru", "kk"]).toContain(truth.language);
      for (const m of truth.mentions) {
        let at = -1;
        for (let k = 0; k < (m.occurrence ?? 1); k++) at = text.indexOf(m.text, at + 1);
        expect(at, `"${m.text}" #${m.occurrence ?? 1}`).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(m.value)).toBe(true);
        expect(KINDS).toContain(m.kind);
        expect(QUALIFIERS).toContain(m.qualifier);
        if (QUANTITIES.includes(m.kind)) expect(m).toHaveProperty("region");
      }
      for (const s of truth.statements) {
        for (const idx of Object.values(s.roles))
          for (const k of idx) expect(truth.mentions[k]).toBeDefined();
        if (!s.holds) expect(["error", "truncated", "info"]).toContain(s.severity);
      }
    },
  );
});
