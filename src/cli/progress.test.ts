import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stageProgress } from './progress.js';

/** A stream that says it is a terminal and keeps what is written to it. */
function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 100, cursorTo() {}, clearLine() {}, moveCursor() {} });
  return { stream, written: () => chunks.join('') };
}

describe('stageProgress', () => {
  it('draws the stage and the count of articles at a terminal', () => {
    const { stream, written } = terminal(true);
    const progress = stageProgress(stream);
    progress.update('extract', 0, 1000);
    progress.update('extract', 500, 1000);
    progress.stop();
    expect(written()).toContain('extract');
    expect(written()).toMatch(/\d+\/1000 articles/);
  });

  it('stays silent in a pipe, and for small runs', () => {
    for (const [isTTY, total] of [
      [false, 1000],
      [true, 20],
    ] as const) {
      const { stream, written } = terminal(isTTY);
      const progress = stageProgress(stream);
      progress.update('extract', 10, total);
      progress.stop();
      expect(written()).toBe('');
    }
  });
});
