// Amounts in two units: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "C$100 and
// fifty". The minor part is hundredths of the major unit; it is read only when it plainly ends the
// amount (a minor unit word, or punctuation), so "$5 and 20 trucks" stays two figures.

import { readNumberAt } from '../numbers.js';

const JOIN = /[ \u00a0]+(?:and[ \u00a0]+)?(?=[a-z0-9])/iy;
const MINOR_UNIT = /[ \u00a0-]*(?:cents?|pence|penny|kopecks?|luma|qəpik)\b/iy;
const AMOUNT_ENDS = /[ \u00a0]*(?:[.,;:!?)]|$)/y;

/** The minor amount (0-99) right after a major amount ending at `at`, or null. */
export function minorAfter(text: string, at: number, to: number): { value: number; end: number } | null {
  JOIN.lastIndex = at;
  const join = JOIN.exec(text);
  if (!join) return null;
  const n = readNumberAt(text, at + join[0].length, to);
  if (!n || n.value < 1 || n.value >= 100 || !Number.isInteger(n.value)) return null;
  MINOR_UNIT.lastIndex = n.end;
  const unit = MINOR_UNIT.exec(text);
  if (unit) return { value: n.value, end: n.end + unit[0].length };
  AMOUNT_ENDS.lastIndex = n.end;
  return AMOUNT_ENDS.test(text) ? { value: n.value, end: n.end } : null;
}
