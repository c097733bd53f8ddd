// The watch soak as a bench module: a short run by default, the full 10,000 polls when
// SITREP_BENCH_SCALE is set to 1 or more (scaled by it).
import { runSoak } from './watch-soak.js';

export async function bench(): Promise<Record<string, number | string>> {
  const scale = process.env.SITREP_BENCH_SCALE ? Number(process.env.SITREP_BENCH_SCALE) : 0;
  const polls = scale >= 1 ? Math.round(10_000 * scale) : 400;
  const result = await runSoak(polls);
  return { ...result, noDoubleFetch: result.pagesFetchedTwice === 0 ? 'yes' : 'NO' };
}
