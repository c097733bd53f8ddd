import { describe, expect, it } from 'vitest';
import { isShouted, readableTitle } from './readable-title.js';

const body =
  'Lawmakers in Lusaka passed the Energy Bill on Monday. The ZESCO utility said power cuts would ease, ' +
  'and the opposition UPND walked out. Residents of Lusaka said the cuts had lasted for months.';

describe('readableTitle', () => {
  it('writes a title set in capitals in sentence case, with the text’s names and acronyms', () => {
    expect(readableTitle('LUSAKA LAWMAKERS PASS ENERGY BILL AS ZESCO PROMISES RELIEF', body)).toBe(
      'Lusaka lawmakers pass Energy Bill as ZESCO promises relief',
    );
  });

  it('leaves a title with lower-case letters as the source wrote it', () => {
    expect(readableTitle('Lusaka lawmakers pass energy bill', body)).toBe(
      'Lusaka lawmakers pass energy bill',
    );
    expect(isShouted('UN says 40 dead')).toBe(false);
    expect(isShouted('UPND')).toBe(false);
  });

  it('keeps in capitals a word the text never writes that has no vowel', () => {
    expect(readableTitle('KDF DEPLOYED TO LUSAKA', body)).toBe('KDF deployed to Lusaka');
  });

  it('keeps numbers and punctuation', () => {
    expect(readableTitle('"NO LIGHT FOR MONTHS": LUSAKA WAITS, 2024', body)).toBe(
      '"No light for months": Lusaka waits, 2024',
    );
  });
});
