// sitrep's memory: the Store interface and its SQLite implementation. Only this folder imports the
// database driver.

export { type BodyDictionary, deflateText, type StoredBody } from './bodies.js';
export { toMatchExpression } from './search.js';
export { openStore } from './sqlite.js';
export type * from './store.js';
