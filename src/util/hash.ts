import { createHash } from 'node:crypto';

/** A short, stable id: prefix + the first 12 hex digits of SHA-1 over the parts. */
export function stableId(prefix: string, ...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return `${prefix}_${hash.digest('hex').slice(0, 12)}`;
}
