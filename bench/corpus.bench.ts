// The corpus evaluation as bench rows: mention accuracy per language and check-text's
// contradictions found and false alarms on tests/corpus (bench/corpus-eval.ts).
import { join } from "node:path";
import { accuracy, evaluateCorpus, totals } from "./corpus-eval";
import type { BenchRow } from "./types";

export default async function corpusBench(): Promise<BenchRow[]> {
  const evals = evaluateCorpus(join(__dirname, "..", "tests", "corpus"));
  if (evals.length === 0) return [];
  const rows: BenchRow[] = [];
  for (const lang of ["ru", "kk"] as const) {
    const t = totals(evals.filter((e) => e.language === lang));
    rows.push({
      name: `corpus: ${lang} mention accuracy, ${t.texts} texts, ${t.truthMentions} mentions`,
      value: accuracy(t).full * 100,
      unit: "%",
      baseline: accuracy(t).value * 100,
      baselineName: "accuracy in value only",
      target: ">= 98%",
      met: accuracy(t).full >= 0.98,
    });
  }
  const all = totals(evals);
  rows.push(
    {
      name: `corpus: contradictions found, ${all.found} of ${all.contradictions}`,
      value: all.contradictions === 0 ? 100 : (all.found / all.contradictions) * 100,
      unit: "%",
      baseline:
        all.truthStatements === 0 ? 100 : (all.statementsCovered / all.truthStatements) * 100,
      baselineName: "labelled statements (holding or not) that check-text tested, %",
      target: ">= 95%",
      met: all.contradictions === 0 || all.found / all.contradictions >= 0.95,
    },
    {
      name: `corpus: false alarms (${all.statements} statements tested)`,
      value: all.falseAlarms,
      unit: "conflicts",
      baseline: all.statements,
      baselineName: "statements tested",
      target: "0",
      met: all.falseAlarms === 0,
    },
  );
  return rows;
}
