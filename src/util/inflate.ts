// Raw DEFLATE (RFC 1951) decoding in JavaScript, for the small texts the store keeps (article
// bodies of a few kilobytes, deflated with a preset dictionary). node:zlib's inflateRawSync costs
// about 6 µs per call before it decodes a byte (a native stream is created, set up and freed each
// time): on a 700-character article that is two thirds of its 13 µs. Decoding here costs 2–4 µs,
// and every reader of article texts pays it many times per request (search ranks and cuts snippets
// from dozens of texts, a story page reads each article once per kind of record).
//
// The decoder follows zlib's puff.c: canonical Huffman codes decoded through a 9-bit lookup table,
// codes longer than that (rare in small texts) bit by bit. It throws on malformed input; callers
// fall back to zlib, whose error then says what is wrong.

/** Codes up to FAST_BITS long are decoded with one table lookup. */
const FAST_BITS = 9;
const FAST_MASK = (1 << FAST_BITS) - 1;
const MAX_BITS = 15;

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order in which a dynamic block lists the code lengths of its code-length code. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: symbols by code length, and the lookup table for short codes. */
class Huffman {
  /** Entry: symbol << 4 | code length; 0 for a code longer than FAST_BITS (or no code). */
  readonly fast = new Int32Array(1 << FAST_BITS);
  readonly count = new Uint16Array(MAX_BITS + 1);
  readonly symbol: Uint16Array;
  private readonly offsets = new Uint16Array(MAX_BITS + 2);

  constructor(size: number) {
    this.symbol = new Uint16Array(size);
  }

  /** Sets the code from each symbol's code length (0: no code). */
  build(lengths: Uint8Array, from: number, n: number): void {
    const { count, symbol, offsets, fast } = this;
    count.fill(0);
    for (let s = 0; s < n; s++) count[lengths[from + s]!]!++;
    count[0] = 0;
    let left = 1;
    for (let len = 1; len <= MAX_BITS; len++) {
      left = (left << 1) - count[len]!;
      if (left < 0) throw new Error('inflate: over-subscribed code');
    }
    offsets[1] = 0;
    for (let len = 1; len < MAX_BITS; len++) offsets[len + 1] = offsets[len]! + count[len]!;
    for (let s = 0; s < n; s++) {
      const len = lengths[from + s]!;
      if (len !== 0) symbol[offsets[len]!++] = s;
    }
    fast.fill(0);
    let code = 0;
    let k = 0;
    for (let len = 1; len <= FAST_BITS; len++) {
      for (let i = 0; i < count[len]!; i++, code++) {
        const entry = (symbol[k++]! << 4) | len;
        // Deflate sends a code's bits from its most significant one; the table is indexed by the
        // next FAST_BITS input bits, least significant first, so by the code reversed.
        for (let j = reverse(code, len); j <= FAST_MASK; j += 1 << len) fast[j] = entry;
      }
      code <<= 1;
    }
  }
}

/** Each FAST_BITS-bit number with its bits in reverse order. */
const REVERSED = new Uint16Array(1 << FAST_BITS);
for (let i = 0; i <= FAST_MASK; i++) {
  let reversed = 0;
  for (let bit = 0; bit < FAST_BITS; bit++) if (i & (1 << bit)) reversed |= 1 << (FAST_BITS - 1 - bit);
  REVERSED[i] = reversed;
}

function reverse(code: number, length: number): number {
  return REVERSED[code << (FAST_BITS - length)]!;
}

const literals = new Huffman(288);
const distances = new Huffman(32);
const codeLengths = new Huffman(19);
const fixedLiterals = new Huffman(288);
const fixedDistances = new Huffman(32);
{
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  fixedLiterals.build(lengths, 0, 288);
  fixedDistances.build(new Uint8Array(32).fill(5), 0, 32);
}
const lengthsScratch = new Uint8Array(288 + 32);
const codeLengthScratch = new Uint8Array(19);

/** The output is decoded into one buffer reused across calls, after a copy of the dictionary. */
let out = new Uint8Array(64 * 1024);
let dictionaryInOut: Uint8Array | null = null;

/** Decodes raw deflate data (no zlib or gzip header) as UTF-8 text. */
export function inflateRawText(input: Uint8Array, dictionary?: Uint8Array): string {
  const start = dictionary?.length ?? 0;
  if (!dictionary) dictionaryInOut = null;
  else if (dictionary !== dictionaryInOut) {
    if (out.length < start + 1024) out = new Uint8Array(start + 64 * 1024);
    out.set(dictionary, 0);
    dictionaryInOut = dictionary;
  }
  const end = decode(input, start);
  const text = Buffer.from(out.buffer, out.byteOffset, end).toString('utf8', start, end);
  // A rare long text must not keep its buffer's memory for good.
  if (out.length > KEPT_BYTES) {
    out = new Uint8Array(64 * 1024);
    dictionaryInOut = null;
  }
  return text;
}

const KEPT_BYTES = 1024 * 1024;

/** The next 25 or more input bits from bit `pos` on, least significant first (0 past the end). */
function peek(input: Uint8Array, pos: number): number {
  const b = pos >>> 3;
  return (
    ((input[b]! | (input[b + 1]! << 8) | (input[b + 2]! << 16) | (input[b + 3]! << 24)) >>> (pos & 7)) | 0
  );
}

/** Where the input stands after slowSymbol. */
let slowPos = 0;

