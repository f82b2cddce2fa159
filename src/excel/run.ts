// Entry points for the task pane: one Excel.run per load or refresh. The batch waits while the
// planner is editing a cell (delayForCellEdit, ExcelApi 1.9) instead of failing, and the whole
// load is one undo step where the host supports it (mergeUndoGroup, ExcelApi 1.20).
import type { Figure } from "../domain/types";
import type { WorkbookPlan } from "../workbook/plan-types";
import { hostCapabilities, type Capabilities } from "./capabilities";
import { refresh, type RefreshReport } from "./refresh";

export function runOptions(caps: Capabilities): Excel.RunOptions {
  return caps.mergeUndoGroup
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
}

/**
 * Loads the plan into the open workbook: a first load writes every sheet; later ones refresh
 * and keep the planner's edits, rows and columns (see refresh.ts).
 */
export function loadIntoWorkbook(
  plan: WorkbookPlan,
  figures: Figure[],
  caps: Capabilities = hostCapabilities(),
): Promise<RefreshReport> {
  return Excel.run(runOptions(caps), (context) =>
    refresh(context, plan, { capabilities: caps, figures }),
  );
}
