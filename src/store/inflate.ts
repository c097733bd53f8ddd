// Raw inflate (RFC 1951) in JavaScript, for the store's article texts. A text is a few hundred
// compressed bytes: node's inflateRawSync builds a Transform stream and a native zlib state for each,
// and the collector then finalises every dead zlib handle one by one; together that cost more than
// the decoding (8 µs a text, 3 µs of it in collector pauses). Decoding into one reused buffer whose
// start holds the preset dictionary needs neither. Malformed data throws; bodies.ts then asks zlib,
// whose error names the problem.

/** Bits looked up at once; longer codes (rare in short texts) are decoded a bit at a time. */
const FAST_BITS = 9;
const FAST_MASK = (1 << FAST_BITS) - 1;

/** A canonical Huffman code: a lookup table for the short codes, counts and symbols for the rest. */
interface Code {
  /** Indexed by the next `bits` bits (first bit lowest): symbol << 4 | code length, or 0. */
  fast: Int32Array;
  /** The table's width: the longest code, at most FAST_BITS (a short code needs a small table). */
  mask: number;
  /** How many codes have each length, 0..15. */
  counts: Uint16Array;
  /** Symbols in code order. */
  symbols: Uint16Array;
}

function newCode(size: number): Code {
  return {
    fast: new Int32Array(1 << FAST_BITS),
    mask: FAST_MASK,
    counts: new Uint16Array(16),
    symbols: new Uint16Array(size),
  };
}

/** REVERSED[i]: the FAST_BITS bits of i in the opposite order (deflate sends codes first bit first). */
const REVERSED = Uint16Array.from({ length: 1 << FAST_BITS }, (_, i) => {
  let r = 0;
  for (let b = 0; b < FAST_BITS; b++) r |= ((i >> b) & 1) << (FAST_BITS - 1 - b);
  return r;
});

const offsets = new Uint16Array(16);

/**
 * The code of these code lengths, built into `into` (reused: allocating cost more than building).
 * `partial`: a literal or distance code, which may be a single one-bit code. `counted`: `into.counts`
 * already holds how many codes have each length (dynamicCodes counts them as it reads them).
 */
function buildCode(lengths: Uint8Array, n: number, into: Code, partial = false, counted = false): Code {
  const { fast, counts, symbols } = into;
  if (!counted) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[lengths[i]!]!++;
  }
  counts[0] = 0;
  // Codes must fill their space exactly, as zlib requires: more codes of a length than the shorter
  // ones leave room for is no code, and fewer is allowed only for a single code of one bit (or none).
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = (left << 1) - counts[len]!;
    if (left < 0) throw new Error('inflate: over-subscribed code');
  }
  let used = 0;
  for (let len = 1; len < 16; len++) used += counts[len]!;
  if (left > 0 && used > 0 && !(partial && used === 1 && counts[1] === 1))
    throw new Error('inflate: incomplete code');
  offsets[1] = 0;
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  for (let i = 0; i < n; i++) if (lengths[i]) symbols[offsets[lengths[i]!]!++] = i;
  let longest = FAST_BITS;
  while (longest > 1 && counts[longest] === 0) longest--;
  const slots = 1 << longest;
  into.mask = slots - 1;
  fast.fill(0, 0, slots);
  // Canonical codes run in order of length, then symbol; a short one fills every slot whose low
  // bits are its code.
  let code = 0;
  let k = 0;
  for (let len = 1; len <= longest; len++) {
    for (let c = 0; c < counts[len]!; c++, k++, code++) {
      const entry = (symbols[k]! << 4) | len;
      for (let slot = REVERSED[code << (FAST_BITS - len)]!; slot < slots; slot += 1 << len)
        fast[slot] = entry;
    }
    code <<= 1;
  }
  return into;
}

const LENGTH_BASE = new Uint16Array([
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
]);
const LENGTH_EXTRA = new Uint8Array([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]);
const DISTANCE_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
]);
const DISTANCE_EXTRA = new Uint8Array([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]);
/** The order in which a dynamic block sends the lengths of its code-length code. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const FIXED_LITERALS = (() => {
  const lengths = new Uint8Array(288);
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  return buildCode(lengths, 288, newCode(288));
})();
// 32 five-bit codes, a complete code: 30 and 31 are refused where distances are decoded.
const FIXED_DISTANCES = buildCode(new Uint8Array(32).fill(5), 32, newCode(32));
/** A dynamic block's codes, rebuilt in place for each block. */
const dynamic = { lengths: newCode(19), literals: newCode(288), distances: newCode(32) };
const codeLengths = new Uint8Array(19);
const lengths = new Uint8Array(288 + 32);

