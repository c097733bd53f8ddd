import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import { summarize } from './summary.js';

const article = (title: string, text: string) =>
  makeArticle({
    title,
    outlet: 'Wire',
    published: '2023-09-14',
    text,
    source: { file: 'test.txt', startLine: 1, endLine: 5 },
  });

describe('summarize', () => {
  it('never picks a wire credit line or a quotation as a summary sentence', () => {
    const text = [
      'Floodwater swept through the coastal city overnight, destroying hundreds of homes near the river.',
      '"We lost everything in one night and nobody came to help us," a resident told reporters.',
      'Reporting by Sara Haddad and Omar Farid; Editing by Lena Brooks and Tom Hale',
    ].join('\n\n');
    const chosen = summarize([article('Flood', text)]).map((s) => s.text);
    expect(chosen).toEqual([
      'Floodwater swept through the coastal city overnight, destroying hundreds of homes near the river.',
    ]);
  });

  it('opens a long story with its first report and goes on with where the latest ones leave it', () => {
    const day = (published: string, title: string, text: string) =>
      makeArticle({
        title,
        outlet: 'Wire',
        published,
        text,
        source: { file: 't.txt', startLine: 1, endLine: 2 },
      });
    const first = day(
      '2023-09-10',
      'Dam bursts',
      'A dam above the river town of Marvel burst on Sunday night, sending a wall of water through the lower districts.',
    );
    const sameDay = [1, 2, 3, 4].map((n) =>
      day(
        '2023-09-10',
        `Dam report ${n}`,
        `Rescuers in Marvel searched the lower districts on Sunday night after the dam burst, report ${n} said.`,
      ),
    );
    const latest = day(
      '2023-09-12',
      'Toll rises',
      'The number of people killed when the dam above Marvel burst rose to 61 on Tuesday, the town council said.',
    );
    const chosen = summarize([first, ...sameDay, latest]).map((s) => s.text);
    expect(chosen[0]).toBe(first.text);
    expect(chosen).toContain(latest.text);
  });

  it('skips a sentence that announces a statement with a colon', () => {
    const text = [
      'The coast guard published the following notice on Sunday morning, after the second landslide:',
      'Rescue boats searched the flooded harbour on Sunday for three fishermen missing since the storm.',
    ].join('\n\n');
    const chosen = summarize([article('Notice', text)]).map((s) => s.text);
    expect(chosen).toEqual([
      'Rescue boats searched the flooded harbour on Sunday for three fishermen missing since the storm.',
    ]);
  });

  it('reads a style of address ("His Highness the Amir") as a subject, not as a pronoun', () => {
    const text = [
      'His Highness the Emir on Monday ordered an inquiry into the collapse of the market roof in the old town.',
      'He also sent his condolences to the families of the dead.',
    ].join('\n\n');
    const chosen = summarize([article('Inquiry', text)]).map((s) => s.text);
    expect(chosen).toEqual([
      'His Highness the Emir on Monday ordered an inquiry into the collapse of the market roof in the old town.',
    ]);
  });

  it('falls back to the opening sentence when every lead sentence is ruled out', () => {
    const text = [
      'The ministry published the following statement on Tuesday night:',
      '"All crossings will stay closed until further notice," the statement said.',
    ].join('\n\n');
    const chosen = summarize([article('Statement', text)]).map((s) => s.text);
    expect(chosen).toEqual(['The ministry published the following statement on Tuesday night:']);
  });

  it('skips the later sentences of a quotation, which carry no quotation mark of their own', () => {
    const text = [
      'The minister returned to the capital on Saturday and spoke to the nation from his office.',
      '“The war is over for good. Many of you still doubt that every soldier will come home this year. I understand the doubt,” he said.',
    ].join('\n\n');
    const chosen = summarize([article('Return', text)]).map((s) => s.text);
    expect(chosen).toEqual([
      'The minister returned to the capital on Saturday and spoke to the nation from his office.',
    ]);
  });

  it('skips a sentence that opens on a pronoun, whose subject it does not name', () => {
    const text = [
      '“We will send engineers to rebuild the bridge,” the transport minister said in Tirana on Monday.',
      'She arrived in the flooded district the day before and met the mayor and the regional governor.',
      'Flooding in northern Albania has cut the main road between Shkodër and the border for a week.',
    ].join('\n\n');
    const chosen = summarize([article('Minister visits', text)]).map((s) => s.text);
    expect(chosen.some((sentence) => sentence.startsWith('She '))).toBe(false);
    expect(chosen).toContain(
      'Flooding in northern Albania has cut the main road between Shkodër and the border for a week.',
    );
  });
});
