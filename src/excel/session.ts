// One write session: the caller queues its reads, syncs once, then writes through payload-sized
// batches. When a write fails, the undo steps the writer registered take out what this write
// added (Office.js batches are not transactional: the operations before the failing one stay
// applied); then events and calculation are restored, each step in its own sync and retried,
// with the write's own error kept.
import { createBatcher, type Batcher } from "./batch";
import type { Capabilities } from "./capabilities";
import { prepareSuspension } from "./suspend";

export interface SessionCounts {
  /** Syncs made by write(): the batches, any undo, the restore. */
  syncs: number;
  batches: number;
  payloadBytes: number;
}

/** Undo of one part of the write: reads what it needs, queues its operations (the session syncs). */
export type UndoStep = () => Promise<void> | void;

export interface Session {
  write(
    body: (batcher: Batcher, onFailure: (undo: UndoStep) => void) => Promise<void>,
  ): Promise<SessionCounts>;
}

/** Tries of each restore step: a sync can fail once (a planner editing a cell), the setting must come back. */
const RESTORE_TRIES = 3;

/** Queues the loads the session needs: call before the caller's first read sync. */
export function openSession(
  context: Excel.RequestContext,
  caps: Capabilities,
  maxBytes: number,
): Session {
  const suspension = prepareSuspension(context, caps);
  return {
    async write(body) {
      const batcher = createBatcher(context, maxBytes, (afterFull) =>
        suspension.batchStart(afterFull),
      );
      const undo: UndoStep[] = [];
      let ok = false;
      let extra = 0;
      const sync = async (): Promise<void> => {
        extra += 1;
        await context.sync();
      };
      try {
        await body(batcher, (step) => undo.push(step));
        await batcher.flush();
        ok = true;
      } catch (error) {
        // Take out what this write added, newest first; a step that fails leaves the others.
        for (const step of undo.reverse()) {
          try {
            await step();
            await sync();
          } catch {
            // Its part was never written (the failure came first), or cannot be taken out.
          }
        }
        throw error;
      } finally {
        let restoreError: unknown;
        for (const step of suspension.end(ok)) {
          for (let attempt = 1; attempt <= RESTORE_TRIES; attempt++) {
            try {
              step();
              await sync();
              restoreError = undefined;
              break;
            } catch (error) {
              restoreError = error;
            }
          }
        }
        // After a failed write, report that failure, not the restore's.
        if (ok && restoreError !== undefined) throw restoreError;
      }
      return {
        syncs: batcher.syncs + extra,
        batches: batcher.batches,
        payloadBytes: batcher.bytes,
      };
    },
  };
}
