// Character sets for web pages and feeds. The declared charset (HTTP header, XML declaration or
// <meta>) is often wrong in the wild, so the bytes get the last word: a page declared UTF-8 that is
// not valid UTF-8 is decoded as Windows-1252, and a page declared as a legacy charset whose bytes
// are valid multi-byte UTF-8 is decoded as UTF-8. Either correction is reported.

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding actually used ("utf-8", "windows-1252", …). */
  encoding: string;
  /** Where the encoding came from: "bom", "header", "meta", "xml", "sniffed" or "default". */
  source: 'bom' | 'header' | 'meta' | 'xml' | 'sniffed' | 'default';
  /** Set when the declared charset disagreed with the bytes. */
  warning: string | null;
}

/** The charset parameter of a Content-Type header value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** The charset a document declares in its first 2 KB: an XML declaration or an HTML <meta>. */
export function declaredCharset(bytes: Uint8Array): { charset: string; source: 'meta' | 'xml' } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return { charset: xml[1].toLowerCase(), source: 'xml' };
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { charset: meta[1].toLowerCase(), source: 'meta' };
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

// Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1, turning curly quotes and dashes
// (bytes 0x80–0x9F) into control characters. The WHATWG table for those 32 bytes, fixed here:
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const windows1252: Decoder = {
  encoding: 'windows-1252',
  decode(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      out += String.fromCharCode(...chunk.map((b) => b)).replace(
        /[\x80-\x9f]/g,
        (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!,
      );
    }
    return out;
  },
};

/** A decoder for a label, or null when the platform does not know the label. */
function decoderFor(label: string, fatal = false): Decoder | null {
  try {
    const decoder = new TextDecoder(label, { fatal });
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    return null;
  }
}

/** Decodes Windows-1252 (and its aliases latin1, iso-8859-1, ascii) per the WHATWG table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252.decode(bytes);
}

/** True when the bytes are valid UTF-8 and contain at least one multi-byte sequence. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a page or feed. Precedence follows the HTML standard (BOM, then the HTTP header, then the
 * document's own declaration, then UTF-8), corrected by what the bytes say.
 */
export function decodeDocument(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decoderFor(bom)!.decode(bytes), encoding: bom, source: 'bom', warning: null };
  const header = charsetFromContentType(contentType);
  const declared = header ? { charset: header, source: 'header' as const } : declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared.charset) : null;
  if (!declared || !decoder) {
    const warning = declared ? `unknown charset "${declared.charset}", decoded as UTF-8` : null;
    return decodeUndeclared(bytes, warning);
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') {
    const strict = decoderFor('utf-8', true)!;
    try {
      return { text: strict.decode(bytes), encoding, source: declared.source, warning: null };
    } catch {
      const text = decoderFor('windows-1252')!.decode(bytes);
      const warning = `declared charset utf-8 but the bytes are not UTF-8; decoded as windows-1252`;
      return { text, encoding: 'windows-1252', source: 'sniffed', warning };
    }
  }
  if (isMultiByteUtf8(bytes) && !encoding.startsWith('utf-16')) {
    const warning = `declared charset ${declared.charset} but the bytes are UTF-8; decoded as UTF-8`;
    return { text: decoderFor('utf-8')!.decode(bytes), encoding: 'utf-8', source: 'sniffed', warning };
  }
  return { text: decoder.decode(bytes), encoding, source: declared.source, warning: null };
}

function decodeUndeclared(bytes: Uint8Array, warning: string | null): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', source: 'default', warning };
  } catch {
    const text = decoderFor('windows-1252')!.decode(bytes);
    return { text, encoding: 'windows-1252', source: 'sniffed', warning };
  }
}
