// A fixed single-thread workload timed before and after the benchmarks: the machine's own speed,
// which varies from one machine (or one hour of a shared one) to the next by a factor of two or
// more. Two runs' numbers compare in proportion to their calibration times, not as they stand.

/** Milliseconds of the workload: the median of three runs. */
export function calibrationMs(): number {
  const runs = [workloadMs(), workloadMs(), workloadMs()].sort((a, b) => a - b);
  return Math.round(runs[1]!);
}

/**
 * What the pipeline spends its time on, in small: building and probing a string-keyed map (terms,
 * ids) and integer arithmetic over a typed array (hashes, shingles).
 */
function workloadMs(): number {
  const started = performance.now();
  const map = new Map<string, number>();
  for (let i = 0; i < 200_000; i++) map.set(`term${i % 50_000}:${i & 7}`, i);
  let sum = 0;
  for (let i = 0; i < 200_000; i++) sum += map.get(`term${i % 50_000}:${i & 7}`) ?? 0;
  const hashes = new Uint32Array(1 << 16);
  let h = 2166136261;
  for (let i = 0; i < 20_000_000; i++) {
    h = Math.imul(h ^ i, 16777619) >>> 0;
    hashes[h & 0xffff] = (hashes[h & 0xffff]! + 1) >>> 0;
  }
  if (sum < 0 || hashes[0] === 0.5) throw new Error('unreachable: keeps the work from being optimised away');
  return performance.now() - started;
}
