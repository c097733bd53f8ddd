import { describe, expect, it } from 'vitest';
import { ReportKinds } from './kinds.js';
import { TermScanner } from './terms.js';
import { Vocabulary } from './vocabulary.js';

describe('ReportKinds', () => {
  const vocabulary = new Vocabulary();
  const kinds = new ReportKinds(vocabulary);
  const scanner = new TermScanner(vocabulary);
  const titleTerms = (title: string) => {
    const terms = scanner.scan(title, true);
    return Array.from(terms.ids.subarray(0, terms.length));
  };
  const kind = (title: string) => {
    return kinds.kindOf(titleTerms(title));
  };
  const reports = (title: string) => kind(title) === 'markets';

  it('takes titles about trading and those headed by a currency', () => {
    expect(reports('Manila shares tumble as typhoon shuts ports')).toBe(true);
    expect(reports('Insurers put storm losses at $4 billion')).toBe(true);
    expect(reports('Peso slides to record low after coup attempt')).toBe(true);
    expect(reports('Brent holds above $90 as the standoff drags on')).toBe(true);
  });

  it('takes a title that opens with a good and how its price moved', () => {
    expect(reports('Crude jumps as tanker attacks close the strait')).toBe(true);
    expect(reports('Wheat prices slide after the corridor reopens')).toBe(true);
    expect(reports('Gas flows to the region resume after repairs')).toBe(false);
    expect(reports('Gold mine collapse traps forty workers')).toBe(false);
  });

  it('leaves reports of the event alone, a marketplace included', () => {
    expect(reports('Fire guts the old fish market after the quake')).toBe(false);
    expect(reports('Rebels won the town after three days of fighting')).toBe(false);
    expect(reports('Typhoon kills 12 as ports close')).toBe(false);
  });

  it('takes one party blaming another as a reaction, unless the title reports the harm', () => {
    expect(kind('Militia blames the army for blasts across the valley')).toBe('reaction');
    expect(kind('France accuses Azerbaijan of stoking unrest on the island')).toBe('reaction');
    expect(kind('Ukraine blames Russia for deadly strike on Dnipro')).toBe('event');
    expect(kinds.actorOf(titleTerms('Militia blames the army for blasts across the valley'))).toHaveLength(1);
  });

  it('takes claims of responsibility, not other claims', () => {
    expect(kind('Militant group claims responsibility for market bombing')).toBe('claim');
    expect(kind('Islamic State claims Moscow concert attack')).toBe('claim');
    expect(kind('Jihadist group says it was behind twin blasts')).toBe('claim');
    expect(kind('Rebels claim control of the city')).toBe('event');
    // The attackers' account of a toll is their side of the event, no claim of responsibility.
    expect(kind('Insurgents say they hold 90 hostages, claim 12 guards killed')).toBe('event');
    expect(kind('Governor rejects minister’s claim about warnings')).toBe('event');
  });

  it('takes a pledge of money or help, its verb among the first words', () => {
    expect(kind('Ministry announces Rs 4 lakh for families of the victims')).toBe('pledge');
    expect(kind('Neighbour sends relief goods across the border')).toBe('pledge');
    expect(kind('EU pledges 5m for flood shelters')).toBe('pledge');
    expect(kind('Forty million dollars of emergency aid announced for the valley')).toBe('pledge');
    expect(kind('Italy to provide air-defence equipment to the coastal states')).toBe('pledge');
    expect(kind('Allies send weapons and ammunition to the front')).toBe('pledge');
    expect(kind('Governor announces curfew after riots')).toBe('event');
  });

  it('takes another party’s reaction to an event, its verb among the first words', () => {
    expect(kind('EU welcomes the prisoner exchange between the neighbours')).toBe('reaction');
    expect(kind('Foreign ministry condemns shelling of border villages')).toBe('reaction');
    expect(kind('UN chief Guterres hails ceasefire deal')).toBe('reaction');
    expect(kind('Chile recognises opposition candidate as winner')).toBe('reaction');
    // Condolences are another party's answer to a disaster too.
    expect(kind('Pope mourns the victims of the ferry fire')).toBe('reaction');
    expect(kind('Queen sends condolences after flood')).toBe('reaction');
    // "saddened" also tells how a crowd felt about the event itself.
    expect(kind('Neighbours shocked and saddened as flood takes three homes')).toBe('event');
    // Further on, the verb is part of the report of an event.
    expect(kind('Thousands rally in the capital after the vote and condemn the result')).toBe('event');
    expect(kind('Ceasefire takes hold in the border villages')).toBe('event');
  });

  it('tells a threat from other reactions', () => {
    const threat = (title: string) => {
      return kinds.isThreat(titleTerms(title));
    };
    expect(kind('Neighbour threatens to close its border')).toBe('reaction');
    expect(threat('Neighbour threatens to close its border')).toBe(true);
    expect(threat('Rebels vow to hit back')).toBe(true);
    expect(threat('Neighbour condemns the raid')).toBe(false);
  });

  it('tells mourning from other reactions', () => {
    const mourning = (title: string) => kinds.isMourning(titleTerms(title));
    expect(mourning('Kosovo mourns slain officer as police hunt gunmen')).toBe(true);
    expect(mourning('Town grieves for its lost fishermen')).toBe(true);
    expect(mourning('Neighbour condemns the raid')).toBe(false);
    expect(mourning('Rebels vow to hit back')).toBe(false);
  });

  it('reads who reacts or gives: the words before the verb, for reactions and pledges only', () => {
    const actor = (title: string) => {
      return kinds.actorOf(titleTerms(title)).map((id) => vocabulary.term(id));
    };
    expect(actor('Norway welcomes the truce between the two armies')).toEqual(['norway']);
    expect(actor('Kremlin says Moscow welcomes the truce')).toEqual(['kremlin', 'moscow']);
    expect(actor('Japan to provide aid to the displaced')).toEqual(['japan']);
    expect(actor('Truce holds along the front')).toEqual([]);
  });
});
