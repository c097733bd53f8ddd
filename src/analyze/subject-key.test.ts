import { describe, expect, it } from 'vitest';
import { isTrackable, sameQuantity, subjectKey } from './subject-key.js';

const key = (unit: string, subject: string, entityNames: string[] = [], articlePlaces: string[] = []) =>
  subjectKey({ unit, text: `1,000 ${unit}`, subject, clause: '', entityNames, articlePlaces });

describe('sameQuantity', () => {
  it('counts "others" missing with the people missing', () => {
    expect(sameQuantity(key('others', 'others remain missing'), key('people', 'people were missing'))).toBe(
      true,
    );
  });

  it('counts people moved from their districts or to safer places as displaced', () => {
    expect(key('people', 'people had been moved from eight districts').event).toBe('displacement');
    expect(key('people', 'people were shifted to safer places').event).toBe('displacement');
  });

  it('counts those unaccounted for with the missing', () => {
    const unaccounted = key('others', 'others unaccounted for');
    expect(unaccounted.event).toBe('missing');
    expect(sameQuantity(unaccounted, key('people', 'people were still missing'))).toBe(true);
  });

  it('counts people who lost their homes as one quantity, apart from the displaced', () => {
    const homeless = key('people', 'people had lost their homes on the western bank');
    expect(homeless.event).toBe('homeless');
    expect(sameQuantity(homeless, key('people', 'people have lost their homes after the dam burst'))).toBe(
      true,
    );
    expect(sameQuantity(homeless, key('people', 'people were left homeless'))).toBe(true);
    expect(sameQuantity(homeless, key('people', 'people had left the region'))).toBe(false);
  });

  it('counts the people aboard as one quantity however the clause goes on, apart from the dead', () => {
    const aboard = key('people', 'people aboard collided with an Army helicopter');
    expect(aboard.event).toBe('aboard');
    expect(sameQuantity(aboard, key('people', 'people aboard'))).toBe(true);
    expect(sameQuantity(aboard, key('passengers', 'passengers on board the ferry'))).toBe(false);
    expect(key('people', 'people aboard were killed').event).toBe('deaths');
  });

  it('gives no event to a count of things: "four states and leaving millions without power"', () => {
    expect(key('states', 'states and leaving millions of homes without power').event).toBeNull();
    expect(key('ambulances', 'ambulances to carry the injured').event).toBeNull();
    expect(key('villagers', 'villagers were left homeless').event).toBe('homeless');
  });

  it('keeps deaths in two places apart', () => {
    expect(
      sameQuantity(key('people', 'killed in Derna', ['Derna']), key('people', 'killed', ['Morocco'])),
    ).toBe(false);
  });

  it("reads a placeless figure's places from its article", () => {
    const derna = key('people', 'people were killed in Derna', ['Derna']);
    expect(sameQuantity(derna, key('people', 'people had been killed', [], ['Morocco', 'Spain']))).toBe(
      false,
    );
    expect(sameQuantity(derna, key('people', 'people had been killed', [], ['Libya', 'Derna']))).toBe(true);
    expect(sameQuantity(derna, key('people', 'people had been killed'))).toBe(true);
  });

  it("keeps a total over several places apart from one place's count", () => {
    const total = key('people', 'people killed in southern Turkey and northern Syria', ['Turkey', 'Syria']);
    const turkey = key('people', 'people had died in Turkey', ['Turkey']);
    expect(sameQuantity(total, turkey)).toBe(false);
    expect(sameQuantity(total, key('people', 'deaths in Syria and Turkey', ['Syria', 'Turkey']))).toBe(true);
    const route = key('people', 'people displaced from Karabakh to Armenia', ['Karabakh', 'Armenia']);
    expect(sameQuantity(route, key('people', 'people fled Karabakh', ['Karabakh']))).toBe(true);
  });

  it("keeps the latest day's toll apart from the running total", () => {
    const total = key('people', 'people killed in the floods since June', ['Pakistan']);
    const latest = subjectKey({
      unit: 'people',
      text: '26 more people',
      subject: 'people had died',
      clause: 'in the previous 24 hours',
      entityNames: ['Pakistan'],
    });
    const latestToo = key('people', 'people died in the past 24 hours', ['Pakistan']);
    expect(sameQuantity(total, latest)).toBe(false);
    expect(sameQuantity(latest, latestToo)).toBe(true);
    const weekend = key('people', 'deaths over the weekend', ['Pakistan']);
    expect(sameQuantity(total, weekend)).toBe(false);
  });

  it('keeps new ones counted in words apart from the running count', () => {
    const all = subjectKey({
      unit: 'shelters',
      text: 'Nine shelters',
      subject: 'shelters',
      clause: '',
      entityNames: [],
    });
    const opened = subjectKey({
      unit: 'shelters',
      text: 'Two new shelters',
      subject: 'shelters',
      clause: '',
      entityNames: [],
    });
    expect(opened.increment).toBe(true);
    expect(sameQuantity(all, opened)).toBe(false);
  });

  it('keeps deaths from two causes apart', () => {
    const strikes = key('people', 'Palestinians killed in Israeli air strikes on Gaza', ['Gaza']);
    const attack = key('people', 'people killed in the Hamas attack', ['Gaza']);
    expect(sameQuantity(strikes, attack)).toBe(false);
    expect(sameQuantity(strikes, key('people', 'people killed in strikes', ['Gaza']))).toBe(true);
    expect(sameQuantity(strikes, key('people', 'people killed', ['Gaza']))).toBe(true);
  });
});

describe('subjectKey events', () => {
  it('finds no deaths in "the deadly earthquake"', () => {
    expect(key('people', 'people to myanmar after the deadly earthquake').event).toBeNull();
  });

  it('still reads "dead" and "left" as events', () => {
    expect(key('people', 'people dead').event).toBe('deaths');
    expect(key('people', 'people left the region').event).toBe('displacement');
  });
});

describe('deaths written as lives lost', () => {
  it('reads "have lost their lives" as deaths', () => {
    expect(key('people', 'people have lost their lives in the floods').event).toBe('deaths');
  });
});

describe('isTrackable', () => {
  it('tracks counts, not where something is', () => {
    expect(isTrackable(key('people', 'people displaced by the floods'))).toBe(true);
    expect(isTrackable(key('km', 'kilometres south-west of the capital city'))).toBe(false);
    expect(isTrackable(key('miles', 'miles south of the island coast'))).toBe(false);
  });
});
