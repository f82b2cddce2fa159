// The pane's actions inside Excel, built on src/excel (the only code that touches Office.js).
// The workbook plan of the last load tells where the Figures table and its columns are.
import { runChecks } from "../../domain/checks/run-checks";
import { withAdded, type AddedSource } from "../../domain/propose/added-sources";
import { translate, type UiLanguage } from "../../i18n/index";
import { noteReason, setFigureValue, snipToSelectedRow } from "../../excel/edit-figures";
import { hostCapabilities } from "../../excel/capabilities";
import { loadIntoWorkbook } from "../../excel/load-workbook";
import { writeReportSheet } from "../../excel/report-sheet";
import { figuresTableOf, selectFigures, type FiguresTableRef } from "../../excel/select-cells";
import { readFigureValues, watchTable } from "../../excel/watch-changes";
import { readAddedSources } from "../../excel/stored-state";
import { buildPlan, stateNamespace } from "../../workbook/plan";
import type { PaneData } from "./load-types";
import type { ExcelActions } from "./pane-services";

export function createExcelActions(
  language: () => UiLanguage,
  now: () => Date = () => new Date(),
): ExcelActions {
  let ref: FiguresTableRef | null = null;
  let written: PaneData | null = null;
  const figuresTable = (): FiguresTableRef => {
    if (!ref) throw new Error(translate(language(), "load.first"));
    return ref;
  };

  const write = async (data: PaneData, signal: AbortSignal): Promise<void> => {
    const plan = buildPlan({
      sources: data.sources,
      figures: data.figures,
      relations: data.relations,
      checks: data.check,
      indicators: data.indicators,
      added: data.added,
      language: language(),
      loadedAt: now().toISOString(),
    });
    // The last point where Cancel leaves the workbook untouched.
    signal.throwIfAborted();
    ref = figuresTableOf(plan);
    await loadIntoWorkbook(plan, data.figures);
    written = data;
  };

  return {
    write,
    selectFigures: async (ids) => {
      await selectFigures(figuresTable(), ids, hostCapabilities());
    },
    setValue: async (id, value) => setFigureValue(figuresTable(), id, value),
    keepWithReason: async (id, reason) =>
      noteReason(figuresTable(), id, reason, hostCapabilities()),
    snipToSelection: async (snip) => snipToSelectedRow(figuresTable(), snip),
    addSource: async (source: AddedSource) => {
      if (!written) throw new Error(translate(language(), "load.first"));
      // The workbook keeps the text in its state, so every later load joins it to the seeds;
      // a refresh with its rows appended keeps every planner edit (src/excel/refresh.ts).
      const joined = withAdded({ ...written, indicators: written.indicators ?? [] }, [source]);
      const added = [...(written.added ?? []), source];
      await write({ ...joined, added, check: runChecks(joined) }, new AbortController().signal);
    },
    readAdded: async () => readAddedSources(stateNamespace, hostCapabilities()),
    watchFigures: async (onChange) => watchTable(figuresTable().name, onChange),
    readValues: async () => readFigureValues(figuresTable()),
    writeReport: async (rows, sheetName) => writeReportSheet(sheetName, rows),
  };
}
