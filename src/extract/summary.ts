// A wire report's summary bullets ("• Toll rises to 126, with 188 injured") stand first in the
// article's text (the reader keeps them as its first paragraph) and restate what the body reports.
// Figures and dates are taken from the body only, so that each claim is counted once, as the gold
// files count them.

/**
 * Where the leading paragraph of "• " lines ends: 0 when the text does not open with one, or when no
 * body follows it (a list that is the whole text is what the article says).
 */
export function summaryBulletsEnd(text: string): number {
  if (!text.startsWith('• ')) return 0;
  const end = text.indexOf('\n\n');
  if (end < 0 || !text.slice(end).trim()) return 0;
  return text
    .slice(0, end)
    .split('\n')
    .every((line) => line.startsWith('• '))
    ? end
    : 0;
}
