import { describe, expect, it } from 'vitest';
import { isScenePiece, titleNumbers } from './scene.js';

describe('isScenePiece', () => {
  it('takes a title headed by a quotation', () => {
    expect(isScenePiece("'The sea took everything': fishermen count their losses")).toBe(true);
    expect(isScenePiece('“We slept in the car” — a night in Antakya')).toBe(true);
  });

  it('takes a title whose subject is a group of the people concerned', () => {
    expect(isScenePiece('Bukavu residents queue for water as taps run dry')).toBe(true);
    expect(isScenePiece('Stranded villagers wait for helicopters')).toBe(true);
  });

  it('takes a profile of the people an event struck', () => {
    expect(isScenePiece('Who were the miners trapped at Soma?')).toBe(true);
    expect(isScenePiece('Why the dam gave way')).toBe(false);
  });

  it('looks for the group after a phrase that sets the scene', () => {
    expect(isScenePiece('Along the river road, evacuees sleep in their cars')).toBe(true);
    expect(isScenePiece('In Kherson, officials count the cost of the flood')).toBe(false);
  });

  it('takes a setting followed by a noun phrase without a verb', () => {
    expect(isScenePiece('At the ferry pier, a long wait for news of the fishermen')).toBe(true);
    expect(isScenePiece('In Tanna, a village without walls')).toBe(true);
    expect(isScenePiece('In the valley, the hunt for clean water and the dread of rain')).toBe(true);
    expect(isScenePiece('In Kherson, a missile strike kills five')).toBe(false);
    expect(isScenePiece('At the summit, the leaders agreed a truce')).toBe(false);
    expect(isScenePiece('In Kyiv, the mayor is evacuated')).toBe(false);
    expect(isScenePiece('In Geneva, a pledge of 40 million for relief')).toBe(false);
  });

  it('takes a setting followed by a quotation', () => {
    expect(isScenePiece('In Lismore, "we lost the shop and the house in one night"')).toBe(true);
    expect(isScenePiece('In Lismore, mayor says "we need help"')).toBe(false);
  });

  it('takes travellers caught up in the event, and one place told as a story', () => {
    expect(isScenePiece('Commuters sleep in stations as trains stand still')).toBe(true);
    expect(isScenePiece('How a village school became a shelter overnight')).toBe(true);
    expect(isScenePiece('How the grid collapsed in five seconds')).toBe(false);
  });

  it('takes a place the morning after, and a group after a rough number of them', () => {
    expect(isScenePiece('Port town wakes to streets of mud')).toBe(true);
    expect(isScenePiece('Hundreds of villagers queue for rice at the school')).toBe(true);
    expect(isScenePiece('Thousands of troops sent to the border')).toBe(false);
  });

  it('takes a title that is one quotation from end to end', () => {
    expect(isScenePiece('“All we took was the dog and the deeds”')).toBe(true);
    expect(isScenePiece('"We will rebuild," says mayor')).toBe(false);
  });

  it('takes a place in mourning and people waiting for word of their own', () => {
    expect(isScenePiece('Shuttered shops as the city mourns its miners')).toBe(true);
    expect(isScenePiece('Coastal town in mourning after ferry sinks')).toBe(true);
    expect(isScenePiece('At the pier, boats idle and wives wait for word')).toBe(true);
    // A leader who mourns is a reaction, a story of its own.
    expect(isScenePiece('President mourns victims, orders inquiry')).toBe(false);
    expect(isScenePiece('Markets wait for Fed decision')).toBe(false);
  });

  it('leaves reports of events alone', () => {
    expect(isScenePiece('Quake toll rises to 300 as rescuers search rubble')).toBe(false);
    expect(isScenePiece('Man charged with arson after warehouse fire')).toBe(false);
    // A quotation later in the title is a reported claim, not the piece's voice.
    expect(isScenePiece("Minister calls strike 'an act of war'")).toBe(false);
    // The group must be the subject, not something further on.
    expect(isScenePiece('Government promises new homes for flood-hit families')).toBe(false);
  });
});

describe('titleNumbers', () => {
  it('reads the numbers a title states, thousands separators included', () => {
    expect(titleNumbers('Officials say at least 1,000 dead; 2.5 million without power')).toEqual([1000, 2.5]);
    expect(titleNumbers('No figure here')).toEqual([]);
  });
});
