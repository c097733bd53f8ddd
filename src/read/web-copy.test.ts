import { describe, expect, it } from 'vitest';
import { webCopyDocuments } from './web-copy.js';

const page = [
  'Skip to content',
  'Valley Courier',
  'Levee breach floods farmland south of the city',
  '4 May 2024',
  'Water poured through a breach in the levee south of the city on Saturday, flooding farmland and two villages.',
  'Image caption, Farmers move cattle to higher ground near the breach',
  'The regional water board said repairs could not start until the river fell below its banks.',
  '© 2024 Valley Courier',
];

describe('webCopyDocuments', () => {
  it('reads no pages from a digest without a skip link', () => {
    expect(webCopyDocuments(['Title of a report', 'Reuters | 4 May 2024', '', 'Text.'])).toBeNull();
  });

  it('leaves a caption against a paragraph out of the text, and the copyright line after it', () => {
    const [doc] = webCopyDocuments(page)!;
    expect(doc!.title).toBe('Levee breach floods farmland south of the city');
    expect(doc!.date).toBe('2024-05-04');
    expect(doc!.body.map((b) => b.line)).toEqual([4, 6]);
  });

  it('names the author of a "Written by" line without the words before the name', () => {
    const written = [...page.slice(0, 3), 'Written by Mira Talbot', ...page.slice(3)];
    expect(webCopyDocuments(written)![0]!.byline).toBe('Mira Talbot');
  });
});
