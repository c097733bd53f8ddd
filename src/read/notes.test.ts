import { describe, expect, it } from 'vitest';
import { frontMatterDocuments } from './notes.js';

describe('frontMatterDocuments', () => {
  it('reads no notes from a digest that opens with a rule', () => {
    const lines = ['---', 'Flood waters rise in the north', 'Reuters | 2 May 2024', '', 'Text.'];
    expect(frontMatterDocuments(lines)).toBeNull();
  });

  it('keeps a rule inside a note as text, not as the next note', () => {
    const lines = ['---', 'title: One', 'published: 2024-05-02', '---', 'First part.', '---', 'Second part.'];
    const docs = frontMatterDocuments(lines)!;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.title).toBe('One');
    expect(docs[0]!.body.map((b) => b.text)).toEqual(['First part.', '---', 'Second part.']);
  });
});
