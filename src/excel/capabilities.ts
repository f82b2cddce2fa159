// Which ExcelApi requirement sets the host supports. The core writer needs ExcelApi 1.9 at most;
// notes and selecting separate rows (1.18) and one undo step for a whole load (RunOptions.mergeUndoGroup, 1.20) are used only
// where present.

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface Capabilities {
  /** ExcelApi 1.5: custom XML parts (add-in state), Runtime. */
  customXmlParts: boolean;
  /** ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync, custom conditional formats. */
  suspendCalculation: boolean;
  /** ExcelApi 1.7: worksheet freeze panes and tab colour. */
  freezePanes: boolean;
  /** ExcelApi 1.8: Runtime.enableEvents and setting Application.calculationMode. */
  eventsAndCalculationMode: boolean;
  /** ExcelApi 1.9: Application.suspendScreenUpdatingUntilNextSync, RunOptions.delayForCellEdit. */
  suspendScreenUpdating: boolean;
  /** ExcelApi 1.18: Workbook.notes (a note with the source quote on an edited cell). */
  notes: boolean;
  /** ExcelApi 1.18: RangeAreas.select (select several separate rows at once). */
  selectAreas: boolean;
  /** ExcelApi 1.20: RunOptions.mergeUndoGroup (the whole load is one undo step). */
  mergeUndoGroup: boolean;
}

const requirement: Record<keyof Capabilities, string> = {
  customXmlParts: "1.5",
  suspendCalculation: "1.6",
  freezePanes: "1.7",
  eventsAndCalculationMode: "1.8",
  suspendScreenUpdating: "1.9",
  notes: "1.18",
  selectAreas: "1.18",
  mergeUndoGroup: "1.20",
};

/** The lowest ExcelApi version the core needs; below it the add-in refuses to write. */
export const coreRequirement = "1.9";

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const out = {} as Capabilities;
  for (const [name, version] of Object.entries(requirement) as [keyof Capabilities, string][]) {
    out[name] = isSetSupported("ExcelApi", version);
  }
  return out;
}

/** Capabilities of the running Office host. */
export function hostCapabilities(): Capabilities {
  return detectCapabilities((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
}

/** Every capability on: a host with ExcelApi 1.20. */
export const allCapabilities: Capabilities = detectCapabilities(() => true);

/** A host that supports ExcelApi up to 1.<minor>. */
export function capabilitiesUpTo(minor: number): Capabilities {
  return detectCapabilities((_name, version) => Number(version.split(".")[1]) <= minor);
}
