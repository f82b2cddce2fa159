// Events off, calculation manual and screen updating suspended while the add-in writes, and the
// planner's settings put back afterwards, also when a write fails.
import type { Capabilities } from "./capabilities";

export interface Suspension {
  /** Queue what must start every write batch; the first one also switches events and calculation off. */
  batchStart(): void;
  /** Queue the restore of the planner's settings (and a recalculation after a good write); false when nothing was suspended. */
  end(recalculate: boolean): boolean;
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
  let begun = false;
  return {
    batchStart() {
      if (!begun && caps.eventsAndCalculationMode) {
        previousMode = app.calculationMode;
        previousEvents = runtime.enableEvents;
        runtime.enableEvents = false;
        app.calculationMode = "Manual";
      }
      begun = true;
      if (caps.suspendCalculation) app.suspendApiCalculationUntilNextSync();
      if (caps.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
    },
    end(recalculate) {
      if (!begun) return false;
      if (caps.eventsAndCalculationMode) {
        app.calculationMode = previousMode;
        runtime.enableEvents = previousEvents;
      }
      if (recalculate && previousMode !== "Manual") app.calculate("Recalculate");
      return true;
    },
  };
}
