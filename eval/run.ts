// `npm run eval`: scores each stage on the reference data in ../shared and writes eval/results.json.
// Each section is a module exporting evaluate(); a section whose data is absent reports "skipped".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './shared.js';

type Scores = Record<string, number | string>;
interface Section {
  name: string;
  load: () => Promise<{ evaluate: () => Promise<Scores> }>;
}

// Order: the reader first, since every later score depends on clean articles.
const sections: Section[] = [
  { name: 'digest reader', load: () => import('./digest.js') },
  { name: 'stories', load: () => import('./stories.js') },
  { name: 'extract (gold)', load: () => import('./extract-gold.js') },
  { name: 'figures and dates (gold)', load: () => import('./figures-dates-gold.js') },
  { name: 'recognizers-text specs', load: () => import('./recognizers.js') },
  { name: 'html reader (readability pages)', load: () => import('./readability.js') },
  { name: 'analysis (series, conflicts, timeline)', load: () => import('./analysis.js') },
];

const results: Record<string, Scores> = {};
for (const section of sections) {
  process.stdout.write(`\n== ${section.name} ==\n`);
  try {
    const module = await section.load();
    results[section.name] = await module.evaluate();
  } catch (error) {
    results[section.name] = { error: error instanceof Error ? error.message : String(error) };
    process.stdout.write(`  failed: ${results[section.name]?.error}\n`);
  }
}
const out = join(repoRoot, 'eval', 'results.json');
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nscores written to ${out}\n`);
