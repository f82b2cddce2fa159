/** The fastest of `runs` calls, in ms: other processes on a shared machine only ever add time. */
export function fastestMs(work: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
