import { describe, expect, it } from 'vitest';
import { annotate, maskForTagger, paragraphSpans, sentenceAt } from './annotate.js';

describe('annotate', () => {
  it('keeps words with letters outside Latin-1 whole', () => {
    const text = 'Convoys left Xankəndi for Ağdam; Москва and Łódź said nothing.';
    const words = annotate(text).tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Xankəndi', 'Ağdam', 'Москва', 'Łódź']));
    expect(words).not.toContain('ə');
  });

  it('gives every token the offsets of its text', () => {
    const text =
      'Prime Minister Nikol Pashinyan’s office said: “We are ready.”\n\nŞuşa — 12 km away — was quiet.';
    const { tokens } = annotate(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it.each([
    ['emoji and other scripts', 'Flags 🇦🇲 and 😀 here. 北京 said 東京 was fine. مرحبا said Ali.'],
    ['combining marks and maths letters', 'Tu\u0308rkiye, e\u0301cole and 𝐁𝐨𝐥𝐝 letters.'],
    ['Windows line ends', '\r\n\r\nFirst\r\nline.\r\n\r\nNext paragraph.\r\n'],
    ['blank lines before the first paragraph', '   \n\n\n   Leading spaces.\n\n\t\tTabs\there.'],
    ['invisible characters', '\u200bZero\u200bwidth\u00adsoft \ufeffmark.'],
  ])('keeps offsets right with %s', (_name, text) => {
    const { tokens } = annotate(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const [i, token] of tokens.entries()) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
      if (i > 0) expect(token.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    }
  });

  it('never lets a sentence cross a blank line, even without a full stop', () => {
    const text =
      'A Heading Without Punctuation\n\nThe first paragraph has one sentence. And another\n\n\nLast one';
    const annotated = annotate(text);
    const sentences = annotated.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'A Heading Without Punctuation',
      'The first paragraph has one sentence.',
      'And another',
      'Last one',
    ]);
    expect(annotated.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
    for (const s of annotated.sentences) {
      expect(annotated.tokens[s.firstToken]?.start).toBe(s.start);
      expect(annotated.tokens[s.endToken - 1]?.end).toBe(s.end);
    }
    expect(annotated.tokens.some((t) => t.text.includes('\n\n'))).toBe(false);
  });

  it('reads a long text in several pieces with the same offsets and paragraphs', () => {
    const paragraph = (i: number) =>
      `Paragraph ${i}: Minister Ani Hakobyan said on Tuesday that ${i} trucks reached Xankəndi. She added more.`;
    const text = Array.from({ length: 8000 }, (_, i) => paragraph(i)).join('\n\n');
    expect(text.length).toBeGreaterThan(700_000);
    const annotated = annotate(text);
    for (const token of annotated.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(annotated.tokens.filter((t) => t.text === 'Xankəndi')).toHaveLength(8000);
    const perParagraph = annotated.sentences.filter((s) => s.paragraph === 7999);
    expect(perParagraph.map((s) => text.slice(s.start, s.end))).toEqual([
      'Paragraph 7999: Minister Ani Hakobyan said on Tuesday that 7999 trucks reached Xankəndi.',
      'She added more.',
    ]);
    for (const s of annotated.sentences) {
      const para = annotated.paragraphs[s.paragraph]!;
      expect(s.start >= para.start && s.end <= para.end).toBe(true);
    }
  });

  it('never ends a sentence inside a word ("P2.5 billion")', () => {
    const text = 'The cabinet released P2.5 billion for the towns. Work began on Monday.';
    const { sentences } = annotate(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The cabinet released P2.5 billion for the towns.',
      'Work began on Monday.',
    ]);
  });

  it('finds the sentence around an offset', () => {
    const text = 'One here. Two there.';
    const annotated = annotate(text);
    expect(sentenceAt(annotated, text.indexOf('Two'))?.start).toBe(text.indexOf('Two'));
    expect(sentenceAt(annotated, text.length + 5)).toBeUndefined();
  });

  it('handles empty and blank text', () => {
    expect(annotate('').tokens).toEqual([]);
    expect(annotate(' \n\n  \n').sentences).toEqual([]);
    expect(paragraphSpans('a\n\n\n\nb')).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ]);
  });

  it('masks foreign letters one code unit for one', () => {
    const text = 'Qarabağ 𝐀 Əliyev';
    const masked = maskForTagger(text);
    expect(masked.length).toBe(text.length);
    expect(masked).toMatch(/^Qarabag/);
  });
});
