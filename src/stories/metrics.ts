// Clustering scores against a gold labelling: B-cubed (Bagga & Baldwin 1998), pairwise F1 and the
// adjusted Rand index. Both arguments map item → cluster label; items missing from `predicted` are
// scored as singletons.

export interface ClusterScores {
  bcubedPrecision: number;
  bcubedRecall: number;
  bcubedF1: number;
  pairwiseF1: number;
  ari: number;
}

export function scoreClusters(gold: Map<string, string>, predicted: Map<string, string>): ClusterScores {
  const items = [...gold.keys()];
  const label = (item: string) => predicted.get(item) ?? `singleton:${item}`;
  const goldSize = countBy(items, (item) => gold.get(item)!);
  const predSize = countBy(items, label);
  const both = countBy(items, (item) => `${gold.get(item)}\u0000${label(item)}`);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const shared = both.get(`${gold.get(item)}\u0000${label(item)}`)!;
    precision += shared / predSize.get(label(item))!;
    recall += shared / goldSize.get(gold.get(item)!)!;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return {
    bcubedPrecision: precision,
    bcubedRecall: recall,
    bcubedF1: harmonic(precision, recall),
    ...pairScores(items.length, goldSize, predSize, both),
  };
}

function pairScores(
  n: number,
  goldSize: Map<string, number>,
  predSize: Map<string, number>,
  both: Map<string, number>,
): { pairwiseF1: number; ari: number } {
  const pairs = (count: number) => (count * (count - 1)) / 2;
  const sum = (sizes: Map<string, number>) =>
    [...sizes.values()].reduce((total, size) => total + pairs(size), 0);
  const agreed = sum(both);
  const goldPairs = sum(goldSize);
  const predPairs = sum(predSize);
  const precision = predPairs ? agreed / predPairs : 1;
  const recall = goldPairs ? agreed / goldPairs : 1;
  const expected = (goldPairs * predPairs) / (pairs(n) || 1);
  const max = (goldPairs + predPairs) / 2;
  const ari = max === expected ? 1 : (agreed - expected) / (max - expected);
  return { pairwiseF1: harmonic(precision, recall), ari };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
