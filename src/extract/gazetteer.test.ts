import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasKeys, isBuiltInPlace, loadGazetteer, parseAliasJson, parseAliasTable } from './gazetteer.js';

describe('alias files', () => {
  it('reads CSV with a header and comments', () => {
    const entries = parseAliasTable(
      'name,type,aliases\n# regional\nVardenis,place,Basargechar|Vardenis town\n',
    );
    expect(entries).toEqual([{ name: 'Vardenis', type: 'place', aliases: ['Basargechar', 'Vardenis town'] }]);
  });

  it('reads TSV and type synonyms', () => {
    expect(parseAliasTable('Crisis Monitor\torg\tCM')).toEqual([
      { name: 'Crisis Monitor', type: 'organization', aliases: ['CM'] },
    ]);
  });

  it('reads JSON', () => {
    expect(parseAliasJson('[{"name":"Ani Stepanyan","type":"person","aliases":["A. Stepanyan"]}]')).toEqual([
      { name: 'Ani Stepanyan', type: 'person', aliases: ['A. Stepanyan'] },
    ]);
  });

  it('rejects a bad type with the line number', () => {
    expect(() => parseAliasTable('X,thing,Y', 'a.csv')).toThrow(
      'a.csv:1: type must be person, place or organization',
    );
  });

  it('rejects JSON that is not a list', () => {
    expect(() => parseAliasJson('{"name":"x"}', 'a.json')).toThrow('expected an array');
  });

  it('lets user lines win over built-in ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
    const file = join(dir, 'aliases.csv');
    writeFileSync(file, 'Khankendi,place,Stepanakert\n');
    const gazetteer = loadGazetteer(file);
    let node = gazetteer.root;
    for (const key of aliasKeys('Stepanakert')) node = node.next.get(key)!;
    expect(node.match?.entry.name).toBe('Khankendi');
  });

  it('gives a place written two ways one name, the old or official name listed on its own too', () => {
    const gazetteer = loadGazetteer();
    const nameOf = (alias: string) => {
      let node = gazetteer.root;
      for (const key of aliasKeys(alias)) node = node.next.get(key)!;
      return node.match?.entry.name;
    };
    expect(nameOf('Burma')).toBe('Myanmar');
    expect(nameOf('Xizang')).toBe('Tibet');
    expect(nameOf('Bangalore')).toBe('Bengaluru');
    expect(nameOf('Odessa')).toBe('Odesa');
    expect(nameOf('Myanmar')).toBe('Myanmar');
  });

  it('reports a missing file in one line', () => {
    expect(() => loadGazetteer('/no/such/aliases.csv')).toThrow('cannot read the aliases file');
  });
});

describe('alias keys', () => {
  it('splits hyphens, folds diacritics and separates possessives', () => {
    expect(aliasKeys('Nagorno-Karabakh')).toEqual(['nagorno', 'karabakh']);
    expect(aliasKeys('Türkiye')).toEqual(['turkiye']);
    expect(aliasKeys("Azerbaijan's foreign ministry")).toEqual(['azerbaijan', "'s", 'foreign', 'ministry']);
  });
});

describe('isBuiltInPlace', () => {
  it('knows the built-in places in any case and with diacritics folded, and nothing else', () => {
    expect(isBuiltInPlace('New Delhi')).toBe(true);
    expect(isBuiltInPlace('  new   delhi ')).toBe(true);
    expect(isBuiltInPlace('Turkiye')).toBe(true);
    expect(isBuiltInPlace('Reuters')).toBe(false);
    expect(isBuiltInPlace('Hindustan Times')).toBe(false);
  });
});
