// Bytes → text. Digests arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
// from older mail clients; we pick the first decoding that fits and normalise line ends and spaces.
import { SitrepError } from '../util/errors.js';
import { decodeWindows1252 } from './charset.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes a file's bytes; throws E_BINARY for files that are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  // UTF-32 marks start like UTF-16's and would decode to nonsense: say so instead.
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  )
    throw new SitrepError('UTF-32 text is not supported: save the file as UTF-8', 'E_PARSE');
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new SitrepError('binary file, not a text digest', 'E_BINARY');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node 20's TextDecoder treats windows-1252 as latin1; decode the 0x80–0x9F range ourselves.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** NUL bytes or many control characters in the first 8 KB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** CRLF and CR → LF; non-breaking and other odd spaces → plain spaces; no trailing spaces on lines. */
export function normalizeText(text: string): string {
  // One pass for the odd spaces and the zero-width characters (dropped), which are rare: with a pass
  // each, every character of a file was read twice, mostly to change nothing (the two passes took
  // 0.9% of the main thread's time in a profile of the ingest bench).
  // Most files have Unix line ends: a search for one CR is a third of the time of the pattern's scan.
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.replace(ODD_SPACES, (found) => (ZERO_WIDTH.has(found) ? '' : ' '));
}

const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200a\u3000\u200b\ufeff]/g;
const ZERO_WIDTH = new Set(['\u200b', '\ufeff']);
