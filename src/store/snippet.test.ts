import { describe, expect, it } from 'vitest';
import { snippetTerms } from './search.js';
import { isTokenChar, makeSnippet, TOKEN_CLASS } from './snippet.js';

const marks: [string, string] = ['[', ']'];
const snippet = (title: string, text: string, query: string, size?: number) =>
  makeSnippet(title, text, snippetTerms(query), marks, size);

describe('search snippets', () => {
  it('folds case and diacritics the way the index does', () => {
    expect(snippet('Talks', 'Officials from Türkiye arrived.', 'turkiye')).toBe(
      'Officials from [Türkiye] arrived.',
    );
  });

  it('marks a phrase as one span, a prefix on the word it starts', () => {
    expect(snippet('Talks', 'Senior officials in Yerevan said no.', '"officials in yerevan"')).toBe(
      'Senior [officials in Yerevan] said no.',
    );
    expect(snippet('Talks', 'Refugees and a refugee camp.', 'refug*')).toBe(
      '[Refugees] and a [refugee] camp.',
    );
  });

  it('leaves out excluded words and cuts a long text around the most distinct terms', () => {
    const text = `${'filler words here. '.repeat(20)}The convoy reached Goris at dawn. ${'more filler. '.repeat(20)}`;
    const cut = snippet('Convoy news', text, 'goris convoy -dawn', 8);
    expect(cut).toBe('…here. The [convoy] reached [Goris] at dawn. more…');
  });

  it('uses the title when only the title matches, the text start when nothing does', () => {
    expect(snippet('Ceasefire holds', 'Nothing else here.', 'ceasefire')).toBe('[Ceasefire] holds');
    expect(snippet('Title', 'Plain text.', 'absent')).toBe('Plain text.');
  });

  it('agrees with the token class on every character of general punctuation and around it', () => {
    const tokenChar = new RegExp(`[${TOKEN_CLASS}]`, 'u');
    for (let code = 0x1f00; code <= 0x2100; code++) {
      const char = String.fromCharCode(code);
      expect(isTokenChar(code, char, 0)).toBe(tokenChar.test(char));
    }
  });
});