/** A code longer than FAST_BITS, bit by bit (puff.c's decode); sets slowPos. */
function slowSymbol(input: Uint8Array, pos: number, code: Huffman): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len <= MAX_BITS; len++) {
    value |= peek(input, pos++) & 1;
    const count = code.count[len]!;
    if (value - count < first) {
      slowPos = pos;
      return code.symbol[index + value - first]!;
    }
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new Error('inflate: invalid code');
}

/** Makes room for `n` more output bytes after `o`. */
function room(o: number, n: number): void {
  if (o + n <= out.length) return;
  const grown = new Uint8Array(Math.max(out.length * 2, o + n));
  grown.set(out.subarray(0, o));
  out = grown;
}

/**
 * Decodes into `out` from `start` on; returns where the output ends. One function with the bit
 * reading written out: the per-symbol loop is where the time goes.
 */
function decode(input: Uint8Array, start: number): number {
  const totalBits = input.length * 8;
  let pos = 0;
  let o = start;
  let last = 0;
  while (last === 0) {
    const header = peek(input, pos);
    last = header & 1;
    const type = (header >>> 1) & 3;
    pos += 3;
    if (type === 0) {
      pos = (pos + 7) & ~7;
      const lengths = peek(input, pos);
      const length = lengths & 0xffff;
      if (((lengths >>> 16) ^ 0xffff) !== length) throw new Error('inflate: bad stored block length');
      const from = (pos >>> 3) + 4;
      if (from + length > input.length) throw new Error('inflate: truncated stored block');
      room(o, length);
      out.set(input.subarray(from, from + length), o);
      o += length;
      pos = (from + length) * 8;
      continue;
    }
    let lit = fixedLiterals;
    let dist = fixedDistances;
    if (type === 2) {
      pos = readDynamicCodes(input, pos);
      lit = literals;
      dist = distances;
    } else if (type !== 1) throw new Error('inflate: bad block type');
    const litFast = lit.fast;
    const distFast = dist.fast;
    for (;;) {
      if (pos > totalBits) throw new Error('inflate: truncated input');
      let entry = litFast[peek(input, pos) & FAST_MASK]!;
      let symbol: number;
      if (entry !== 0) {
        pos += entry & 15;
        symbol = entry >> 4;
      } else {
        symbol = slowSymbol(input, pos, lit);
        pos = slowPos;
      }
      if (symbol < 256) {
        if (o >= out.length) room(o, 1);
        out[o++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      symbol -= 257;
      if (symbol >= 29) throw new Error('inflate: bad length symbol');
      const lengthExtra = LENGTH_EXTRA[symbol]!;
      const length = LENGTH_BASE[symbol]! + (peek(input, pos) & ((1 << lengthExtra) - 1));
      pos += lengthExtra;
      entry = distFast[peek(input, pos) & FAST_MASK]!;
      let d: number;
      if (entry !== 0) {
        pos += entry & 15;
        d = entry >> 4;
      } else {
        d = slowSymbol(input, pos, dist);
        pos = slowPos;
      }
      if (d >= 30) throw new Error('inflate: bad distance symbol');
      const distanceExtra = DISTANCE_EXTRA[d]!;
      const distance = DISTANCE_BASE[d]! + (peek(input, pos) & ((1 << distanceExtra) - 1));
      pos += distanceExtra;
      if (distance > o) throw new Error('inflate: distance too far back');
      room(o, length);
      // Byte by byte: a copy may overlap what it writes (a run).
      for (let from = o - distance, end = o + length; o < end; ) out[o++] = out[from++]!;
    }
  }
  if (pos > totalBits) throw new Error('inflate: truncated input');
  return o;
}

/** Reads a dynamic block's header from bit `pos` into `literals` and `distances`; returns the next bit. */
function readDynamicCodes(input: Uint8Array, pos: number): number {
  const counts = peek(input, pos);
  const nLiterals = (counts & 31) + 257;
  const nDistances = ((counts >>> 5) & 31) + 1;
  const nCodeLengths = ((counts >>> 10) & 15) + 4;
  pos += 14;
  if (nLiterals > 286 || nDistances > 30) throw new Error('inflate: bad counts');
  codeLengthScratch.fill(0);
  for (let i = 0; i < nCodeLengths; i++, pos += 3)
    codeLengthScratch[CODE_LENGTH_ORDER[i]!] = peek(input, pos) & 7;
  codeLengths.build(codeLengthScratch, 0, 19);
  const fast = codeLengths.fast;
  const total = nLiterals + nDistances;
  const lengths = lengthsScratch;
  let i = 0;
  while (i < total) {
    // Code-length codes are at most 7 bits long: always in the table when the code is valid.
    const entry = fast[peek(input, pos) & FAST_MASK]!;
    if (entry === 0) throw new Error('inflate: invalid code-length code');
    pos += entry & 15;
    const symbol = entry >> 4;
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    const bits = peek(input, pos);
    let value = 0;
    let repeat: number;
    if (symbol === 16) {
      if (i === 0) throw new Error('inflate: repeat with no previous length');
      value = lengths[i - 1]!;
      repeat = 3 + (bits & 3);
      pos += 2;
    } else if (symbol === 17) {
      repeat = 3 + (bits & 7);
      pos += 3;
    } else {
      repeat = 11 + (bits & 127);
      pos += 7;
    }
    if (i + repeat > total) throw new Error('inflate: too many lengths');
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw new Error('inflate: no end-of-block code');
  literals.build(lengths, 0, nLiterals);
  distances.build(lengths, nLiterals, nDistances);
  return pos;
}
