// The development corpus measured against its hand-made ground truth (tests/corpus/*.txt + .json,
// format in docs/corpus-format.md): mention accuracy per language, and check-text's
// contradictions found / missed, false alarms and statements tested. Used by `npm run eval`
// (scripts/eval.ts) and by `npm run bench` (bench/corpus.bench.ts).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findStatements } from "../src/domain/checks/find-statements";
import { runChecks } from "../src/domain/checks/run-checks";
import { readNumbers } from "../src/domain/numbers/read-numbers";
import type { Conflict, Mention } from "../src/domain/types";

export interface TruthMention {
  text: string;
  occurrence: number;
  value: number;
  upper?: number;
  qualifier: string;
  kind: string;
  unit?: string;
}

export interface TruthStatement {
  type: string;
  roles: Record<string, number[]>;
  holds: boolean;
  severity?: string;
  note?: string;
}

export interface Truth {
  stem: string;
  language: "ru" | "kk";
  mentions: TruthMention[];
  statements: TruthStatement[];
}

interface Span {
  start: number;
  end: number;
}

export interface TextEval {
  stem: string;
  language: "ru" | "kk";
  truthMentions: number;
  right: number;
  valueRight: number;
  spurious: number;
  contradictions: number;
  found: number;
  severityRight: number;
  falseAlarms: number;
  statements: number;
  truthStatements: number;
  statementsCovered: number;
  /** Readable lines about what went wrong, for --verbose. */
  problems: string[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function spanOf(text: string, m: TruthMention): Span | null {
  let at = -1;
  for (let k = 0; k < m.occurrence; k++) {
    at = text.indexOf(m.text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + m.text.length };
}

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function describe(m: { value: number; upper?: number; qualifier: string; kind: string }): string {
  return `${m.value}${m.upper === undefined ? "" : `–${m.upper}`} ${m.qualifier} ${m.kind}`;
}

/** Figure ids of check-text are `<stem>.n<offset>`: the offset of the number in the text. */
function figureSpans(conflictOrIds: string[], byStart: Map<number, Mention>): Span[] {
  return conflictOrIds.flatMap((id) => {
    const start = Number(/\.n(\d+)$/.exec(id)?.[1] ?? NaN);
    const m = byStart.get(start);
    return m ? [{ start: m.start, end: m.end }] : [];
  });
}

/** How many of `spans` fall on one of the statement's numbers. */
function hits(spans: Span[], statement: Span[]): number {
  return spans.filter((s) => statement.some((t) => overlaps(s, t))).length;
}

function matchesStatement(spans: Span[], statement: Span[]): boolean {
  const n = hits(spans, statement);
  return n >= Math.min(2, spans.length) && n > 0;
}

export function evaluateText(text: string, truth: Truth): TextEval {
  const problems: string[] = [];
  const mentions = readNumbers(text);
  const truthSpans = truth.mentions.map((m) => spanOf(text, m));
  let right = 0;
  let valueRight = 0;
  truth.mentions.forEach((t, i) => {
    const span = truthSpans[i];
    if (!span) {
      problems.push(`ground truth: "${t.text}" #${t.occurrence} is not in the text`);
      return;
    }
    const candidates = mentions.filter((m) => overlaps(m, span));
    const best =
      candidates.find((m) => sameValue(m.value, t.value) && m.kind === t.kind) ??
      candidates.find((m) => sameValue(m.value, t.value)) ??
      candidates[0];
    if (!best) {
      problems.push(`mention missed: "${t.text}" #${t.occurrence} (${describe(t)})`);
      return;
    }
    const valueOk =
      sameValue(best.value, t.value) &&
      (t.upper === undefined || (best.upper !== undefined && sameValue(best.upper, t.upper)));
    if (valueOk) valueRight++;
    if (valueOk && best.qualifier === t.qualifier && best.kind === t.kind) right++;
    else
      problems.push(
        `mention wrong: "${t.text}" #${t.occurrence} read "${best.text}" ${describe(best)}, truth ${describe(t)}`,
      );
  });
  const placed = truthSpans.filter((s): s is Span => s !== null);
  const spurious = mentions.filter((m) => !placed.some((s) => overlaps(m, s)));
  for (const m of spurious) problems.push(`mention spurious: "${m.text}" ${describe(m)}`);

  const found = findStatements(text, truth.stem);
  const result = runChecks({ sources: [], ...found });
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const statementSpans = truth.statements.map((s) =>
    Object.values(s.roles)
      .flat()
      .map((i) => truthSpans[i])
      .filter((x): x is Span => x !== null && x !== undefined),
  );
  const broken = truth.statements.map((s, i) => ({ s, spans: statementSpans[i] ?? [] }));
  const conflictSpans = (c: Conflict): Span[] =>
    figureSpans(
      c.figures.map((f) => f.id),
      byStart,
    );
  let foundCount = 0;
  let severityRight = 0;
  for (const { s, spans } of broken) {
    if (s.holds) continue;
    const match = result.conflicts.find((c) => matchesStatement(conflictSpans(c), spans));
    if (!match) {
      problems.push(`contradiction missed: ${s.type} ${JSON.stringify(s.roles)} — ${s.note ?? ""}`);
      continue;
    }
    foundCount++;
    if (match.severity === (s.severity ?? "error")) severityRight++;
    else
      problems.push(
        `severity: ${match.id} is ${match.severity}, truth ${s.severity ?? "error"} — ${s.note ?? ""}`,
      );
  }
  let falseAlarms = 0;
  for (const c of result.conflicts) {
    const spans = conflictSpans(c);
    const real = broken.some(({ s, spans: t }) => !s.holds && matchesStatement(spans, t));
    if (!real) {
      falseAlarms++;
      problems.push(`false alarm: ${c.id} ${c.severity} — ${c.message.en}`);
    }
  }
  let covered = 0;
  statementSpans.forEach((spans, i) => {
    const hit = found.relations.some((r) =>
      matchesStatement(figureSpans(Object.values(r.roles).flat(), byStart), spans),
    );
    if (hit) covered++;
    else {
      const s = truth.statements[i];
      problems.push(
        `statement not tested: ${s?.type} ${JSON.stringify(s?.roles)} holds=${s?.holds} — ${s?.note ?? ""}`,
      );
    }
  });
  return {
    stem: truth.stem,
    language: truth.language,
    truthMentions: truth.mentions.length,
    right,
    valueRight,
    spurious: spurious.length,
    contradictions: truth.statements.filter((s) => !s.holds).length,
    found: foundCount,
    severityRight,
    falseAlarms,
    statements: found.relations.length,
    truthStatements: truth.statements.length,
    statementsCovered: covered,
    problems,
  };
}

export function evaluateCorpus(dir: string): TextEval[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => {
      const stem = f.slice(0, -".json".length);
      if (!files.includes(`${stem}.txt`)) return [];
      const truth = JSON.parse(readFileSync(join(dir, f), "utf8")) as Truth;
      const text = readFileSync(join(dir, `${stem}.txt`), "utf8");
      return [evaluateText(text, { ...truth, stem })];
    });
}

export type Totals = Omit<TextEval, "stem" | "language" | "problems"> & { texts: number };

export function totals(evals: TextEval[]): Totals {
  const t: Totals = {
    texts: evals.length,
    truthMentions: 0,
    right: 0,
    valueRight: 0,
    spurious: 0,
    contradictions: 0,
    found: 0,
    severityRight: 0,
    falseAlarms: 0,
    statements: 0,
    truthStatements: 0,
    statementsCovered: 0,
  };
  for (const e of evals) {
    for (const key of Object.keys(t) as (keyof Totals)[]) {
      if (key !== "texts") t[key] += e[key];
    }
  }
  return t;
}

/** Right mentions over every mention there is to judge: the truth's and the reader's extra ones. */
export function accuracy(t: Totals): { full: number; value: number } {
  const judged = t.truthMentions + t.spurious;
  return {
    full: judged === 0 ? NaN : t.right / judged,
    value: judged === 0 ? NaN : t.valueRight / judged,
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? "—" : `${(x * 100).toFixed(1)}%`);

export function report(evals: TextEval[], verbose: boolean): string {
  const lines: string[] = [];
  const all = totals(evals);
  lines.push(`corpus: ${all.texts} texts, ${all.truthMentions} labelled mentions`);
  for (const lang of ["ru", "kk"] as const) {
    const t = totals(evals.filter((e) => e.language === lang));
    const a = accuracy(t);
    lines.push(
      `  ${lang}: ${t.texts} texts, ${t.truthMentions} mentions: ${pct(a.full)} right in value, qualifier and kind; ${pct(a.value)} in value; ${t.spurious} spurious`,
    );
  }
  lines.push(
    `check-text: contradictions found ${all.found} / ${all.contradictions} (${pct(all.contradictions ? all.found / all.contradictions : NaN)}), missed ${all.contradictions - all.found}, severity right ${all.severityRight}; false alarms ${all.falseAlarms}`,
    `            statements tested ${all.statements}; labelled statements ${all.truthStatements}, of them tested ${all.statementsCovered}`,
  );
  if (verbose) {
    for (const e of evals) {
      if (e.problems.length === 0) continue;
      lines.push("", `${e.stem}:`);
      for (const p of e.problems) lines.push(`  ${p}`);
    }
  }
  return lines.join("\n") + "\n";
}
