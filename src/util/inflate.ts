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
  /** Entry: symbol << 4 | code length; 0 for a longer code (or no code). */
  readonly fast: Int32Array;
  /** The lookup table's index mask: codes up to its bit count are decoded with one lookup. */
  readonly mask: number;
  readonly count = new Uint16Array(MAX_BITS + 1);
  readonly symbol: Uint16Array;
  private readonly offsets = new Uint16Array(MAX_BITS + 2);

  /**
   * `size` symbols; a table of `bits` bits (at most FAST_BITS). A table costs its size to fill for
   * every block, so distance and code-length codes, short and few, get small ones.
   */
  constructor(
    size: number,
    private readonly bits: number,
  ) {
    this.symbol = new Uint16Array(size);
    this.fast = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Sets the code from each symbol's code length (0: no code). */
  build(lengths: Uint8Array, from: number, n: number): void {
    const { count, symbol, offsets, fast, bits, mask } = this;
    count.fill(0);
    for (let s = 0; s < n; s++) count[lengths[from + s]!]!++;
    count[0] = 0;
    let left = 1;
    let longest = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      left = (left << 1) - count[len]!;
      if (left < 0) throw new Error('inflate: over-subscribed code');
      if (count[len]! > 0) longest = len;
    }
    offsets[1] = 0;
    for (let len = 1; len < MAX_BITS; len++) offsets[len + 1] = offsets[len]! + count[len]!;
    for (let s = 0; s < n; s++) {
      const len = lengths[from + s]!;
      if (len !== 0) symbol[offsets[len]!++] = s;
    }
    // A complete code of short codes writes every entry; otherwise the rest must read as "long".
    if (left !== 0 || longest > bits) fast.fill(0);
    let code = 0;
    let k = 0;
    for (let len = 1; len <= bits; len++) {
      for (let i = 0; i < count[len]!; i++, code++) {
        const entry = (symbol[k++]! << 4) | len;
        // Deflate sends a code's bits from its most significant one; the table is indexed by the
        // next input bits, least significant first, so by the code reversed.
        for (let j = reverse(code, len); j <= mask; j += 1 << len) fast[j] = entry;
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

const literals = new Huffman(288, FAST_BITS);
const distances = new Huffman(32, 6);
const codeLengths = new Huffman(19, 7);
const fixedLiterals = new Huffman(288, FAST_BITS);
const fixedDistances = new Huffman(32, 5);
{
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  fixedLiterals.build(lengths, 0, 288);
  fixedDistances.build(new Uint8Array(32).fill(5), 0, 32);
}
const lengthsScratch = new Uint8Array(288 + 32);
const codeLengthScratch = new Uint8Array(19);

/** The output is decoded into one buffer reused across calls, after a copy of the dictionary. */
let out: Uint8Array = new Uint8Array(64 * 1024);
let dictionaryInOut: Uint8Array | null = null;
/** `out` as a Buffer, to decode UTF-8 from. */
let outText: Buffer | null = null;

/** Decodes raw deflate data (no zlib or gzip header) as UTF-8 text. */
export function inflateRawText(input: Uint8Array, dictionary?: Uint8Array): string {
  const start = dictionary?.length ?? 0;
  if (!dictionary) dictionaryInOut = null;
  else if (dictionary !== dictionaryInOut) {
    if (out.length < start + 1024) {
      out = new Uint8Array(start + 64 * 1024);
      outText = null;
    }
    out.set(dictionary, 0);
    dictionaryInOut = dictionary;
  }
  const end = decode(input, start);
  outText ??= Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  const text = outText.toString('utf8', start, end);
  // A rare long text must not keep its buffer's memory for good.
  if (out.length > KEPT_BYTES) {
    out = new Uint8Array(64 * 1024);
    outText = null;
    dictionaryInOut = null;
  }
  return text;
}

const KEPT_BYTES = 1024 * 1024;

/**
 * The table entry for a code longer than FAST_BITS at the start of `bits` (least significant bit
 * first, at least MAX_BITS of them), bit by bit as puff.c's decode does; 0 when no code matches.
 */
function longEntry(bits: number, code: Huffman): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len <= MAX_BITS; len++) {
    value |= (bits >>> (len - 1)) & 1;
    const count = code.count[len]!;
    if (value - count < first) return (code.symbol[index + value - first]! << 4) | len;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  return 0;
}

/** Makes room for `n` more output bytes after `o`; returns the output buffer. */
function room(o: number, n: number): Uint8Array {
  if (o + n <= out.length) return out;
  const grown = new Uint8Array(Math.max(out.length * 2, o + n));
  grown.set(out.subarray(0, o));
  out = grown;
  outText = null;
  return out;
}

/** Where the input stands between decode and readDynamicCodes: byte, bit buffer, bits in it. */
const state = new Int32Array(3);

/**
 * Decodes into `out` from `start` on; returns where the output ends. The bits not used yet are kept
 * in `bits` (least significant first, `count` of them), topped up a byte at a time to at least 24
 * before each code: one code, its extra bits included, never needs more. Bytes past the end read
 * as 0; the check at the end finds a truncated input.
 */
function decode(input: Uint8Array, start: number): number {
  const n = input.length;
  let buffer = out;
  let o = start;
  let ip = 0;
  let bits = 0;
  let count = 0;
  let last = 0;
  while (last === 0) {
    while (count < 24) {
      bits |= (ip < n ? input[ip]! : 0) << count;
      ip++;
      count += 8;
    }
    last = bits & 1;
    const type = (bits >>> 1) & 3;
    bits >>>= 3;
    count -= 3;
    if (type === 0) {
      // To the byte boundary; the whole bytes still in `bits` are given back to the input.
      ip -= (count - (count & 7)) >> 3;
      bits = 0;
      count = 0;
      const length = (input[ip] ?? 0) | ((input[ip + 1] ?? 0) << 8);
      const check = (input[ip + 2] ?? 0) | ((input[ip + 3] ?? 0) << 8);
      if ((check ^ 0xffff) !== length) throw new Error('inflate: bad stored block length');
      ip += 4;
      if (ip + length > input.length) throw new Error('inflate: truncated stored block');
      buffer = room(o, length);
      buffer.set(input.subarray(ip, ip + length), o);
      o += length;
      ip += length;
      continue;
    }
    let lit = fixedLiterals;
    let dist = fixedDistances;
    if (type === 2) {
      readDynamicCodes(input, ip, bits, count);
      ip = state[0]!;
      bits = state[1]!;
      count = state[2]!;
      lit = literals;
      dist = distances;
    } else if (type !== 1) throw new Error('inflate: bad block type');
    const litFast = lit.fast;
    const litMask = lit.mask;
    const distFast = dist.fast;
    const distMask = dist.mask;
    for (;;) {
      while (count < 24) {
        bits |= (ip < n ? input[ip]! : 0) << count;
        ip++;
        count += 8;
      }
      if (ip > input.length + 8) throw new Error('inflate: truncated input');
      let entry = litFast[bits & litMask]!;
      if (entry === 0) entry = longEntry(bits, lit);
      if (entry === 0) throw new Error('inflate: invalid code');
      bits >>>= entry & 15;
      count -= entry & 15;
      let symbol = entry >> 4;
      if (symbol < 256) {
        if (o >= buffer.length) buffer = room(o, 1);
        buffer[o++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      symbol -= 257;
      if (symbol >= 29) throw new Error('inflate: bad length symbol');
      const lengthExtra = LENGTH_EXTRA[symbol]!;
      const length = LENGTH_BASE[symbol]! + (bits & ((1 << lengthExtra) - 1));
      bits >>>= lengthExtra;
      count -= lengthExtra;
      while (count < 24) {
        bits |= (ip < n ? input[ip]! : 0) << count;
        ip++;
        count += 8;
      }
      entry = distFast[bits & distMask]!;
      if (entry === 0) entry = longEntry(bits, dist);
      if (entry === 0) throw new Error('inflate: invalid code');
      bits >>>= entry & 15;
      count -= entry & 15;
      const d = entry >> 4;
      if (d >= 30) throw new Error('inflate: bad distance symbol');
      // Up to 13 extra bits: at least 9 are left of the 24, and the top-up below covers the rest.
      const distanceExtra = DISTANCE_EXTRA[d]!;
      if (count < distanceExtra) {
        bits |= (ip < n ? input[ip]! : 0) << count;
        ip++;
        count += 8;
      }
      const distance = DISTANCE_BASE[d]! + (bits & ((1 << distanceExtra) - 1));
      bits >>>= distanceExtra;
      count -= distanceExtra;
      if (distance > o) throw new Error('inflate: distance too far back');
      if (o + length > buffer.length) buffer = room(o, length);
      // Byte by byte: a copy may overlap what it writes (a run).
      for (let from = o - distance, end = o + length; o < end; ) buffer[o++] = buffer[from++]!;
    }
  }
  // Whole bytes still in the bit buffer were read ahead, not used.
  if (ip - (count >> 3) > input.length) throw new Error('inflate: truncated input');
  return o;
}

/**
 * Reads a dynamic block's header into `literals` and `distances`, from byte `ip` with `bits`
 * (`count` of them) in hand; leaves where it stopped in `state`.
 */
function readDynamicCodes(input: Uint8Array, ip: number, bits: number, count: number): void {
  const n = input.length;
  while (count < 24) {
    bits |= (ip < n ? input[ip]! : 0) << count;
    ip++;
    count += 8;
  }
  const nLiterals = (bits & 31) + 257;
  const nDistances = ((bits >>> 5) & 31) + 1;
  const nCodeLengths = ((bits >>> 10) & 15) + 4;
  bits >>>= 14;
  count -= 14;
  if (nLiterals > 286 || nDistances > 30) throw new Error('inflate: bad counts');
  codeLengthScratch.fill(0);
  for (let i = 0; i < nCodeLengths; i++) {
    while (count < 24) {
      bits |= (ip < n ? input[ip]! : 0) << count;
      ip++;
      count += 8;
    }
    codeLengthScratch[CODE_LENGTH_ORDER[i]!] = bits & 7;
    bits >>>= 3;
    count -= 3;
  }
  codeLengths.build(codeLengthScratch, 0, 19);
  const fast = codeLengths.fast;
  const total = nLiterals + nDistances;
  const lengths = lengthsScratch;
  let i = 0;
  while (i < total) {
    while (count < 24) {
      bits |= (ip < n ? input[ip]! : 0) << count;
      ip++;
      count += 8;
    }
    // Code-length codes are at most 7 bits long: always in the table when the code is valid.
    const entry = fast[bits & 127]!;
    if (entry === 0) throw new Error('inflate: invalid code-length code');
    bits >>>= entry & 15;
    count -= entry & 15;
    const symbol = entry >> 4;
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    let value = 0;
    let repeat: number;
    if (symbol === 16) {
      if (i === 0) throw new Error('inflate: repeat with no previous length');
      value = lengths[i - 1]!;
      repeat = 3 + (bits & 3);
      bits >>>= 2;
      count -= 2;
    } else if (symbol === 17) {
      repeat = 3 + (bits & 7);
      bits >>>= 3;
      count -= 3;
    } else {
      repeat = 11 + (bits & 127);
      bits >>>= 7;
      count -= 7;
    }
    if (i + repeat > total) throw new Error('inflate: too many lengths');
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw new Error('inflate: no end-of-block code');
  literals.build(lengths, 0, nLiterals);
  distances.build(lengths, nLiterals, nDistances);
  state[0] = ip;
  state[1] = bits;
  state[2] = count;
}
