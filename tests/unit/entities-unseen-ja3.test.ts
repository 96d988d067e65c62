// Japanese shapes met on unseen pages (December 2026, fourth fresh set), with sentences written for
// the test: a surname with an honorific in a headline, ahead of the full name the body gives; a
// katakana name spelt with a long vowel or a voiced sound more or less than the KB's spelling.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { looseKana } from '../../utils/analysis/entities/katakana-loose';

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
  it('stays quiet in running text (the full name must come first there)', () => {
    expect(found('蔡氏は語った。蔡崇信会長は計画を説明した。')).toEqual(['joe-tsai:蔡崇信']);
  });
  it('stays quiet without an honorific or title', () => {
    expect(found('蔡の話\n蔡崇信会長は講演で計画を説明した。')).toEqual(['joe-tsai:蔡崇信']);
  });
});

describe('a katakana name spelt a little differently', () => {
  it('folds long vowels, voicing, small kana and dots away', () => {
    expect(looseKana('ネットイーズ')).toBe(looseKana('ネットイース'));
    expect(looseKana('ウイチャット')).toBe(looseKana('ウィーチャット'));
    expect(looseKana('ジョセフ・ツァイ')).toBe(looseKana('ジョセフツアイ'));
  });
  it('is the KB name when the whole word folds to it', () => {
    expect(found('ネットイーズはゲームで稼ぐ。')).toEqual(['netease:ネットイーズ']);
  });
  it('not when the word only starts with it', () => {
    expect(found('ネットイーズランドは遊園地だ。')).toEqual([]);
  });
  it('not for short names', () => {
    expect(found('メタは広告で稼ぐ。')).toEqual([]);
  });
});

describe('the katakana surname of a person known by a Western given name', () => {
  it('follows the full katakana name with an honorific', () => {
    expect(found('元CEOのジョナサン・ルー氏は退任した。ルー氏は後任に託した。')).toEqual(['jonathan-lu:ジョナサン・ルー', 'jonathan-lu:ルー']);
  });
  it('not before the full name', () => {
    expect(found('ルー氏は退任した。')).toEqual([]);
  });
});
