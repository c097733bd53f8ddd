import { describe, expect, it } from 'vitest';
import { readDigest } from './digest.js';

const forward = (subject: string, body: string[]) => [
  'From: Ana Ruiz <ana@desk.example>',
  'Date: Mon, Mar 4, 2024 at 9:00 AM',
  `Subject: Fwd: ${subject}`,
  'To: Desk <desk@desk.example>',
  '',
  '---------- Forwarded message ---------',
  'From: Harbour Gazette Alerts <brief@wire.example>',
  'Date: Mon, Mar 4, 2024 at 8:00 AM',
  `Subject: ${subject}`,
  'To: <ana@desk.example>',
  '',
  ...body,
];

describe('mail chain', () => {
  it('leaves a forwarded newsletter of several articles to the digest reader', () => {
    const text = forward('Morning briefing', [
      'Good morning. Two stories today.',
      '',
      'Port strike enters its second week',
      'Reuters | 4 March 2024',
      '',
      'Dockworkers stayed off the job for an eighth day on Monday, and the union said talks had stalled over pay and automation at the container terminals.',
      '',
      'Ferry service resumes after storm',
      'AP | 4 March 2024',
      '',
      'Ferries to the islands sailed again on Monday after three days in port, the operator said, and extra crossings were added to clear the backlog of passengers.',
    ]).join('\n');
    const titles = readDigest(text, 'mail.txt').articles.map((a) => a.title);
    expect(titles).toContain('Port strike enters its second week');
    expect(titles).toContain('Ferry service resumes after storm');
  });

  it('reads one forwarded article under its subject, the outlet from the sender', () => {
    const text = [
      ...forward('Port strike enters its second week', [
        'Dockworkers stayed off the job for an eighth day on Monday, and the union said talks had stalled over pay and automation at the container terminals.',
        '',
        'Shipping lines said they would divert vessels to other ports if the strike went on into a third week.',
      ]),
      '',
      ...forward('Ferry service resumes after storm', [
        'Ferries to the islands sailed again on Monday after three days in port, the operator said, and extra crossings were added to clear the backlog of passengers.',
      ]),
    ].join('\n');
    const articles = readDigest(text, 'mail.txt').articles;
    expect(articles.map((a) => [a.title, a.outlet, a.published, a.time])).toEqual([
      ['Port strike enters its second week', 'Harbour Gazette', '2024-03-04', '08:00'],
      ['Ferry service resumes after storm', 'Harbour Gazette', '2024-03-04', '08:00'],
    ]);
  });
});
