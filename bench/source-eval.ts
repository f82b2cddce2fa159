// Region and indicator proposals of `sanaq add` (src/domain/propose) against the development
// corpus's ground truth (tests/corpus/*.json: each quantity's region, indicator, asOf):
//   region accuracy over the proposed figures that are a labelled quantity of the text;
//   indicator accuracy over those whose measure is in seeds/indicators.csv (indicator ≠ null).
// Used by `npm run eval:sources` (scripts/eval-sources.ts).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readSeedsDir } from "../src/cli/read-seeds";
import { loadSeeds } from "../src/domain/load/load-seeds";
import type { Indicator } from "../src/domain/load/types";
import { proposeSource } from "../src/domain/propose/propose-source";

interface TruthMention {
  text: string;
  occurrence: number;
  value: number;
  kind: string;
  region?: string;
  indicator?: string | null;
  asOf?: string;
}

export interface SourceEval {
  stem: string;
  language: string;
  proposed: number;
  /** Proposed figures matched to a labelled quantity of the truth. */
  matched: number;
  regionRight: number;
  /** Matched figures whose truth indicator is a key of indicators.csv. */
  withIndicator: number;
  indicatorRight: number;
  asOfRight: number;
  problems: string[];
  /** Set when the text was refused (no region, no numbers). */
  refused?: string;
}

function spanOf(text: string, m: TruthMention): [number, number] | null {
  let at = -1;
  for (let k = 0; k < m.occurrence; k++) {
    at = text.indexOf(m.text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + m.text.length];
}

export function seedIndicators(): Indicator[] {
  const loaded = loadSeeds(readSeedsDir(join(__dirname, "..", "seeds")));
  if (!loaded.ok) throw new Error("seeds do not load");
  return loaded.indicators;
}

export function evaluateSourceText(
  stem: string,
  text: string,
  truth: { language: string; mentions: TruthMention[] },
  indicators: Indicator[],
): SourceEval {
  const e: SourceEval = {
    stem,
    language: truth.language,
    proposed: 0,
    matched: 0,
    regionRight: 0,
    withIndicator: 0,
    indicatorRight: 0,
    asOfRight: 0,
    problems: [],
  };
  const result = proposeSource({
    text,
    file: `${stem}.txt`,
    existing: { sources: [], figures: [], relations: [], indicators },
  });
  if (!result.ok) {
    e.refused = result.reason;
    return e;
  }
  const labelled = truth.mentions
    .filter((m) => m.region !== undefined)
    .map((m) => ({ m, span: spanOf(text, m) }));
  e.proposed = result.proposal.figures.length;
  for (const f of result.proposal.figures) {
    const { start, end } = f.proposal.mention;
    const t = labelled.find(({ span }) => span && span[0] < end && start < span[1])?.m;
    if (!t) continue;
    e.matched++;
    if (f.region === t.region) e.regionRight++;
    else e.problems.push(`region "${t.text}": ${f.region}, truth ${t.region}`);
    if (f.asOf === (t.asOf ?? "")) e.asOfRight++;
    if (t.indicator) {
      e.withIndicator++;
      if (f.indicator === t.indicator) e.indicatorRight++;
      else
        e.problems.push(
          `indicator "${t.text}": ${f.indicator}, truth ${t.indicator} | ${f.quote.slice(0, 160)}`,
        );
    }
  }
  return e;
}

export function evaluateSources(dir: string): SourceEval[] {
  const indicators = seedIndicators();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -".json".length);
      const truth = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        language: string;
        mentions: TruthMention[];
      };
      return evaluateSourceText(
        stem,
        readFileSync(join(dir, `${stem}.txt`), "utf8"),
        truth,
        indicators,
      );
    });
}

const pct = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

export function sourceReport(evals: SourceEval[], verbose: boolean): string {
  const lines: string[] = [];
  const sum = (rows: SourceEval[], k: keyof SourceEval) =>
    rows.reduce((s, e) => s + (e[k] as number), 0);
  lines.push(`Proposals of sanaq add on ${evals.length} texts:`);
  for (const lang of ["ru", "kk", "all"]) {
    const rows = lang === "all" ? evals : evals.filter((e) => e.language === lang);
    const matched = sum(rows, "matched");
    const withIndicator = sum(rows, "withIndicator");
    lines.push(
      `  ${lang.padEnd(3)} texts ${String(rows.length).padStart(2)} · figures ${sum(rows, "proposed")} (${matched} labelled) · ` +
        `region ${pct(sum(rows, "regionRight"), matched)} (target ≥90%) · ` +
        `indicator ${pct(sum(rows, "indicatorRight"), withIndicator)} of ${withIndicator} in indicators.csv (target ≥80%) · ` +
        `as-of ${pct(sum(rows, "asOfRight"), matched)}`,
    );
  }
  const refused = evals.filter((e) => e.refused);
  if (refused.length > 0)
    lines.push(`  refused: ${refused.map((e) => `${e.stem} (${e.refused})`).join(", ")}`);
  if (verbose) for (const e of evals) for (const p of e.problems) lines.push(`  ${e.stem}: ${p}`);
  return `${lines.join("\n")}\n`;
}
