// A proposal as rows of the seed files, appended to their current text (the curated rows stay
// byte for byte), and checked by the loader itself: a figure the loader would refuse (its
// sentence read alone gives another number) is turned into a skipped row for the planner,
// so what `sanaq add` writes always loads.
import Papa from "papaparse";
import { checkCoverage, readSkipped, SKIPPED_COLUMNS } from "../load/coverage";
import { FIGURE_COLUMNS } from "../load/figures";
import { INDICATOR_COLUMNS } from "../load/indicators";
import { loadSeeds, SEED_FILE_NAMES } from "../load/load-seeds";
import { RELATION_COLUMNS, rolesCell } from "../load/relations";
import { SOURCE_COLUMNS } from "../load/sources";
import type { LoadError, SeedFiles } from "../load/types";
import { readNumbers } from "../numbers/read-numbers";
import type { Figure } from "../types";
import { skipRow, type SourceProposal } from "./propose-source";

export interface SeedTexts extends SeedFiles {
  skippedCsv: string;
}

export type AddedSeeds =
  { ok: true; files: SeedTexts; proposal: SourceProposal } | { ok: false; errors: LoadError[] };

function appendRows(csv: string, columns: string[], rows: Record<string, string>[]): string {
  if (rows.length === 0) return csv;
  const body = Papa.unparse(
    rows.map((r) => columns.map((c) => r[c] ?? "")),
    { newline: "\n" },
  );
  const head = csv.trim() === "" ? `${columns.join(",")}\n` : csv.endsWith("\n") ? csv : `${csv}\n`;
  return `${head}${body}\n`;
}

function figureRow(f: Figure): Record<string, string> {
  return {
    id: f.id,
    source: f.source,
    region: f.region,
    indicator: f.indicator,
    value: String(f.value),
    unit: f.unit,
    qualifier: f.qualifier,
    upper: f.upper === undefined ? "" : String(f.upper),
    as_of: f.asOf,
    quote: f.quote,
  };
}

function rowsOf(files: SeedTexts, p: SourceProposal): SeedTexts {
  const s = p.source;
  return {
    ...files,
    texts: { ...files.texts, [s.file]: s.text },
    sourcesCsv: appendRows(files.sourcesCsv, SOURCE_COLUMNS, [
      {
        id: s.id,
        file: s.file,
        title: s.title,
        language: s.language,
        published: s.published,
        region: s.region,
        publisher: s.publisher,
      },
    ]),
    figuresCsv: appendRows(files.figuresCsv, FIGURE_COLUMNS, p.figures.map(figureRow)),
    relationsCsv: appendRows(
      files.relationsCsv,
      RELATION_COLUMNS,
      p.relations.map((r) => ({
        id: r.id,
        type: r.type,
        label: r.label,
        // A text's own relation is labelled with its words, in the text's language.
        ru: r.labels?.ru ?? r.label,
        kk: r.labels?.kk ?? r.label,
        roles: rolesCell(r),
        deadline: r.deadline ?? "",
      })),
    ),
    indicatorsCsv: appendRows(
      files.indicatorsCsv ?? "",
      INDICATOR_COLUMNS,
      p.indicators.map((i) => ({
        key: i.key,
        unit: i.unit,
        kind: i.kind,
        en: i.label.en,
        ru: i.label.ru,
        kk: i.label.kk,
        description: i.description,
      })),
    ),
    skippedCsv: appendRows(
      files.skippedCsv,
      SKIPPED_COLUMNS,
      p.skipped.map((k) => ({ ...k, occurrence: String(k.occurrence) })),
    ),
  };
}

const CHECK_BY_HAND = "the reader reads this sentence alone differently: file it by hand";

/**
 * The seed files with the proposal added, valid for the loader and complete for the coverage
 * rule; figures the loader refuses become skipped rows (and their relations are dropped).
 */
export function addToSeeds(files: SeedTexts, proposal: SourceProposal): AddedSeeds {
  // The new rows alone first: their row numbers are then exactly their index (no curated rows,
  // no multi-line cells), so a refused figure is known by its row.
  const alone: SeedTexts = {
    sourcesCsv: "",
    figuresCsv: "",
    relationsCsv: "",
    skippedCsv: "",
    indicatorsCsv: files.indicatorsCsv ?? "",
    texts: {},
  };
  let p: SourceProposal = { ...proposal, relations: [] };
  const first = loadSeeds(rowsOf(alone, p));
  if (!first.ok) {
    const bad = new Set<string>();
    for (const e of first.errors) {
      const f = e.file === SEED_FILE_NAMES.figures ? p.figures[e.row - 2] : undefined;
      if (!f) return { ok: false, errors: first.errors };
      bad.add(f.id);
    }
    p = withoutFigures(proposal, bad);
  } else p = proposal;

  const out = rowsOf(files, p);
  const loaded = loadSeeds(out);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const sourceIds = new Set(loaded.sources.map((s) => s.id));
  const read = readSkipped(SEED_FILE_NAMES.skipped, out.skippedCsv, sourceIds);
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const own = loaded.sources.filter((s) => s.id === p.source.id);
  const coverage = checkCoverage(own, loaded.figures, read.skipped, readNumbers);
  if (coverage.uncovered.length === 0) return { ok: true, files: out, proposal: p };
  // Numbers the reader finds only in the whole text (not in a figure's sentence): skipped.
  const extra = coverage.uncovered.map(({ mention }) =>
    skipRow(p.source.text, p.source.id, mention, CHECK_BY_HAND),
  );
  p = { ...p, skipped: [...p.skipped, ...extra] };
  const again = rowsOf(files, p);
  const reloaded = loadSeeds(again);
  if (!reloaded.ok) return { ok: false, errors: reloaded.errors };
  return { ok: true, files: again, proposal: p };
}

function withoutFigures(p: SourceProposal, bad: Set<string>): SourceProposal {
  const gone = p.figures.filter((f) => bad.has(f.id));
  return {
    ...p,
    figures: p.figures.filter((f) => !bad.has(f.id)),
    relations: p.relations.filter(
      (r) => !Object.values(r.roles).some((ids) => ids.some((id) => bad.has(id))),
    ),
    skipped: [
      ...p.skipped,
      ...gone.map((f) => skipRow(p.source.text, p.source.id, f.proposal.mention, CHECK_BY_HAND)),
    ],
  };
}
