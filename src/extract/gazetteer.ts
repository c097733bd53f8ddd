// The gazetteer: canonical names with their aliases, matched against token sequences.
//
// Users extend the built-in regional list (gazetteer.data.ts) with `--aliases FILE`, in either format:
//
//   CSV or TSV, one entity per line:   canonical,type,alias1|alias2|…
//       Stepanakert,place,Khankendi|Xankendi
//       # comment lines and a header line "name,type,aliases" are ignored
//   JSON, an array of objects:         [{"name": "Stepanakert", "type": "place", "aliases": ["Khankendi"]}]
//
// type is person, place or organization (also accepted: organisation, org, location, loc, per).
// A user line whose alias is already known wins over the built-in line for that alias.

import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.js';
import { SitrepError } from '../util/errors.js';
import { foldDiacritics } from '../util/text.js';
import { wordTable } from '../util/word-table.js';
import { BUILT_IN } from './gazetteer.data.js';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface AliasMatch {
  entry: GazetteerEntry;
  /** Written in capitals ("EU", "APA"): must match the text's case exactly, so "us" is not the US. */
  acronym: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  match?: AliasMatch;
}

export interface Gazetteer {
  root: TrieNode;
  entries: GazetteerEntry[];
  /** The entries that came from the user's file, kept so that workers can rebuild the same gazetteer. */
  userEntries: GazetteerEntry[];
}

/** The key a token is matched by: diacritics folded, lower case, one apostrophe, possessive removed. */
export function tokenKey(token: string): string {
  // Most tokens are plain ASCII: skip the Unicode normalisation for them (a hot path).
  if (/^[\x00-\x7f]*$/.test(token)) return token.toLowerCase();
  return foldDiacritics(token)
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");
}

/** Splits an alias the way the annotator splits text: on spaces and hyphens, possessives apart. */
export function aliasKeys(alias: string, splitHyphens = true): string[] {
  const keys: string[] = [];
  // "RFE/RL": the annotator gives the slash a token of its own, so the alias does too.
  for (const word of alias.split(/[\s\u00a0]+|(?<=\S)(?=\/)|(?<=\/)(?=\S)/)) {
    for (const part of splitHyphens ? word.split(/[-\u2010\u2011\u2013]/) : [word]) {
      if (!part) continue;
      const key = tokenKey(part);
      // "People's" and "Peoples'": the possessive ending apart, as the annotator gives it.
      const possessive = /^(.+?)('s|(?<=s)')$/.exec(key);
      if (possessive) keys.push(possessive[1]!, possessive[2]!);
      else keys.push(key);
    }
  }
  return keys;
}

function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s/]/g, '');
  return letters.length <= 6 && /^[A-Z]+$/.test(letters);
}

export function buildGazetteer(userEntries: GazetteerEntry[] = []): Gazetteer {
  const builtIn = BUILT_IN.map(([name, type, ...aliases]) => ({ name, type, aliases }));
  const entries = [...builtIn, ...userEntries];
  const root: TrieNode = { next: new Map() };
  // Later entries overwrite earlier ones on the same alias: that is how user lines win.
  for (const entry of entries) {
    for (const alias of new Set([entry.name, ...entry.aliases])) addAlias(root, alias, entry);
  }
  return { root, entries, userEntries };
}

function addAlias(root: TrieNode, alias: string, entry: GazetteerEntry): void {
  addAliasPath(root, alias, aliasKeys(alias), entry);
  // "Co-operation" with a lower-case part after its hyphen is one token to the tagger, where
  // "al-Sham" is three: an alias with such a word is reachable both ways.
  if (/\p{L}-\p{Ll}/u.test(alias)) addAliasPath(root, alias, aliasKeys(alias, false), entry);
}

function addAliasPath(root: TrieNode, alias: string, keys: string[], entry: GazetteerEntry): void {
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.match = { entry, acronym: isAcronym(alias) };
}

/**
 * Whether a name is one of the built-in gazetteer's places ("New Delhi", "Kerala"), in any case and
 * with diacritics folded. The reader asks it of a line where a masthead would stand.
 */
export function isBuiltInPlace(name: string): boolean {
  builtInPlaces ??= new Set(
    BUILT_IN.filter(([, type]) => type === 'place').flatMap(([name, , ...aliases]) =>
      [name, ...aliases].map(placeKey),
    ),
  );
  return builtInPlaces.has(placeKey(name));
}

let builtInPlaces: Set<string> | undefined;

function placeKey(name: string): string {
  return name.trim().split(/\s+/).map(tokenKey).join(' ');
}

/** The built-in gazetteer, extended by the user's alias file when one is given. */
export function loadGazetteer(userFile?: string): Gazetteer {
  return buildGazetteer(userFile ? readAliasFile(userFile) : []);
}

export function readAliasFile(path: string): GazetteerEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SitrepError(`${path}: cannot read the aliases file`, 'E_NOT_FOUND');
  }
  return text.trimStart().startsWith('[') ? parseAliasJson(text, path) : parseAliasTable(text, path);
}

const TYPE_NAMES: Record<string, EntityType> = wordTable({
  person: 'person',
  per: 'person',
  people: 'person',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
});

function entityType(value: unknown, where: string): EntityType {
  const type =
    TYPE_NAMES[
      String(value ?? '')
        .trim()
        .toLowerCase()
    ];
  if (!type) throw new SitrepError(`${where}: type must be person, place or organization`, 'E_BAD_ARGUMENT');
  return type;
}

export function parseAliasJson(text: string, path = 'aliases'): GazetteerEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SitrepError(`${path}: not valid JSON (${(error as Error).message})`, 'E_BAD_ARGUMENT');
  }
  if (!Array.isArray(data)) throw new SitrepError(`${path}: expected an array of entries`, 'E_BAD_ARGUMENT');
  return data.map((item: { name?: unknown; type?: unknown; aliases?: unknown }, i) => {
    const where = `${path}: entry ${i + 1}`;
    if (typeof item?.name !== 'string' || !item.name.trim()) {
      throw new SitrepError(`${where}: missing "name"`, 'E_BAD_ARGUMENT');
    }
    const aliases = Array.isArray(item.aliases) ? item.aliases.filter((a) => typeof a === 'string') : [];
    return {
      name: item.name.trim(),
      type: entityType(item.type, where),
      aliases: aliases.map((a) => a.trim()),
    };
  });
}

export function parseAliasTable(text: string, path = 'aliases'): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split(line.includes('\t') ? '\t' : ',').map((cell) => cell.trim());
    if (index === 0 && cells[0]?.toLowerCase() === 'name') continue;
    const [name, type, aliases = ''] = cells;
    if (!name) throw new SitrepError(`${path}:${index + 1}: missing canonical name`, 'E_BAD_ARGUMENT');
    entries.push({
      name,
      type: entityType(type, `${path}:${index + 1}`),
      aliases: aliases
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
    });
  }
  return entries;
}
