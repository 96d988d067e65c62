// Property tests of normalize/toOriginal over random and hostile strings: the offset map stays
// consistent, never splits a surrogate pair, and invisible chars change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { normalize, normalizeKey, toOriginal } from '../../utils/analysis/text/normalize';
import { anyText, hostileText, repeatTo, splitsPair, withInvisibles } from './support/adversarial';

const kb = loadKbIndex();
const texts = fc.oneof(anyText, hostileText(kb, 30));
const RUNS = { numRuns: 300 };

describe('normalize: properties', () => {
  it('the offset map is monotone, inside the text, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(texts, (src) => {
        const n = normalize(src);
        const len = n.text.length;
        expect(n.map.length).toBe(len + 1);
        expect(n.map[len]).toBe(src.length);
        for (let i = 0; i < len; i++) {
          const a = n.map[i]!;
          const e = n.ends![i]!;
          expect(a >= 0 && a < e && e <= src.length, `char ${i}`).toBe(true);
          if (i > 0) expect(a >= n.map[i - 1]! && e >= n.ends![i - 1]!, `monotone at ${i}`).toBe(true);
          expect(splitsPair(src, a) || splitsPair(src, e), `pair at ${i}`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('toOriginal gives a non-empty original span on code-point boundaries for every span', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (src, x, y) => {
        const n = normalize(src);
        const len = n.text.length;
        if (!len) return;
        const a = x % len;
        const b = a + 1 + (y % (len - a));
        const [s, e] = toOriginal(n, a, b);
        expect(s >= 0 && s < e && e <= src.length).toBe(true);
        expect(splitsPair(src, s) || splitsPair(src, e)).toBe(false);
        // A wider normalised span never maps to a narrower original one.
        const [s2, e2] = toOriginal(n, Math.max(0, a - 1), Math.min(len, b + 1));
        expect(s2 <= s && e2 >= e).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic, also with other texts normalised in between (no state leaks)', () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const first = normalize(a);
        normalize(b);
        normalizeKey(b);
        const again = normalize(a);
        expect(again.text).toBe(first.text);
        expect([...again.map]).toEqual([...first.map]);
        expect([...again.ends!]).toEqual([...first.ends!]);
      }),
      { numRuns: 150 },
    );
  });

  it('zero-width chars and bidi marks inside a word change nothing (ア\\u200Bリババ = アリババ)', () => {
    const zw = fc.constantFrom('\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', '\u200f', '\u202e', '\u2067');
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), zw, (src, at, mark) => {
        expect(normalize(withInvisibles(src, at, mark)).text).toBe(normalize(src).text);
      }),
      RUNS,
    );
  });

  it('full-width Latin and digits normalise like their ASCII forms', () => {
    const full = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9%$#+=]{0,30}$/), (s) => {
        expect(normalize(full(s)).text).toBe(normalize(s).text);
        expect(normalize(s).text).toBe(s.toLowerCase());
      }),
      RUNS,
    );
  });

  it('a 1 MB hostile run of one char is handled (smoke guard, no timing asserted)', () => {
    for (const unit of ['\u200b', '・', 'ア・', 'ｶﾞ', '\ud800', '\u3099', '𝐀']) {
      const src = repeatTo(unit, 1 << 20);
      const n = normalize(src);
      expect(n.map[n.text.length]).toBe(src.length);
      if (!n.text.length) continue; // all invisible
      expect(toOriginal(n, 0, n.text.length)).toEqual([n.map[0], src.length]);
      expect(n.map[0]).toBe(0);
    }
  });
});
