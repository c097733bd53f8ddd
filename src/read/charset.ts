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

/** A TextDecoder for a label, or null when the platform does not know the label. */
function decoderFor(label: string, fatal = false): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
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
