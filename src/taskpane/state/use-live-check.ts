// Keeps the conflicts in step with the grid: after a planner's edit in Figures (not the
// add-in's own writes), re-reads the values and re-runs the checks.
import { useCallback, useEffect, useState } from "react";
import type { CheckResult, Figure } from "../../domain/types";
import { applyEdits, editsOf } from "../services/apply-edits";
import type { LoadDeps, PaneData } from "../services/load-types";
import type { DomainServices, ExcelActions } from "../services/pane-services";
import { createChangeHandler, type WriteGate } from "../services/write-gate";

export interface LiveCheck {
  figures: Figure[];
  check: CheckResult | null;
  live: boolean;
  /** Re-reads the grid and re-checks (after the add-in's own edits, which the watch ignores). */
  refresh: () => Promise<void>;
}

export function useLiveCheck(
  data: PaneData | null,
  excel: ExcelActions | undefined,
  gate: WriteGate,
  runChecks: LoadDeps["runChecks"],
  checkEdits: DomainServices["checkEdits"],
): LiveCheck {
  const [figures, setFigures] = useState<Figure[]>(data?.figures ?? []);
  const [check, setCheck] = useState<CheckResult | null>(data?.check ?? null);
  const [live, setLive] = useState(false);

  useEffect(() => {
    setFigures(data?.figures ?? []);
    setCheck(data?.check ?? null);
  }, [data]);

  const refresh = useCallback(async () => {
    if (!data || !excel) return;
    const values = await excel.readValues();
    const edited = applyEdits(data.figures, values);
    setFigures(edited);
    const check = runChecks({ sources: data.sources, figures: edited, relations: data.relations });
    // Relations judged on the planner's values, plus each edit its quote does not allow.
    const sourceConflicts = checkEdits(data.figures, editsOf(data.figures, values));
    setCheck({ ...check, conflicts: [...check.conflicts, ...sourceConflicts] });
  }, [data, excel, runChecks, checkEdits]);

  useEffect(() => {
    if (!data || !excel) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const onChange = createChangeHandler(gate, () => void refresh());
    excel.watchFigures(onChange).then(
      (s) => {
        if (cancelled) void s();
        else {
          stop = s;
          setLive(true);
        }
      },
      // Without the watch the list still follows the pane's own actions; nothing to show.
      () => setLive(false),
    );
    return () => {
      cancelled = true;
      setLive(false);
      if (stop) void stop();
    };
  }, [data, excel, gate, refresh]);

  return { figures, check, live, refresh };
}
