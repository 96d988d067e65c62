import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeKey, toOriginal } from '../../utils/analysis/text/normalize';

/** The original text behind every normalised char, for map checks. */
function spanOf(src: string, a: number, b: number): string {
  const n = normalize(src);
  const [s, e] = toOriginal(n, a, b);
  return src.slice(s, e);
}

describe('normalize: character rules', () => {
  it('full-width Latin and digits become lower-case ASCII', () => {
    expect(normalize('ＡＬＩＢＡＢＡ　Ｇｒｏｕｐ ９９８８').text).toBe('alibaba group 9988');
  });

  it('half-width katakana becomes full-width, voiced marks composed', () => {
    expect(normalize('ｱﾘﾊﾞﾊﾞｸﾞﾙｰﾌﾟ').text).toBe('アリババグループ');
    expect(normalize('ﾊﾟｲ').text).toBe('パイ');
    expect(normalize('カ\u3099').text).toBe('ガ'); // decomposed voiced mark
  });

  it('compatibility forms are expanded (NFKC)', () => {
    expect(normalize('㍿').text).toBe('株式会社');
    expect(normalize('①②').text).toBe('12');
    expect(normalize('𝐀𝐁c').text).toBe('abc'); // astral mathematical letters
  });

  it('middle dots are removed inside katakana and Latin names only', () => {
    expect(normalize('エディ・ウー').text).toBe(normalize('エディウー').text);
    expect(normalize('エディ･ウー').text).toBe('エディウー');
    expect(normalize('ゴールドマン·サックス').text).toBe('ゴールドマンサックス');
    expect(normalize('漢字・かな').text).toBe('漢字・かな'); // not a katakana/Latin name
    expect(normalize('• 項目').text).toBe('・ 項目'); // unified, kept
  });

  it('dash variants between katakana become ー, elsewhere stay', () => {
    expect(normalize('ス—パ–マ－ケット').text).toBe('スーパーマーケット');
    expect(normalize('ｽｰﾊﾟｰ').text).toBe('スーパー');
    expect(normalize('2024-09-01').text).toBe('2024-09-01');
    expect(normalize('Ａ－１').text).toBe('a-1');
  });

  it('zero-width chars and soft hyphens are removed', () => {
    expect(normalize('Ali\u200Bba\u00ADba\uFEFF\u2060\u200C\u200D').text).toBe('alibaba');
  });

  it('whitespace runs collapse to one space', () => {
    expect(normalize('a \t\n\u3000\u00A0 b').text).toBe('a b');
    expect(normalize('  x  ').text).toBe(' x ');
  });

  it('wave dashes and tildes unify to 〜', () => {
    expect(normalize('50億~720億 50億～720億 50億〜720億').text).toBe('50億〜720億 50億〜720億 50億〜720億');
  });

  it('never throws on lone surrogates or combining marks, keeps them', () => {
    const odd = '\uD800x\uDC00 e\u0301 \u0301 \uDBFF';
    const n = normalize(odd);
    expect(n.text).toContain('\uD800');
    expect(n.text).toContain('e\u0301');
    expect(n.map[n.text.length]).toBe(odd.length);
  });

  it('normalizeKey is the normalised text', () => {
    expect(normalizeKey('エディ・ウー')).toBe('エディウー');
    expect(normalizeKey('ＴＴＧ（トヨタグループ）')).toBe('ttg(トヨタグループ)');
  });
});

describe('normalize: offset map', () => {
  it('maps each normalised char back and ends with the original length', () => {
    const src = 'ＡＢ・ｶﾞ\u200B  ㍿';
    const n = normalize(src);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(src.length);
    for (let i = 1; i < n.text.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
  });

  it('toOriginal gives the exact span, without trailing removed chars', () => {
    const src = 'x BABA\u200B y';
    const n = normalize(src);
    const a = n.text.indexOf('baba');
    expect(spanOf(src, a, a + 4)).toBe('BABA');
    const src2 = 'ｱﾘﾊﾞﾊﾞ社';
    const n2 = normalize(src2);
    expect(toOriginal(n2, 0, 4)).toEqual([0, 6]); // ﾊﾞ is two original chars
    expect(spanOf('エディ・ウー氏', 0, 5)).toBe('エディ・ウー');
  });

  it('never splits a surrogate pair', () => {
    const src = 'a😀b𝐀';
    const n = normalize(src);
    for (let a = 0; a < n.text.length; a++) {
      for (let b = a + 1; b <= n.text.length; b++) {
        const [s, e] = toOriginal(n, a, b);
        const hi = (i: number) => i > 0 && i < src.length && /[\uD800-\uDBFF]/.test(src[i - 1]) && /[\uDC00-\uDFFF]/.test(src[i]);
        expect(hi(s)).toBe(false);
        expect(hi(e)).toBe(false);
      }
    }
  });

  it('property: map is monotone and every span maps inside the original', () => {
    const alphabet = fc.constantFrom(...'aZｱﾞ・ー－ \u200B　Ａ１〜😀\uD800e\u0301㍿アリ'.split(''), '😀');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (src) => {
          const n = normalize(src);
          expect(n.map[n.text.length]).toBe(src.length);
          for (let i = 0; i < n.text.length; i++) {
            expect(n.map[i]).toBeLessThan(src.length);
            if (i) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
            const [s, e] = toOriginal(n, i, i + 1);
            expect(s).toBeLessThan(e);
            expect(e).toBeLessThanOrEqual(src.length);
          }
          // Idempotent on its own output (except lone surrogates, which stay as they are).
          expect(normalize(n.text).text).toBe(n.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is linear: a 1 MB text normalises and keeps its length map', () => {
    const unit = 'アリババグループ（ＢＡＢＡ）は３,８００億元を投資する。 ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const n = normalize(big);
    expect(n.map[n.text.length]).toBe(big.length);
    expect(n.text.startsWith('アリババグループ(baba)は3,800億元を投資する。')).toBe(true);
  });
});