/** The output: the dictionary, then the text so far; reused by every call (decoding is synchronous). */
let out: Buffer = Buffer.allocUnsafe(64 * 1024);
/** The dictionary the buffer's start holds, so that the same one is not copied again. */
let held: Uint8Array | null = null;

/** The input and its bit buffer: `count` bits in `bits`, lowest first, read up to byte `pos`. */
const EMPTY = new Uint8Array(0);
const input: { data: Uint8Array; pos: number; bits: number; count: number } = {
  data: EMPTY,
  pos: 0,
  bits: 0,
  count: 0,
};

/**
 * At least `n` (≤ 24) bits buffered; zeros past the end (`overran` tells). Bytes go in below bit 24,
 * so `bits` stays under 2^31: a small integer to V8, never a heap number.
 */
function need(n: number): void {
  const { data } = input;
  while (input.count < n) {
    input.bits |= (input.pos < data.length ? data[input.pos]! : 0) << input.count;
    input.pos++;
    input.count += 8;
  }
}

function take(n: number): number {
  need(n);
  const value = input.bits & ((1 << n) - 1);
  input.bits >>= n;
  input.count -= n;
  return value;
}

function symbol(code: Code): number {
  need(15);
  const entry = code.fast[input.bits & code.mask]!;
  if (entry !== 0) {
    input.bits >>= entry & 15;
    input.count -= entry & 15;
    return entry >> 4;
  }
  // Longer than FAST_BITS: canonical decoding a bit at a time, as zlib's puff.c does.
  let value = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    value |= take(1);
    const count = code.counts[len]!;
    if (value - first < count) return code.symbols[index + value - first]!;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new Error('inflate: bad code');
}

/** Whether more bytes were consumed than there are (beyond the whole bytes still buffered). */
function overran(): boolean {
  return input.pos - (input.count >> 3) > input.data.length;
}

/** The UTF-8 text `data` inflates to, with `dictionary` as the preset dictionary. */
export function inflateRawText(data: Uint8Array, dictionary?: Uint8Array): string {
  const start = dictionary?.length ?? 0;
  if (!dictionary) held = null;
  else if (held !== dictionary) {
    ensure(start);
    out.set(dictionary, 0);
    held = dictionary;
  }
  input.data = data;
  input.pos = 0;
  input.bits = 0;
  input.count = 0;
  let at = start;
  let last = 0;
  while (!last) {
    last = take(1);
    const type = take(2);
    if (type === 0) at = storedBlock(at);
    else if (type === 1) at = huffmanBlock(at, FIXED_LITERALS, FIXED_DISTANCES);
    else if (type === 2) {
      dynamicCodes();
      at = huffmanBlock(at, dynamic.literals, dynamic.distances);
    } else throw new Error('inflate: bad block type');
    if (overran()) throw new Error('inflate: data ends early');
  }
  input.data = EMPTY;
  return out.toString('utf8', start, at);
}

/** Room for `size` bytes (a bigger buffer keeps the dictionary at its start); returns the buffer. */
function ensure(size: number): Buffer {
  if (size <= out.length) return out;
  const bigger = Buffer.allocUnsafe(Math.max(size, out.length * 2));
  out.copy(bigger, 0, 0, out.length);
  out = bigger;
  return out;
}

function storedBlock(at: number): number {
  take(input.count & 7);
  const length = take(16);
  const check = take(16);
  if ((length ^ 0xffff) !== check) throw new Error('inflate: bad stored block');
  // Only whole bytes are buffered now: give them back and copy from the input.
  const from = input.pos - (input.count >> 3);
  input.pos = from + length;
  input.bits = 0;
  input.count = 0;
  if (input.pos > input.data.length) throw new Error('inflate: data ends early');
  ensure(at + length).set(input.data.subarray(from, from + length), at);
  return at + length;
}

