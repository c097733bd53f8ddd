import { describe, expect, it } from 'vitest';
import type { Dropped } from '../types.js';
import { dropFooter, dropPageFrames, findContents, isPreamble, mailHeaderEnd } from './frame.js';

describe('isPreamble', () => {
  it('takes a heading and a greeting above the first article for the preamble', () => {
    const lines = ['DAILY BRIEF — 3 May 2024', "Good morning. Here are today's stories.", '', ''];
    expect(isPreamble(lines, 0, 4, new Set([3]))).toBe(true);
  });

  it('takes a newsletter heading set off by a separator for the preamble', () => {
    const lines = ['Gulf energy bulletin — Monday, 6 May', 'Prepared by the research desk', '', ''];
    expect(isPreamble(lines, 0, 4, new Set([3]))).toBe(true);
  });

  it("takes the newsletter's own links above its heading for the preamble", () => {
    const lines = ['View this email in your browser', 'THE RIVER WATCH', 'Top stories', '', ''];
    expect(isPreamble(lines, 0, 5, new Set())).toBe(true);
  });

  it("takes an e-mail's header and the note under it for the preamble", () => {
    const lines = [
      'Subject: Press alert - floods - 6 May 2024',
      'From: Clipping Desk <desk@clips.example>',
      'To: Analysts',
      '',
      'Your alert for: floods. 3 new items.',
      '',
    ];
    expect(isPreamble(lines, 0, 6, new Set())).toBe(true);
    // One "Subject:" line alone is no e-mail's header.
    expect(isPreamble(['Subject: a long note about the floods in the south.', ''], 0, 2, new Set())).toBe(
      false,
    );
  });

  it('takes a heading over a count of the items below for the preamble', () => {
    const lines = ['Saved clips: river floods', 'exported 2024-05-06T22:10:05-03:00 · 4 clips', '', ''];
    expect(isPreamble(lines, 0, 4, new Set())).toBe(true);
  });

  it('keeps an article the layout did not recognise', () => {
    const lines = [
      'Morning update: ferries cancelled as storm nears',
      '',
      'All ferries between the islands were cancelled on Friday as the storm approached.',
      '',
      '',
    ];
    // No greeting; a separator follows, but the first line is a headline, not a newsletter's heading.
    expect(isPreamble(lines, 0, 5, new Set([4]))).toBe(false);
    expect(isPreamble(lines, 0, 5, new Set())).toBe(false);
  });
});

describe('mailHeaderEnd', () => {
  it("finds the end of an e-mail's header at the top of a file", () => {
    expect(
      mailHeaderEnd(['', 'From: Desk <d@x.example>', 'Date: Mon, 6 May 2024 21:00 -0300', '', 'A']),
    ).toBe(3);
    expect(mailHeaderEnd(['Date: 6 May 2024', '', 'Title'])).toBe(0);
  });
});

describe('dropFooter', () => {
  it('drops the lines after the last separator when they are a footer', () => {
    const lines = ['Body of the last article.', '', '', 'Sent to you by the Brief.', 'Unsubscribe'];
    const dropped: Dropped[] = [];
    dropFooter(lines, new Set([2]), 'f', dropped);
    expect(dropped.map((d) => [d.line, d.reason])).toEqual([
      [4, 'footer'],
      [5, 'footer'],
    ]);
    expect(lines[3]).toBe('');
  });

  it('keeps a closing section after a separator that says nothing of a footer', () => {
    const lines = ['Body.', '', '', 'The river is expected to crest on Sunday, officials said.'];
    const dropped: Dropped[] = [];
    dropFooter(lines, new Set([2]), 'f', dropped);
    expect(dropped).toEqual([]);
  });
});

describe('findContents', () => {
  const articles = [
    'Ferry service resumes after the storm',
    'Island Courier',
    '2 March 2024',
    '',
    'The first ferry since Tuesday left the mainland port on Saturday morning.',
    '',
    'Power returns to the northern villages',
    'Island Courier',
    '2 March 2024',
    '',
    'Electricity came back to most of the northern villages on Saturday.',
  ];

  it('finds a list of the titles above the articles', () => {
    const lines = [
      'Island brief',
      '',
      'Ferry service resumes after the storm',
      'Power returns to the northern villages',
      '',
      ...articles,
    ];
    expect(findContents(lines)).toEqual({ first: 2, last: 3, titles: [5, 11] });
  });

  it('reads a Markdown list that links each item to its heading', () => {
    const lines = [
      '- [Ferry service resumes after the storm](#ferry)',
      '- [Power returns to the northern villages](#power)',
      '',
      ...articles,
    ];
    expect(findContents(lines)?.titles).toEqual([3, 9]);
  });

  it('reads a list grouped under section labels', () => {
    const lines = [
      'TRANSPORT',
      '• Ferry service resumes after the storm',
      '',
      'ENERGY',
      '• Power returns to the northern villages',
      '',
      ...articles,
    ];
    expect(findContents(lines)).toEqual({ first: 0, last: 4, titles: [6, 12] });
  });

  it('matches items that credit their outlet to titles that do not', () => {
    const lines = [
      '1. Ferry service resumes after the storm (Island Courier)',
      '2. Power returns to the northern villages — Island Courier',
      '',
      ...articles,
    ];
    expect(findContents(lines)?.titles).toEqual([3, 9]);
  });

  it('finds none where a title only comes back among related headlines', () => {
    const lines = [
      ...articles.slice(0, 5),
      '',
      'Related:',
      '• Power returns to the northern villages',
      '• Schools reopen on the main island',
      '',
      ...articles.slice(6),
    ];
    expect(findContents(lines)).toBeNull();
  });
});

describe('dropPageFrames', () => {
  it('blanks a PDF page footer and the running header that follows it, and nothing else', () => {
    const lines = [
      'Text ends.',
      '',
      'Page 1 of 2',
      '',
      'Floods | Daily summary | Monday, 10 March 2025',
      '',
      'Title',
      'Page two of the report was late.',
    ];
    const dropped: Dropped[] = [];
    dropPageFrames(lines, 'f', dropped);
    expect(dropped.map((d) => d.text)).toEqual([
      'Page 1 of 2',
      'Floods | Daily summary | Monday, 10 March 2025',
    ]);
    expect(lines[6]).toBe('Title');
    expect(lines[7]).toBe('Page two of the report was late.');
  });
});
