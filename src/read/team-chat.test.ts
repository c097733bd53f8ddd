import { describe, expect, it } from 'vitest';
import { teamChatDocuments } from './team-chat.js';

describe('teamChatDocuments', () => {
  it('does not take outlet lines with a time for message heads', () => {
    const lines = [
      'Floods close mountain roads',
      'Reuters  10:30',
      '',
      'Rain closed roads across the mountains on Monday, and rescuers reached two villages by helicopter.',
      '',
      'Dam spillway opened as river rises',
      'Reuters  11:45',
      '',
      'Engineers opened the spillway of the dam above the town as the river rose through the night.',
    ];
    expect(teamChatDocuments(lines)).toBeNull();
  });
});
