// Excel.run options. Every batch waits while the planner is editing a cell (delayForCellEdit,
// ExcelApi 1.9) instead of failing; a whole load is one undo step where the host supports it
// (mergeUndoGroup, ExcelApi 1.20).
import type { Capabilities } from "./capabilities";

/** For the pane's small batches. */
export const waitForCellEdit: Excel.RunOptions = { delayForCellEdit: true };

/** For a load or refresh. */
export function runOptions(caps: Capabilities): Excel.RunOptions {
  return caps.mergeUndoGroup ? { ...waitForCellEdit, mergeUndoGroup: true } : waitForCellEdit;
}
