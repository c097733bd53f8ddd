// Growing typed arrays: the hot paths keep their state in them, and grow them by doubling.

type Growable = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** A copy of `array` at least `atLeast` long (doubled until it is), the old values first. */
export function grownCopy<T extends Growable>(array: T, atLeast: number): T {
  let size = Math.max(1, array.length) * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
