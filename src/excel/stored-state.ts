// The add-in state a workbook carries (the custom XML part refresh writes): read back so the
// texts a planner added from the pane join the seeds on every load.
import type { AddedSource } from "../domain/propose/added-sources";
import type { WorkbookState } from "../workbook/plan-types";
import { parseStateXml } from "../workbook/state-xml";
import type { Capabilities } from "./capabilities";
import { runOptions } from "./run-options";

/** The stored state, or undefined in a workbook Sanaq has not written. Two syncs. */
export async function readStoredState(
  context: Excel.RequestContext,
  namespace: string,
): Promise<WorkbookState | undefined> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace).load("items/id");
  await context.sync();
  const first = parts.items[0];
  if (!first) return undefined;
  const xml = first.getXml();
  await context.sync();
  return parseStateXml(xml.value);
}

/** The texts added from the pane that this workbook keeps; none below ExcelApi 1.5. */
export async function readAddedSources(
  namespace: string,
  caps: Capabilities,
): Promise<AddedSource[]> {
  if (!caps.customXmlParts) return [];
  return Excel.run(runOptions(caps), async (context) => {
    const state = await readStoredState(context, namespace);
    return state?.added ?? [];
  });
}
