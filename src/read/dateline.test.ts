import { describe, expect, it } from 'vitest';
import { matchDateline } from './dateline.js';

describe('matchDateline', () => {
  it.each([
    ['KYIV, Ukraine (AP) — Air raid sirens sounded.', 'KYIV', 'AP'],
    // An office's own credit, day first and in four words.
    [
      'PARIS, 9 SEPTEMBER, PRÉSIDENCE DE LA RÉPUBLIQUE. The President signed.',
      'PARIS',
      'PRÉSIDENCE DE LA RÉPUBLIQUE',
    ],
    ['MADRID, 3 MARCH, EFE. The court ruled.', 'MADRID', 'EFE'],
    ['GOMA, Congo, Jan 28 (Reuters) - Shooting was heard.', 'GOMA', 'Reuters'],
    ['WASHINGTON, Sept 27 (Reuters) - The agency said.', 'WASHINGTON', 'Reuters'],
    ['TOKYO (Kyodo) -- The ministry said.', 'TOKYO', 'Kyodo'],
    // A press release distributor's credit after the issuer's place, state and date.
    ['PORTLAND, Maine--(BUSINESS WIRE)--Harbor Foods said today.', 'PORTLAND', 'BUSINESS WIRE'],
    ['DENVER, Colo., March 4, 2025 /PRNewswire/ -- Summit Rail announced.', 'DENVER', 'PRNewswire'],
    ['KANAZAWA, Japan, Jan. 2 (Kyodo) -- Rescuers dug.', 'KANAZAWA', 'Kyodo'],
    // Title-case places, as AFP writes them, with an en dash or a hyphen.
    ['Herat (AFP) – Aid teams arrived.', 'Herat', 'AFP'],
    // The agency between slashes: TASS after a full stop, Agerpres with a title-case place and a dash.
    ['KAZAN, May 3. /TASS/. The bridge reopened.', 'KAZAN', 'TASS'],
    ['Constanța, Sept. 16 /Agerpres/ - The port reopened.', 'Constanța', 'Agerpres'],
    // Capitals beyond Latin-1 in a wire's place.
    ['ŁÓDŹ, Poland (AP) — The river rose.', 'ŁÓDŹ', 'AP'],
    ['Beijing (AFP) - China pledged aid.', 'Beijing', 'AFP'],
    ['Beirut, Sept 18 (AFP) – Radios exploded.', 'Beirut', 'AFP'],
    ['Port Moresby, Papua New Guinea (AFP) — Villagers dug.', 'Port Moresby', 'AFP'],
    ['São Paulo (Reuters) - Rain fell.', 'São Paulo', 'Reuters'],
    ['Rio de Janeiro (AFP) - Rain fell.', 'Rio de Janeiro', 'AFP'],
    ['Goma (DR Congo) (AFP) - Shooting was heard.', 'Goma', 'AFP'],
    ['BOGOTÁ, Colombia (AP) — The army said.', 'BOGOTÁ', 'AP'],
    ['LONDON/PARIS, Sept 27 (Reuters) - Markets fell.', 'LONDON/PARIS', 'Reuters'],
    ['BEIJING, March 29 (Xinhua) -- A team left.', 'BEIJING', 'Xinhua'],
    // PTI: the state in brackets and no dash after the agency.
    ['Shimla (Himachal Pradesh), Aug 14 (PTI) Rescuers dug.', 'Shimla', 'PTI'],
    // ENA: the year after a slash, then the credit and no dash.
    ['Addis Ababa, July 22/2024 (ENA) The toll rose.', 'Addis Ababa', 'ENA'],
    ['KOCHI, July 30 (IANS) The river rose.', 'KOCHI', 'IANS'],
    // Interfax writes a full stop after the place.
    ['SAMARA. Oct 2 (Interfax) – The plant stopped work.', 'SAMARA', 'Interfax'],
    // Lusa writes the year after the day without a comma; a paper credits its own copy by name.
    ['Porto, 3 Mar 2025 (Lusa) – The port reopened.', 'Porto', 'Lusa'],
    ['Beira, 4 Mar (Diário Local) – The river rose.', 'Beira', 'Diário Local'],
    // Pacnews: the year after the day, a credit of two outlets, three hyphens.
    [
      'APIA, 3 MARCH 2025 (SAMOA OBSERVER/PACNEWS)--- The ferry resumed service.',
      'APIA',
      'SAMOA OBSERVER/PACNEWS',
    ],
    // Andina closes its credit with a full stop and no dash.
    ['Cusco, Mar. 3 (ANDINA). The train resumed service.', 'Cusco', 'ANDINA'],
    // EFE puts a full stop between its credit and the dash, the day first or the month first.
    ['Sucre, 3 may (EFE).- The court adjourned.', 'Sucre', 'EFE'],
    ['Quito, March 8 (EFE).- Teachers went on strike.', 'Quito', 'EFE'],
    // APP (Pakistan) closes its credit with a colon.
    ['HYDERABAD, Jun 16 (APP): Relief camps stayed open.', 'HYDERABAD', 'APP'],
    // Capitals beyond Latin-1 (Vietnamese), in capitals and in title case.
    ['HUẾ, Sept 10 (Reuters) - The river rose.', 'HUẾ', 'Reuters'],
    ['Đà Nẵng (AFP) - Boats stayed in port.', 'Đà Nẵng', 'AFP'],
  ])('%s', (paragraph, place, agency) => {
    const match = matchDateline(paragraph);
    expect(match).toMatchObject({ place, agency });
    expect(paragraph.slice(match!.length)).toMatch(/^[A-Z]/);
  });

  it("reads an agency between slashes with no date, and a release's two places joined by a slash", () => {
    const slashed = matchDateline('Darkhan /NEWSMON/. The provincial council met on Friday.');
    expect([slashed?.place, slashed?.agency]).toEqual(['Darkhan', 'NEWSMON']);
    const joined = matchDateline('Nairobi/Kampala, 4 May 2025 – The agency launched an appeal.');
    expect([joined?.place, joined?.month, joined?.day]).toEqual(['Nairobi', 5, 4]);
    // A word in capitals between slashes after a sentence's first word is no agency.
    expect(matchDateline('Officials /NOTE/ said nothing.')).toBeNull();
  });

  it('reads a place in title case before a spaced en or em dash, not a sentence opener', () => {
    const paragraph = 'Tarija – Vineyard owners said on Monday that frost had ruined the harvest.';
    expect(matchDateline(paragraph)).toMatchObject({ place: 'Tarija', agency: null });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe(
      'Vineyard owners said on Monday that frost had ruined the harvest.',
    );
    expect(matchDateline('San José de Chiquitos — Traders closed their stalls.')).toMatchObject({
      place: 'San José de Chiquitos',
    });
    expect(matchDateline('Meanwhile – The council met again.')).toBeNull();
    expect(matchDateline('Hezbollah – the Party of God – denied it.')).toBeNull();
  });

  it('reads a place in capitals with letters beyond Latin-1 and no agency', () => {
    expect(matchDateline('THÁI NGUYÊN — Schools stayed shut on Monday.')).toMatchObject({
      place: 'THÁI NGUYÊN',
      agency: null,
    });
  });

  it('reads a place of several words with the day before the month and no agency', () => {
    const paragraph = 'SANTO DOMINGO, 4 June — Rescue teams reached the flooded district.';
    expect(matchDateline(paragraph)).toMatchObject({
      place: 'SANTO DOMINGO',
      agency: null,
      month: 6,
      day: 4,
    });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe(
      'Rescue teams reached the flooded district.',
    );
    expect(matchDateline('DHAKA, 15 Foo — Text.')).toBeNull();
  });

  it("reads CNN's credit after the place without brackets, and a known outlet's credit alone", () => {
    const cnn = 'Lima, Peru CNN — Rescuers reached the town on Sunday.';
    expect(matchDateline(cnn)).toMatchObject({ place: 'Lima', agency: 'CNN' });
    expect(cnn.slice(matchDateline(cnn)!.length)).toBe('Rescuers reached the town on Sunday.');
    expect(matchDateline('WASHINGTON CNN — The Senate voted.')).toMatchObject({
      place: 'WASHINGTON',
      agency: 'CNN',
    });
    const credit = '(Bloomberg) -- Copper prices rose on Monday.';
    expect(matchDateline(credit)).toMatchObject({ place: null, agency: 'Bloomberg' });
    expect(credit.slice(matchDateline(credit)!.length)).toBe('Copper prices rose on Monday.');
    // Not a name that no outlet has, nor a credit alone that names none.
    expect(matchDateline('Lima, Peru Today — Rescuers arrived.')).toBeNull();
    expect(matchDateline('(Updated) - Rescuers arrived.')).toBeNull();
  });

  it('reads an agency credit closed by a full stop and a hyphen, as Latin American agencies write it', () => {
    const paragraph = 'SUCRE, March 3, ABI.- The court adjourned the hearing.';
    expect(matchDateline(paragraph)).toMatchObject({ place: 'SUCRE', agency: 'ABI', month: 3, day: 3 });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('The court adjourned the hearing.');
  });

  it('reads a news site that signs its dateline with its domain name', () => {
    const paragraph = 'OSH, March 3, 24.kg. Traders raised bread prices overnight.';
    expect(matchDateline(paragraph)).toMatchObject({ place: 'OSH', agency: '24.kg', month: 3, day: 3 });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('Traders raised bread prices overnight.');
    const titled = 'NARYN, March 4, Kabar.kg. The pass was closed.';
    expect(matchDateline(titled)).toMatchObject({ place: 'NARYN', agency: 'Kabar.kg' });
  });

  it('reads an agency of two or three words in capitals after the date', () => {
    const paragraph = 'QUITO, MARCH 3, PRENSA LATINA. The assembly met on Sunday.';
    expect(matchDateline(paragraph)).toMatchObject({
      place: 'QUITO',
      agency: 'PRENSA LATINA',
      month: 3,
      day: 3,
    });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('The assembly met on Sunday.');
    // Title-case words before a full stop are a sentence, not an agency.
    expect(matchDateline('LIMA, MARCH 3, Mr Ruiz. He spoke.')?.agency ?? null).toBeNull();
  });

  it.each([
    ['Tbilisi, May 12, GEOPRESS. The bridge reopened.', 'Tbilisi', 'GEOPRESS'],
    ['TASHKENT, Uzbekistan, May 12. Dunyo: The bridge reopened.', 'TASHKENT', 'Dunyo'],
    ['BISHKEK. KABAR – The bridge reopened.', 'BISHKEK', 'KABAR'],
  ])('reads the agency credit of a regional house style: %s', (paragraph, place, agency) => {
    expect(matchDateline(paragraph)).toMatchObject({ place, agency });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('The bridge reopened.');
  });

  it.each([
    ['Lusaka, 3 March 2025 – The federation released funds.', 'Lusaka', 3, 3],
    ['NAIROBI, March 3, 2025 — The federation released funds.', 'NAIROBI', 3, 3],
    ['Port Moresby, 3 Mar 2025 - The federation released funds.', 'Port Moresby', 3, 3],
  ])('reads a press release dateline with the year: %s', (paragraph, place, month, day) => {
    expect(matchDateline(paragraph)).toMatchObject({ place, agency: null, month, day });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('The federation released funds.');
  });

  it('reads an agency credit whose full stop was left out, for an agency it knows', () => {
    const paragraph = 'Ganja, March 4, AZERTAC The regional governor opened the new bridge.';
    expect(matchDateline(paragraph)).toMatchObject({ place: 'Ganja', agency: 'AZERTAC', month: 3, day: 4 });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe(
      'The regional governor opened the new bridge.',
    );
    expect(matchDateline('Ganja, March 4, NATO Secretary-General arrived.')).toBeNull();
  });

  it('reads a place in capitals, a region and the date before a full stop, with no agency', () => {
    const paragraph = 'TASHKENT, Uzbekistan, March 3. The council approved the budget.';
    expect(matchDateline(paragraph)).toMatchObject({ place: 'TASHKENT', agency: null, month: 3, day: 3 });
    expect(paragraph.slice(matchDateline(paragraph)!.length)).toBe('The council approved the budget.');
    const quoted = 'ALMATY, Sept. 9. "We are ready," the mayor said.';
    expect(quoted.slice(matchDateline(quoted)!.length)).toBe('"We are ready," the mayor said.');
    // A title-case place before the date and a full stop opens a sentence, not a dateline.
    expect(matchDateline('Monday, March 3. The council met.')).toBeNull();
  });

  it('reads no press release dateline in a sentence with a date and a dash', () => {
    expect(matchDateline('Lusaka, 3 Foo 2025 – The federation released funds.')).toBeNull();
    expect(matchDateline('Since 3 March 2025 – the day of the flood – nobody slept.')).toBeNull();
  });

  it('reads no agency where a title-case place or a full stop opens a sentence', () => {
    expect(matchDateline('Kyiv, May 12, Ukraine. The bridge reopened.')?.agency ?? null).toBeNull();
    expect(matchDateline('LONDON, May 12. Markets fell.')?.agency ?? null).toBeNull();
  });

  it('reads no dateline in a sentence that only looks like one', () => {
    expect(matchDateline('Hezbollah (the Party of God) – a movement founded in 1982.')).toBeNull();
    expect(matchDateline('Hamas (Islamic Resistance Movement) – a group that rules Gaza.')).toBeNull();
    expect(matchDateline('Officials in Herat said (on Sunday) - that the toll rose.')).toBeNull();
    expect(matchDateline('Herat residents dug through the night.')).toBeNull();
    // A speaker and a quotation, not a place and a credit closed by a colon.
    expect(matchDateline('Okafor (UN): We need the corridors open.')).toBeNull();
  });
});

describe('title-case place before a colon', () => {
  it('reads "New Delhi:" and "Tehran, 20 May:" as datelines, a quoted speaker not', () => {
    expect(matchDateline('New Delhi: The ministry said on Monday')?.place).toBe('New Delhi');
    expect(matchDateline('Tehran, 20 May: President Raisi was killed')).toMatchObject({
      place: 'Tehran',
      month: 5,
      day: 20,
    });
    expect(matchDateline('Guterres: "We must act now," he said.')).toBeNull();
    expect(matchDateline('Background: The talks began in March.')).toBeNull();
  });

  it('reads the month before the day too ("Kullu, July 11:")', () => {
    expect(matchDateline('Kullu, July 11: Rescue teams reached the village')).toMatchObject({
      place: 'Kullu',
      month: 7,
      day: 11,
    });
    expect(matchDateline('Update, Friday: The road is open')).toBeNull();
  });

  it('reads no dateline before words in the first person', () => {
    expect(matchDateline('Biden: We will stand with the people of Vermont, the president said.')).toBeNull();
    expect(matchDateline('Mayor Ruiz: I have asked for the army.')).toBeNull();
  });
});
