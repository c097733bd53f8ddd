// Tables of words looked up by words taken from an article: a plain object literal answers for the
// names every object inherits ("constructor", "toString", "valueOf"), so an article that used such a
// word as a unit, a title or a label found a function where a string was expected and failed.

/** The entries of `entries` in an object with no prototype (and frozen): unknown words find nothing. */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
