import * as crypto from 'node:crypto';

/**
 * Node's one-shot digest (Node 20.12 and later): a third of createHash's time on an id's few
 * hundred bytes, and two fifths on a short name, since it makes no Hash object and no stream state.
 * The same SHA-1 over the same bytes, so the same ids; older Node versions use createHash.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** A short, stable id: prefix + the first 12 hex digits of SHA-1 over the parts. */
export function stableId(prefix: string, ...parts: (string | null | undefined)[]): string {
  if (!oneShot) return slowStableId(prefix, parts);
  // Each part followed by a NUL, as slowStableId feeds them: one string, one digest.
  let joined = '';
  for (const part of parts) joined += `${part ?? ''}\u0000`;
  return `${prefix}_${oneShot('sha1', joined, 'hex').slice(0, 12)}`;
}

function slowStableId(prefix: string, parts: (string | null | undefined)[]): string {
  const hash = crypto.createHash('sha1');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return `${prefix}_${hash.digest('hex').slice(0, 12)}`;
}
