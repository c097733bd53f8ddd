// `sitrep diff A B FILE...`: two articles side by side — the dedup relation, the aligned sentences,
// and what each one added or dropped. A and B are article ids or parts of titles.
import type { Command } from 'commander';
import type { Article } from '../../types.js';
import { SitrepError } from '../../util/errors.js';
import { normalizeForCompare } from '../../util/text.js';
import { INPUT_PATHS, reportFileErrors } from '../inputs.js';
import { printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('diff')
    .description('compare two articles: copy, near-duplicate or rewrite, aligned sentences, what changed')
    .argument('<a>', 'article id or part of its title')
    .argument('<b>', 'article id or part of its title')
    .argument('<paths...>', `${INPUT_PATHS}, holding both articles`)
    .option('--json', 'print the comparison as JSON')
    .option('--width <n>', 'column width of the side-by-side view', '60')
    .action(async (a: string, b: string, paths: string[], options: { json?: boolean; width: string }) => {
      const { readInputs } = await import('../../read/index.js');
      const { compareArticles } = await import('../../dedup/compare.js');
      const result = await readInputs(paths);
      reportFileErrors(result);
      if (result.files.length === 0) return;
      const first = findArticle(result.articles, a);
      const second = findArticle(result.articles, b);
      if (first.id === second.id)
        throw new SitrepError(`"${a}" and "${b}" name the same article`, 'E_BAD_ARGUMENT');
      const [earlier, later] =
        (first.published ?? '') <= (second.published ?? '') ? [first, second] : [second, first];
      const comparison = compareArticles(earlier, later);
      if (options.json) {
        await printJson({ a: earlier.id, b: later.id, ...comparison });
        return;
      }
      process.stdout.write(render(earlier, later, comparison, Math.max(20, Number(options.width) || 60)));
    });
}

/** An exact id, else the one article whose title contains the text (case and quotes folded). */
export function findArticle(articles: Article[], query: string): Article {
  const byId = articles.find((article) => article.id === query);
  if (byId) return byId;
  const needle = normalizeForCompare(query);
  const matches = articles.filter((article) => normalizeForCompare(article.title).includes(needle));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new SitrepError(`no article id or title matches "${query}"`, 'E_NOT_FOUND');
  const titles = matches
    .slice(0, 3)
    .map((article) => `${article.id} "${article.title}"`)
    .join(', ');
  throw new SitrepError(
    `"${query}" matches ${matches.length} articles (${titles}…); give an id`,
    'E_BAD_ARGUMENT',
  );
}

type Comparison = ReturnType<typeof import('../../dedup/compare.js').compareArticles>;

function render(a: Article, b: Article, c: Comparison, width: number): string {
  const lines = [
    `A ${a.id}  ${a.outlet ?? '?'}  ${a.published ?? '?'}  ${a.title}`,
    `B ${b.id}  ${b.outlet ?? '?'}  ${b.published ?? '?'}  ${b.title}`,
    `relation: ${c.relation ?? 'none (different reports)'}  similarity ${c.similarity}`,
    '',
    'aligned sentences:',
  ];
  for (const pair of c.pairs) {
    lines.push(...sideBySide(c.sentencesA[pair.a] ?? '', c.sentencesB[pair.b] ?? '', width, pair.dice));
  }
  if (c.pairs.length === 0) lines.push('  (none)');
  lines.push('', `only in A (dropped by B): ${c.onlyA.length}`);
  for (const i of c.onlyA) lines.push(`  - ${c.sentencesA[i]}`);
  lines.push('', `only in B (added by B): ${c.onlyB.length}`);
  for (const j of c.onlyB) lines.push(`  + ${c.sentencesB[j]}`);
  return `${lines.join('\n')}\n`;
}

function sideBySide(left: string, right: string, width: number, dice: number): string[] {
  const l = wrap(left, width);
  const r = wrap(right, width);
  const rows = Math.max(l.length, r.length);
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const mark = i === 0 ? dice.toFixed(2) : '    ';
    out.push(`  ${mark}  ${(l[i] ?? '').padEnd(width)} │ ${r[i] ?? ''}`);
  }
  return out;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
