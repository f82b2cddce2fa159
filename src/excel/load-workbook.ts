// The pane's Load / Refresh inside Excel: one Excel.run around the refresh writer, which
// creates the tables on the first load and keeps the planner's edits on later ones. The batch
// waits while the planner is editing a cell (delayForCellEdit) instead of failing, and the whole
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

export function loadIntoWorkbook(
  plan: WorkbookPlan,
  figures: Figure[],
  caps: Capabilities = hostCapabilities(),
): Promise<RefreshReport> {
  return Excel.run(runOptions(caps), (context) =>
    refresh(context, plan, { capabilities: caps, figures }),
  );
}

export function excelCapabilities(): Capabilities {
  return hostCapabilities();
}
