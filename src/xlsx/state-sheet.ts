// The add-in state in a very hidden sheet "_sanaq_state": A1 the namespace, A2.. the state JSON
// in chunks below Excel's 32 767-character cell limit. Used because ExcelJS cannot write a
// custom XML part.
import type ExcelJS from "exceljs";
import type { WorkbookPlan, WorkbookState } from "../workbook/plan-types";

export const stateSheetName = "_sanaq_state";
const chunk = 30_000;

export function writeState(wb: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const ws = wb.addWorksheet(stateSheetName, { state: "veryHidden" });
  ws.getCell("A1").value = plan.stateNamespace;
  const json = JSON.stringify(plan.state);
  for (let i = 0, row = 2; i < json.length; i += chunk, row += 1) {
    ws.getCell(`A${row}`).value = json.slice(i, i + chunk);
  }
}

/** The state written by writeState, or null when the workbook has none. */
export function readState(wb: ExcelJS.Workbook): WorkbookState | null {
  const ws = wb.getWorksheet(stateSheetName);
  if (!ws) return null;
  let json = "";
  for (let row = 2; row <= ws.rowCount; row += 1) {
    const v = ws.getCell(`A${row}`).value;
    if (typeof v === "string") json += v;
  }
  return json === "" ? null : (JSON.parse(json) as WorkbookState);
}
