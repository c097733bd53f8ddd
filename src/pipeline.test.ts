import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './pipeline.js';
import { readInputs } from './read/index.js';
import { wordTable } from './util/word-table.js';

describe('words every object inherits', () => {
  it('find nothing in a word table', () => {
    const units = wordTable({ dead: 'people' });
    expect(units.dead).toBe('people');
    expect(units.constructor).toBeUndefined();
    expect(units.toString).toBeUndefined();
  });

  it('go through the whole pipeline as any other word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-proto-'));
    const file = join(dir, 'digest-2023-10-04.txt');
    writeFileSync(
      file,
      [
        'The constructor ministry said toString was fine Reuters',
        'Oct 4 2023',
        '',
        'VALUEOF, Oct 4 (Reuters) - The constructor ministry said on Tuesday that 12 constructor people were killed in Constructor Valley and 5 __proto__ tons arrived.',
        '',
        '"We will rebuild," the toString ministry said. President Constructor ToString told the valueOf agency that 3 hasOwnProperty deaths were recorded.',
        '',
      ].join('\n'),
    );
    const result = analyze(await readInputs([file]));
    expect(result.articles).toHaveLength(1);
    expect(result.figures.length).toBeGreaterThan(0);
    for (const figure of result.figures) expect(typeof figure.unit).toBe('string');
    expect(result.stories).toHaveLength(1);
  });
});
