// Locates ../shared (the read-only reference folder) so that evals and tests skip when it is absent.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder, or null when this checkout has none beside it. `$SITREP_SHARED` overrides. */
export function sharedDir(): string | null {
  const candidates = [process.env.SITREP_SHARED, join(repoRoot, '..', 'shared')].filter(Boolean) as string[];
  return (
    candidates.find((dir) => existsSync(join(dir, 'DESIGN.md')) || existsSync(join(dir, 'corpus'))) ?? null
  );
}

/** A path inside shared/, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const path = join(dir, ...parts);
  return existsSync(path) ? path : null;
}

/** The hand-written digests that have a gold file beside them: [digest path, gold path]. */
export function handWrittenGold(): [string, string][] {
  const root = join(repoRoot, 'eval', 'digests');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(root, entry.name))
        .filter((file) => file.endsWith('.gold.json'))
        .map((file): [string, string] => [
          join(root, entry.name, file.replace(/\.gold\.json$/, '.txt')),
          join(root, entry.name, file),
        ]),
    )
    .filter(([digest]) => existsSync(digest))
    .sort(([a], [b]) => a.localeCompare(b));
}

export { repoRoot };
