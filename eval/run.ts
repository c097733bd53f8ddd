// `npm run eval`: scores each stage on the reference data in ../shared and writes eval/results.json.
// Each section is a module exporting evaluate(); a section whose data is absent reports "skipped".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

// `npm run eval -- stories` runs the sections whose name contains a given word; the other sections
// keep their last scores in the results file.
const wanted = process.argv.slice(2);
const chosen = sections.filter((s) => !wanted.length || wanted.some((word) => s.name.includes(word)));
const out = join(repoRoot, 'eval', 'results.json');
const results: Record<string, Scores> =
  wanted.length && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, Scores>) : {};
for (const section of chosen) {
  process.stdout.write(`\n== ${section.name} ==\n`);
  try {
    const module = await section.load();
    results[section.name] = await module.evaluate();
  } catch (error) {
    results[section.name] = { error: error instanceof Error ? error.message : String(error) };
    process.stdout.write(`  failed: ${results[section.name]?.error}\n`);
  }
}
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nscores written to ${out}\n`);
