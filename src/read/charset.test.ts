import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeDocument, decodeWindows1252 } from './charset.js';

const ascii = (text: string) => [...new TextEncoder().encode(text)];

describe('decodeDocument', () => {
  it('maps Windows-1252 punctuation bytes to their characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9]))).toBe('“A” – é');
  });

  it('takes the HTTP header over the page meta', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="utf-8">caf'), 0xe9]);
    const decoded = decodeDocument(bytes, 'text/html; charset=ISO-8859-1');
    expect(decoded).toMatchObject({ text: '<meta charset="utf-8">café', source: 'header', warning: null });
  });

  it('falls back to Windows-1252 when declared UTF-8 is not UTF-8, and says so', () => {
    const decoded = decodeDocument(new Uint8Array([...ascii('<meta charset="utf-8">'), 0x93, 0x78, 0x94]));
    expect(decoded.text).toBe('<meta charset="utf-8">“x”');
    expect(decoded.warning).toContain('not UTF-8');
  });

  it('uses UTF-8 when a legacy charset is declared but the bytes are UTF-8', () => {
    const decoded = decodeDocument(
      new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>Ереван</a>'),
    );
    expect(decoded.text).toContain('Ереван');
    expect(decoded.warning).toContain('bytes are UTF-8');
  });

  it('honours a byte-order mark', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('application/rss+xml; charset="UTF-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});
