// The Load / Refresh state: one run at a time, cancellable, with its progress and outcome.
import { useCallback, useRef, useState } from "react";
import type { LoadDeps, LoadOutcome, LoadProgress } from "../services/load-types";

export interface LoadState {
  running: boolean;
  progress: LoadProgress | null;
  outcome: LoadOutcome | null;
  start: () => Promise<LoadOutcome>;
  cancel: () => void;
}

export function useLoad(deps: LoadDeps): LoadState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setRunning(true);
    setOutcome(null);
    setProgress({ step: "fetch", fraction: 0 });
    // The flow (and papaparse) comes with the domain chunk, not the first bundle.
    const { runLoad } = await import(/* webpackChunkName: "domain" */ "../services/load-flow");
    const result = await runLoad(deps, own.signal, (p) => {
      if (controller.current === own) setProgress(p);
    });
    if (controller.current === own) {
      controller.current = null;
      setRunning(false);
      setOutcome(result);
    }
    return result;
  }, [deps]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { running, progress, outcome, start, cancel };
}
