// Digest reader throughput on a large generated digest: many articles in every layout variant,
// built by repeating the bundled sample with unique titles, plus a pathological very long line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared.js';
import { readDigest } from '../src/read/digest.js';

const TARGET_BYTES = 50 * 1024 * 1024 * Number(process.env.SITREP_BENCH_SCALE ?? 1);

function buildDigest(): string {
  const sample = readFileSync(join(repoRoot, 'sample', 'digest-2023-09-28.txt'), 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    // Give every copy distinct titles so that nothing downstream could shortcut on repeats.
    const text = sample.replace(/^(.+)\n\n(?=\S)/gm, (line, title: string) =>
      title.startsWith('http') ? line : `${title} (${copy})\n\n`,
    );
    parts.push(text);
    size += text.length;
  }
  return parts.join('\n\n');
}

/** Wall time, and this process's CPU time: on a shared machine the CPU time is the fair measure. */
function time<T>(fn: () => T): { result: T; seconds: number; cpuSeconds: number } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return {
    result,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

export async function bench(): Promise<Record<string, number>> {
  const text = buildDigest();
  const megabytes = Buffer.byteLength(text) / 1e6;
  readDigest(text.slice(0, 1_000_000), 'warmup.txt');
  const run = time(() => readDigest(text, 'generated.txt'));
  const longLine = `Title\n\nReuters\nOct 4 2023\n\n${'word '.repeat(2_000_000)}\n`;
  const pathological = time(() => readDigest(longLine, 'long-line.txt'));
  return {
    inputMB: Math.round(megabytes),
    articles: run.result.articles.length,
    readerMBps: Math.round(megabytes / run.seconds),
    readerCpuMBps: Math.round(megabytes / run.cpuSeconds),
    longLine10MBSeconds: Math.round(pathological.seconds * 1000) / 1000,
  };
}