function dynamicCodes(): void {
  const literalCount = take(5) + 257;
  const distanceCount = take(5) + 1;
  const lengthCount = take(4) + 4;
  if (literalCount > 286 || distanceCount > 30) throw new Error('inflate: too many codes');
  codeLengths.fill(0);
  for (let i = 0; i < lengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]!] = take(3);
  const lengthCode = buildCode(codeLengths, 19, dynamic.lengths);
  const total = literalCount + distanceCount;
  // The code-length code is at most 7 bits long, so its table holds every code.
  const table = lengthCode.fast;
  const mask = lengthCode.mask;
  // Each code's lengths are counted as they are read (buildCode then need not count them again).
  const literalCounts = dynamic.literals.counts.fill(0);
  const distanceCounts = dynamic.distances.counts.fill(0);
  // The bit buffer in locals, as in huffmanBlock: 14 bits cover a code (7) and its extra bits (7).
  const { data } = input;
  const size = data.length;
  let { bits, count, pos } = input;
  for (let i = 0; i < total; ) {
    while (count < 14) {
      bits |= (pos < size ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    const entry = table[bits & mask]!;
    if (entry === 0) throw new Error('inflate: bad code');
    bits >>= entry & 15;
    count -= entry & 15;
    const length = entry >> 4;
    if (length < 16) {
      (i < literalCount ? literalCounts : distanceCounts)[length]!++;
      lengths[i++] = length;
      continue;
    }
    let value = 0;
    let repeat: number;
    if (length === 16) {
      if (i === 0) throw new Error('inflate: repeat with no length');
      value = lengths[i - 1]!;
      repeat = 3 + (bits & 3);
      bits >>= 2;
      count -= 2;
    } else if (length === 17) {
      repeat = 3 + (bits & 7);
      bits >>= 3;
      count -= 3;
    } else {
      repeat = 11 + (bits & 127);
      bits >>= 7;
      count -= 7;
    }
    if (i + repeat > total) throw new Error('inflate: too many lengths');
    const end = i + repeat;
    if (value !== 0) {
      const literals = Math.max(0, Math.min(end, literalCount) - i);
      literalCounts[value]! += literals;
      distanceCounts[value]! += repeat - literals;
    }
    for (; i < end; i++) lengths[i] = value;
  }
  Object.assign(input, { bits, count, pos });
  buildCode(lengths, literalCount, dynamic.literals, true, true);
  buildCode(lengths.subarray(literalCount, total), distanceCount, dynamic.distances, true, true);
}

/**
 * A Huffman-coded block's symbols into `out`. The loop keeps the bit buffer in locals (twice as fast
 * as going through `input`); a code longer than FAST_BITS goes through symbol().
 */
function huffmanBlock(start: number, literals: Code, distances: Code): number {
  const literalTable = literals.fast;
  const literalMask = literals.mask;
  const distanceTable = distances.fast;
  const distanceMask = distances.mask;
  const { data } = input;
  const size = data.length;
  let { bits, count, pos } = input;
  let buffer = out;
  let capacity = buffer.length;
  let at = start;
  for (;;) {
    // Enough for a short code and its extra bits; the distance code gets its own refill.
    while (count < 24) {
      bits |= (pos < size ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    // Truncated data reads as zeros, which decode to symbols without end: stop at the end.
    if (pos - (count >> 3) > size) throw new Error('inflate: data ends early');
    let entry = literalTable[bits & literalMask]!;
    let code: number;
    if (entry !== 0) {
      bits >>= entry & 15;
      count -= entry & 15;
      code = entry >> 4;
    } else {
      Object.assign(input, { bits, count, pos });
      code = symbol(literals);
      ({ bits, count, pos } = input);
    }
    if (code < 256) {
      if (at >= capacity) {
        buffer = ensure(at + 1);
        capacity = buffer.length;
      }
      buffer[at++] = code;
      continue;
    }
    if (code === 256) break;
    const lengthIndex = code - 257;
    if (lengthIndex >= 29) throw new Error('inflate: bad length');
    const lengthBits = LENGTH_EXTRA[lengthIndex]!;
    // A long code (the slow path) may have left fewer bits than the extra bits need.
    while (count < lengthBits) {
      bits |= (pos < size ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    const length = LENGTH_BASE[lengthIndex]! + (bits & ((1 << lengthBits) - 1));
    bits >>= lengthBits;
    count -= lengthBits;
    while (count < 24) {
      bits |= (pos < size ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    entry = distanceTable[bits & distanceMask]!;
    let distanceIndex: number;
    if (entry !== 0) {
      bits >>= entry & 15;
      count -= entry & 15;
      distanceIndex = entry >> 4;
    } else {
      Object.assign(input, { bits, count, pos });
      distanceIndex = symbol(distances);
      ({ bits, count, pos } = input);
    }
    if (distanceIndex >= 30) throw new Error('inflate: bad distance');
    const distanceBits = DISTANCE_EXTRA[distanceIndex]!;
    while (count < distanceBits) {
      bits |= (pos < size ? data[pos]! : 0) << count;
      pos++;
      count += 8;
    }
    const distance = DISTANCE_BASE[distanceIndex]! + (bits & ((1 << distanceBits) - 1));
    bits >>= distanceBits;
    count -= distanceBits;
    // The dictionary counts as output already written, as it does in zlib's window.
    if (distance > at) throw new Error('inflate: distance too far back');
    if (at + length > capacity) {
      buffer = ensure(at + length);
      capacity = buffer.length;
    }
    for (let end = at + length; at < end; at++) buffer[at] = buffer[at - distance]!;
  }
  Object.assign(input, { bits, count, pos });
  return at;
}
