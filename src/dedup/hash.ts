// Cheap 32-bit hashes for shingles and signatures. Not cryptographic: every candidate they produce is
// verified exactly, so a collision costs time, never a wrong answer.

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive combination of two hashes (for shingles of several words). */
export function combine(h: number, next: number): number {
  return mix32(Math.imul(h ^ 0x9e3779b9, 31) + next);
}
