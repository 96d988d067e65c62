// Japanese shapes met on unseen pages (December 2026, fourth fresh set), with sentences written for
// the test: a surname with an honorific in a headline, ahead of the full name the body gives.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('a surname with an honorific ahead of the full name', () => {
  it('is the person the body then names in full', () => {
    expect(found('蔡氏、AI投資を語る\n蔡崇信会長は講演で計画を説明した。')).toEqual(['joe-tsai:蔡', 'joe-tsai:蔡崇信']);
  });
  it('stays quiet when the page never names the person in full', () => {
    expect(found('蔡氏、AI投資を語る\n同社の会長は講演で計画を説明した。')).toEqual([]);
  });
  it('stays quiet when two people the page names share the surname', () => {
    expect(found('馬氏が語る\n馬雲氏と馬化騰氏が会談した。')).toEqual(['jack-ma:馬雲', 'pony-ma:馬化騰']);
  });
  it('stays quiet without an honorific or title', () => {
    expect(found('蔡の話\n蔡崇信会長は講演で計画を説明した。')).toEqual(['joe-tsai:蔡崇信']);
  });
});
