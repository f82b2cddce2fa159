// One write session: the caller queues its reads, syncs once, then writes through payload-sized
// batches; events and calculation are restored in a finally, with the write's own error kept.
import { createBatcher, type Batcher } from "./batch";
import type { Capabilities } from "./capabilities";
import { prepareSuspension } from "./suspend";

export interface SessionCounts {
  /** Syncs made by write(): the batches plus the restore. */
  syncs: number;
  batches: number;
  payloadBytes: number;
}

export interface Session {
  write(body: (batcher: Batcher) => Promise<void>): Promise<SessionCounts>;
}

/** Queues the loads the session needs: call before the caller's first read sync. */
export function openSession(
  context: Excel.RequestContext,
  caps: Capabilities,
  maxBytes: number,
): Session {
  const suspension = prepareSuspension(context, caps);
  return {
    async write(body) {
      const batcher = createBatcher(context, maxBytes, () => suspension.batchStart());
      let ok = false;
      let restoreSyncs = 0;
      try {
        await body(batcher);
        await batcher.flush();
        ok = true;
      } finally {
        if (suspension.end(ok)) {
          restoreSyncs = 1;
          try {
            await context.sync();
          } catch (error) {
            // After a failed write, report that failure, not the restore's.
            if (ok) throw error;
          }
        }
      }
      return {
        syncs: batcher.syncs + restoreSyncs,
        batches: batcher.batches,
        payloadBytes: batcher.bytes,
      };
    },
  };
}
