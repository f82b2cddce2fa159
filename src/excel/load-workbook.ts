// The pane's Load / Refresh inside Excel: one Excel.run around the refresh writer, which
// creates the tables on the first load and keeps the planner's edits on later ones.
import type { Figure } from "../domain/types";
import type { WorkbookPlan } from "../workbook/plan-types";
import { hostCapabilities, type Capabilities } from "./capabilities";
import { refresh, type RefreshReport } from "./refresh";
import { runOptions } from "./run-options";

export function loadIntoWorkbook(
  plan: WorkbookPlan,
  figures: Figure[],
  caps: Capabilities = hostCapabilities(),
): Promise<RefreshReport> {
  return Excel.run(runOptions(caps), (context) =>
    refresh(context, plan, { capabilities: caps, figures }),
  );
}
