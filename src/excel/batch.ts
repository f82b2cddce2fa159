// Groups queued Office.js operations into as few context.sync() calls as the payload limit
// allows: a sync happens only when the next block would push the batch over maxBytes.

/** Per queued action, the object path and action ids around its arguments. */
export const opOverheadBytes = 64;

export interface Batcher {
  /** Queue one block of about `bytes` payload; syncs the batch first when it would overflow. */
  add(bytes: number, queue: () => void): Promise<void>;
  /** Send what is queued (if anything). */
  flush(): Promise<void>;
  readonly syncs: number;
  readonly batches: number;
  readonly bytes: number;
}

export function createBatcher(
  context: Excel.RequestContext,
  maxBytes: number,
  /**
   * Called before the first block of every batch (suspensions last until the next sync);
   * `afterFull` when the batch before it was sent because it was full, not flushed.
   */
  onBatchStart: (afterFull: boolean) => void,
): Batcher {
  let pending = 0;
  let open = false;
  let syncs = 0;
  let batches = 0;
  let total = 0;
  const flush = async (): Promise<void> => {
    if (!open) return;
    open = false;
    pending = 0;
    syncs += 1;
    await context.sync();
  };
  return {
    async add(bytes, queue) {
      const size = bytes + opOverheadBytes;
      const overflow = open && pending + size > maxBytes;
      if (overflow) await flush();
      if (!open) {
        open = true;
        batches += 1;
        onBatchStart(overflow);
      }
      queue();
      pending += size;
      total += size;
    },
    flush,
    get syncs() {
      return syncs;
    },
    get batches() {
      return batches;
    },
    get bytes() {
      return total;
    },
  };
}
