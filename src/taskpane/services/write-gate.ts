// Tells the add-in's own writes apart from a planner's edits: change events that arrive while
// the add-in writes, or shortly after (Excel delivers them after the sync), are ignored.

export interface WriteGate {
  /** Runs one of the add-in's own writes; change events are ignored meanwhile. */
  run<T>(write: () => Promise<T>): Promise<T>;
  /** True while a write runs or its events may still arrive. */
  isOwnWrite(): boolean;
}

export function createWriteGate(settleMs = 500, now: () => number = Date.now): WriteGate {
  let running = 0;
  let quietUntil = 0;
  return {
    async run(write) {
      running += 1;
      try {
        return await write();
      } finally {
        running -= 1;
        quietUntil = now() + settleMs;
      }
    },
    isOwnWrite: () => running > 0 || now() < quietUntil,
  };
}

/**
 * A worksheet change handler: planner edits call onEdit once per burst (debounced, since a
 * paste fires one event per area); the add-in's own writes are ignored.
 */
export function createChangeHandler(
  gate: WriteGate,
  onEdit: () => void,
  debounceMs = 250,
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (gate.isOwnWrite()) return;
    // Called as plain functions: a browser throws "Illegal invocation" for setTimeout
    // called as a method of another object.
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      // An own write may have started since the event; its result is what it writes anyway.
      if (!gate.isOwnWrite()) onEdit();
    }, debounceMs);
  };
}
