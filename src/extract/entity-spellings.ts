// A listed person is named as the batch writes them. The gazetteer gives each person one canonical
// spelling ("Sergey Lavrov", "Volodymyr Zelensky"); an outlet that writes "Sergei Lavrov" or
// "Volodymyr Zelenskiy" throughout is naming the same person its own way, and the hand-made gold
// files keep the name as written. A spelling that differs only in its accents keeps the canonical
// ("Recep Tayyip Erdoğan" is Recep Tayyip Erdogan), as do shorter and longer forms ("Tayyip Erdogan").

import type { EntityMention } from '../types.js';
import { tokenKey } from './gazetteer.js';

/**
 * Person name → the spelling the mentions write it in, for the names that no mention writes (accents
 * and full stops aside) and that some mention writes in full with as many words, otherwise spelt.
 * The most written such spelling wins (then the first in code-point order).
 */
export function writtenSpellings(mentions: Iterable<EntityMention>): Map<string, string> {
  const written = new Map<string, Map<string, number>>();
  const spelt = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    if (folded(m.text) === folded(m.name)) spelt.add(m.name);
    else if (isFullVariant(m.text, m.name)) {
      const counts = written.get(m.name) ?? new Map<string, number>();
      counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
      written.set(m.name, counts);
    }
  }
  const preferred = new Map<string, string>();
  for (const [name, counts] of written) {
    if (spelt.has(name)) continue;
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    preferred.set(name, best);
  }
  return preferred;
}

const folded = (name: string) => tokenKey(name).replaceAll('.', '');

/** "Sergei Lavrov" for "Sergey Lavrov": as many words, in mixed case, the last word alike. */
function isFullVariant(text: string, name: string): boolean {
  const words = text.split(/\s+/);
  const canonical = name.split(' ');
  if (words.length !== canonical.length || text === text.toUpperCase()) return false;
  // The surname starts the same way: a respelling, not another name the gazetteer joined.
  return folded(words.at(-1)!).slice(0, 3) === folded(canonical.at(-1)!).slice(0, 3);
}
