import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { headerNames, withHeaderNames } from './header-names.js';

const header = (id: string, outlet: string | null, dateline: string | null) => ({ id, outlet, dateline });

describe('headerNames', () => {
  it('names the outlet an organisation and the dateline a place, in the case places are written', () => {
    expect(headerNames(header('a', 'Gulf Tribune', 'PORT SUDAN'))).toEqual([
      { name: 'Gulf Tribune', type: 'organization' },
      { name: 'Port Sudan', type: 'place' },
    ]);
    expect(headerNames(header('a', null, "ST. JOHN'S"))).toEqual([{ name: "St. John's", type: 'place' }]);
    expect(headerNames(header('a', null, 'BANDA-ACEH'))).toEqual([{ name: 'Banda-Aceh', type: 'place' }]);
  });

  it('reads each place of a shared dateline and keeps one in mixed case as written', () => {
    expect(headerNames(header('a', null, 'OSLO/STOCKHOLM')).map((n) => n.name)).toEqual([
      'Oslo',
      'Stockholm',
    ]);
    expect(headerNames(header('a', null, 'Kinshasa'))).toEqual([{ name: 'Kinshasa', type: 'place' }]);
    expect(headerNames(header('a', null, null))).toEqual([]);
  });

  it('takes no release label for a place', () => {
    expect(headerNames(header('a', null, 'PRESS RELEASE'))).toEqual([]);
    expect(headerNames(header('a', null, 'Media Advisory'))).toEqual([]);
  });
});

describe('withHeaderNames', () => {
  const port: Entity = {
    id: 'e_port',
    name: 'Port Sudan',
    type: 'place',
    aliases: ['Port Sudan'],
    articles: ['a1'],
    mentions: 3,
  };

  it('gives a dateline with the full name of a body the texts also write shorter to that body', () => {
    const council: Entity = {
      id: 'e_league',
      name: 'Arab League',
      type: 'organization',
      aliases: ['Arab League', 'League'],
      articles: ['a1'],
      mentions: 2,
    };
    const entities = withHeaderNames([council], [header('a2', null, 'ARAB LEAGUE')]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'e_league', articles: ['a1', 'a2'] });
  });

  it('adds the article to the entity that has the name, whatever its case or accents', () => {
    const [entity, ...rest] = withHeaderNames([port], [header('a2', null, 'PORT SUDAN')]);
    expect(entity).toMatchObject({ id: 'e_port', articles: ['a1', 'a2'], mentions: 3 });
    expect(rest).toEqual([]);
    expect(port.articles).toEqual(['a1']); // the input is left as it was
  });

  it('opens an entity without mentions for a name only the header gives, once for all its articles', () => {
    const entities = withHeaderNames(
      [port],
      [
        header('a1', 'Gulf Tribune', null),
        header('a2', 'Gulf Tribune', null),
        header('a2', 'Gulf Tribune', null),
      ],
    );
    expect(entities[1]).toMatchObject({
      name: 'Gulf Tribune',
      type: 'organization',
      aliases: ['Gulf Tribune'],
      articles: ['a1', 'a2'],
      mentions: 0,
    });
  });

  it('does not give a place the name of an organisation', () => {
    const agency: Entity = {
      ...port,
      id: 'e_agency',
      name: 'Sudan',
      type: 'organization',
      aliases: ['Sudan'],
    };
    const entities = withHeaderNames([agency], [header('a3', null, 'SUDAN')]);
    expect(entities.map((e) => e.type)).toEqual(['organization', 'place']);
  });
});
