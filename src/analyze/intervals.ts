// What range of true values a reported figure allows. Qualifiers and rounding widen a number into an
// interval; two reports of the same quantity disagree only when their intervals do not overlap.
//   "more than X" → (X, 1.5X]    "nearly X" → [0.9X, X)    "about X" → [0.9X, 1.1X]
//   "at least X" → [X, 1.5X]     "up to X"  → [0.5X, X]    a range    → [low, high]
//   a round number (100,000)     → ± half its last significant place, at most ±5%

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

export interface Reported {
  value: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: string | null;
  approximate?: boolean;
}

const ABOVE = /^(more than|over|above|in excess of|upwards of|exceeding)$/;
const AT_LEAST = /^(at least|no fewer than|no less than|a minimum of)$/;
const BELOW = /^(nearly|almost|just under|close to|fewer than|less than|under|below|just shy of)$/;
const UP_TO = /^(up to|as many as|at most|a maximum of)$/;
const AROUND = /^(about|around|approximately|roughly|some|an estimated|estimated|approx\.?|circa|~)$/;

/** The interval a report allows, or null when it states no number. */
export function intervalOf(figure: Reported): Interval | null {
  if (figure.low != null && figure.high != null) return closed(figure.low, figure.high);
  const x = figure.value ?? figure.low ?? figure.high;
  if (x == null) return null;
  const qualifier = (figure.qualifier ?? '').trim().toLowerCase();
  if (ABOVE.test(qualifier)) return { low: x, high: 1.5 * x, lowOpen: true, highOpen: false };
  if (AT_LEAST.test(qualifier)) return closed(x, 1.5 * x);
  if (BELOW.test(qualifier)) return { low: 0.9 * x, high: x, lowOpen: false, highOpen: true };
  if (UP_TO.test(qualifier)) return closed(0.5 * x, x);
  if (AROUND.test(qualifier)) return closed(0.9 * x, 1.1 * x);
  // "tens of thousands" and the like: the value is a lower bound of an order of magnitude.
  if (figure.approximate) return { low: x, high: 10 * x, lowOpen: false, highOpen: true };
  const slack = roundingSlack(x);
  return closed(x - slack, x + slack);
}

/** Half the place of the last non-zero digit for round numbers (100,000 → 50,000), capped at 5%. */
export function roundingSlack(x: number): number {
  if (!Number.isInteger(x) || x === 0) return 0;
  let place = 1;
  while (Math.abs(x) % (place * 10) === 0) place *= 10;
  if (place < 100) return 0;
  return Math.min(place / 2, Math.abs(x) * 0.05);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);
}

/** Whether a lower bound sits under an upper bound, honouring open ends. */
function below(low: number, lowOpen: boolean, high: number, highOpen: boolean): boolean {
  return lowOpen || highOpen ? low < high : low <= high;
}

function closed(low: number, high: number): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}
