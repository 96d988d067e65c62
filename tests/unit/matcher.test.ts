import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from '../../utils/analysis/match/aho-corasick';
import { getExtraMatcher } from '../../utils/analysis/match/matcher';
import { normalizeKey } from '../../utils/analysis/text/normalize';
import { fixtureKb } from './support/text-kb';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}@${at + p.length}`);
  });
  return out.sort();
}

function scanAll(ac: AhoCorasick, text: string): string[] {
  const out: string[] = [];
  ac.scan(text, (p, end) => out.push(`${p}@${end}`));
  return out.sort();
}

describe('Aho-Corasick', () => {
  it('finds every occurrence, overlapping and nested', () => {
    const pats = ['アリ', 'アリババ', 'ババ', 'リバ', 'a', 'aa'];
    const ac = new AhoCorasick(pats);
    expect(scanAll(ac, 'アリババaaa')).toEqual(naive(pats, 'アリババaaa'));
    expect(scanAll(ac, 'アリババaaa')).toContain('1@4');
  });

  it('reports duplicate patterns under each index and ignores empty ones', () => {
    const ac = new AhoCorasick(['ab', '', 'ab']);
    expect(scanAll(ac, 'xab')).toEqual(['0@3', '2@3']);
  });

  it('works across the whole UTF-16 range (surrogates, U+FFFF)', () => {
    const pats = ['😀', '\uFFFF\u0000', '\uD800'];
    const text = 'x😀\uFFFF\u0000\uD800';
    expect(scanAll(new AhoCorasick(pats), text)).toEqual(naive(pats, text));
  });

  it('property: agrees with a naive search', () => {
    const ch = fc.constantFrom('a', 'b', 'ア', 'リ', 'バ', '阿');
    const word = fc.array(ch, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 15 }),
        fc.array(ch, { maxLength: 60 }).map((a) => a.join('')),
        (pats, text) => {
          expect(scanAll(new AhoCorasick(pats), text)).toEqual(naive(pats, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('step/outputs drive the automaton one code unit at a time', () => {
    const ac = new AhoCorasick(['he', 'she', 'hers']);
    let s = 0;
    const got: number[] = [];
    for (const c of 'ushers') {
      s = ac.step(s, c.charCodeAt(0));
      if (ac.hasOutput(s)) ac.outputs(s, (p) => got.push(p));
    }
    expect(got.sort()).toEqual([0, 1, 2]);
  });

  it('builds a large automaton (20k patterns) that still matches exactly', () => {
    const pats = Array.from({ length: 20000 }, (_, i) => `名${i.toString(36)}社`);
    const ac = new AhoCorasick(pats);
    const text = `本日、名${(12345).toString(36)}社と名zz社が提携`;
    expect(scanAll(ac, text)).toEqual(naive(pats, text));
  });
});

describe('KB matcher', () => {
  const kb = fixtureKb();

  it('holds every name, alias and ticker symbol, normalised', () => {
    const m = kb.matcher;
    for (const key of ['アリババグループ', 'alibaba', '阿里巴巴集团', 'baba', '9988', 'エディウー', 'ttg(トヨタグループ)', '同益前問', 'nvda']) {
      expect(m.keys).toContain(key);
    }
    const rec = m.records[m.keys.indexOf('ttg(トヨタグループ)')];
    expect(rec).toEqual([expect.objectContaining({ entityId: 'taobao-tmall-group', kind: 'mistranslation' })]);
  });

  it('marks short all-caps forms case-sensitive and digit tickers as numeric', () => {
    const m = kb.matcher;
    const get = (k: string) => m.records[m.keys.indexOf(k)][0];
    expect(get('baba').caseSensitive).toBe(true);
    expect(get('ttg').caseSensitive).toBe(true);
    expect(get('pai').caseSensitive).toBe(true);
    expect(get('alibaba').caseSensitive).toBe(false);
    expect(get('9988').numericTicker).toBe(true);
    expect(get('baba').numericTicker).toBe(false);
  });

  it('keeps one record per (key, entity), the strongest', () => {
    const m = kb.matcher;
    const quark = m.records[m.keys.indexOf('quark')];
    expect(quark.filter((r) => r.entityId === 'quark')).toHaveLength(1);
    // 'Qwen' is a name in two languages: still one record.
    expect(m.records[m.keys.indexOf('qwen')]).toHaveLength(1);
  });

  it('is built once per PreparedKb', () => {
    expect(kb.matcher).toBe(kb.matcher);
    expect(fixtureKb().matcher).not.toBe(kb.matcher);
  });

  it('builds reader aliases separately, cached by content, only for known entities', () => {
    const extra = [
      { text: 'アリババ商事', entityId: 'alibaba' },
      { text: 'なにか', entityId: 'no-such-entity' },
    ];
    const m = getExtraMatcher(kb, extra)!;
    expect(m.keys).toEqual([normalizeKey('アリババ商事')]);
    expect(m.records[0][0]).toMatchObject({ entityId: 'alibaba', own: true });
    expect(getExtraMatcher(kb, [...extra].reverse())).toBe(m);
    expect(getExtraMatcher(kb, [])).toBeNull();
    expect(getExtraMatcher(kb, [{ text: 'x', entityId: 'nope' }])).toBeNull();
  });
});
