// Adjectives of nationality and the countries they name: "Gabonese officers" and "Gabon army" report
// one event, "Afghan quake" and "Afghanistan earthquake" one disaster. The story stage reads both as
// the country's term, so that titles and leads that name a country either way share it.
import { COUNTRIES } from '../util/countries.js';

/**
 * Adjective (and its plural, "armenians") → the country's term, both as `stem` reads them: the story
 * stage's stemmer, passed in by terms.ts (which this module must not import: it imports this one).
 */
export function countryOfAdjective(stem: (word: string) => string): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(COUNTRIES).flatMap(([country, adjectives]) =>
      adjectives.split(' ').map((adjective) => [stem(adjective), stem(country)] as [string, string]),
    ),
  );
}
