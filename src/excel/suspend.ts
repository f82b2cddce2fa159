// Events off and calculation and screen updating suspended while the add-in writes, and the
// planner's settings put back afterwards, also when a write fails.
//
// Application.calculationMode is application-wide: Manual left behind would stop every open
// workbook from calculating. So a write that fits one request never touches it
// (suspendApiCalculationUntilNextSync, ExcelApi 1.6, covers each batch); only a write too big
// for one request switches it to Manual between its batches, and the restore puts it back first, alone in its
// own sync, retried, before anything else.
import type { Capabilities } from "./capabilities";

/** One restore step: queue its operations; the session syncs each step on its own. */
export type RestoreStep = () => void;

export interface Suspension {
  /** Queue what must start every write batch; the first also switches events off, one after a full batch calculation to Manual. */
  batchStart(afterFull: boolean): void;
  /** The restore of the planner's settings (calculation first), and a recalculation after a good write; empty when nothing was suspended. */
  end(recalculate: boolean): RestoreStep[];
}

/** Queues loads of the current settings; they are read after the caller's first sync. */
export function prepareSuspension(context: Excel.RequestContext, caps: Capabilities): Suspension {
  const app = context.workbook.application;
  const runtime = context.runtime;
  if (caps.eventsAndCalculationMode) {
    app.load("calculationMode");
    runtime.load("enableEvents");
  }
  let previousMode: Excel.Application["calculationMode"] = "Automatic";
  let previousEvents = true;
  let batches = 0;
  let manual = false;
  return {
    batchStart(afterFull) {
      batches += 1;
      if (batches === 1 && caps.eventsAndCalculationMode) {
        previousMode = app.calculationMode;
        previousEvents = runtime.enableEvents;
        runtime.enableEvents = false;
      }
      if (afterFull && !manual && caps.eventsAndCalculationMode && previousMode !== "Manual") {
        app.calculationMode = "Manual";
        manual = true;
      }
      if (caps.suspendCalculation) app.suspendApiCalculationUntilNextSync();
      if (caps.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
    },
    end(recalculate) {
      if (batches === 0) return [];
      const steps: RestoreStep[] = [];
      if (manual) steps.push(() => (app.calculationMode = previousMode));
      if (caps.eventsAndCalculationMode) steps.push(() => (runtime.enableEvents = previousEvents));
      if (recalculate && manual) steps.push(() => app.calculate("Recalculate"));
      return steps;
    },
  };
}
