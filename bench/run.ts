// `npm run bench`: runs each benchmark module and writes bench/results.json, quoted in the README.
// Timings live here, never in unit tests. SITREP_BENCH_SCALE (default 1) scales the generated inputs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared.js';
import { calibrationMs } from './calibrate.js';

type Numbers = Record<string, number | string>;
interface Benchmark {
  name: string;
  /** The bench file's stem, which also selects it: `npm run bench dedup-stories`. */
  file: string;
  load: () => Promise<{ bench: () => Promise<Numbers> }>;
}

const benchmarks: Benchmark[] = [
  { name: 'digest reader', file: 'reader', load: () => import('./reader.bench.js') },
  { name: 'dedup and stories', file: 'dedup-stories', load: () => import('./dedup-stories.bench.js') },
  {
    name: 'extract figures and dates',
    file: 'extract-figures-dates',
    load: () => import('./extract-figures-dates.bench.js'),
  },
  { name: 'extract stage', file: 'extract', load: () => import('./extract.bench.js') },
  { name: 'watch soak', file: 'watch', load: () => import('./watch.bench.js') },
  { name: 'report', file: 'report', load: () => import('./report.bench.js') },
  { name: 'http server', file: 'server', load: () => import('./server.bench.js') },
  { name: 'store', file: 'store', load: () => import('./store.bench.js') },
];

const only = process.argv[2];
const results: Record<string, Numbers> = {};
const calibrationBefore = calibrationMs();
for (const benchmark of benchmarks) {
  if (only && !benchmark.name.includes(only) && benchmark.file !== only) continue;
  process.stdout.write(`\n== ${benchmark.name} ==\n`);
  try {
    const module = await benchmark.load();
    const numbers = await module.bench();
    results[benchmark.name] = numbers;
    for (const [key, value] of Object.entries(numbers)) process.stdout.write(`  ${key}: ${value}\n`);
  } catch (error) {
    // One broken benchmark must not hide the others' numbers; the run still fails at the end.
    const message = error instanceof Error ? error.message : String(error);
    results[benchmark.name] = { error: message };
    process.stdout.write(`  failed: ${message}\n`);
    process.exitCode = 1;
  }
}
results.machine = {
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  date: new Date().toISOString(),
  // The same fixed workload's time before and after the run (see calibrate.ts): numbers of two runs
  // compare in proportion to these.
  calibrationMsBefore: calibrationBefore,
  calibrationMsAfter: calibrationMs(),
};
const out = join(repoRoot, 'bench', only ? `results-${only.replace(/\W+/g, '-')}.json` : 'results.json');
// Numbers measured once by hand at a larger scale (e.g. "store at 1M articles") stay in the file.
if (!only && existsSync(out)) {
  const previous = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Numbers>;
  for (const [key, numbers] of Object.entries(previous)) if (!(key in results)) results[key] = numbers;
}
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nnumbers written to ${out}\n`);
