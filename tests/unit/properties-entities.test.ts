// Property tests of the matcher and entity finding (findEntities through analyze, real KB): names
// hidden behind invisible chars, glued to digits or written in full width are found with exact
// original spans; mentions never overlap; the URL/e-mail guard stays linear on long runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { analyze } from '../../utils/analysis/analyze';
import { findEntities } from '../../utils/analysis/entities/find';
import { urlRanges } from '../../utils/analysis/entities/candidates';
import { precheck, CORE_TERMS } from '../../utils/analysis/precheck/precheck';
import { normalize } from '../../utils/analysis/text/normalize';
import { expectSpan, hostileText, kbNames, repeatTo, withInvisibles } from './support/adversarial';

const kb = loadKbIndex();
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
];

const found = (text: string) =>
  analyze({ text }, kb)
    .entities.map((e) => `${e.id}×${e.mentions.length}`)
    .sort();

/** Invisible marks pushed into every word of the text (never inside a surrogate pair). */
function sprinkle(text: string, at: number[], mark: string): string {
  return text
    .split(/(?=[。 \n])/)
    .map((part) => withInvisibles(part, at, mark))
    .join('');
}

describe('entities: properties', () => {
  it('invisible chars and bidi marks inside names change nothing that is found (ア\\u200Bリババ, ア\\u202Eリババ)', () => {
    fc.assert(
      fc.property(hostileText(kb, 20), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom(...INVISIBLE), (text, at, mark) => {
        const hidden = sprinkle(text, at, mark);
        expect(found(hidden)).toEqual(found(text));
        for (const e of analyze({ text: hidden }, kb).entities) for (const m of e.mentions) expectSpan(hidden, m, e.id);
      }),
      { numRuns: 300 },
    );
  });

  it('every unambiguous KB name on its own is found, also split by an invisible char, with its exact surface', () => {
    // A name the KB also lists as an ambiguous alias (Dream Machine, a common phrase) needs context.
    const ambiguous = (e: { aliases?: Array<{ text: string; ambiguous?: boolean }> }, n: string) => (e.aliases ?? []).some((a) => a.ambiguous && a.text === n);
    const plain = [...kb.entities.values()].flatMap((e) =>
      Object.values(e.names)
        .flat()
        .filter((n): n is string => !!n && [...n].length >= 3 && !ambiguous(e, n))
        .map((n) => [e.id, n] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...plain), fc.nat(), fc.constantFrom(...INVISIBLE), ([id, name], at, mark) => {
        for (const variant of [name, withInvisibles(name, [at], mark)]) {
          const text = `。${variant}。`;
          const r = findEntities(normalize(text), text, kb);
          const span = r.mentions.find((m) => m.start === 1 && m.end === text.length - 1);
          expect(span, `${id}: ${JSON.stringify(variant)}`).toBeDefined();
          expect(span!.surface).toBe(variant);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("mentions never overlap and always name a KB entity, with the reader's own aliases too", () => {
    const names = kbNames(kb);
    fc.assert(
      fc.property(hostileText(kb, 30), fc.constantFrom(...names), (text, own) => {
        const r = findEntities(normalize(text), text, kb, { extraAliases: [{ text: own.slice(1), entityId: 'alibaba' }] });
        const spans = [...r.mentions].sort((a, b) => a.start - b.start);
        for (let i = 0; i < spans.length; i++) {
          expectSpan(text, spans[i]!, spans[i]!.entityId);
          expect(kb.entities.has(spans[i]!.entityId)).toBe(true);
          if (i) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the pre-check passes on a core name split by an invisible char or a bidi mark, as the matcher finds it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORE_TERMS),
        fc.nat(),
        fc.constantFrom(...INVISIBLE),
        fc.constantFrom('', 'の決算。', ' said.'),
        (term, at, mark, tail) => {
          expect(precheck(`。${withInvisibles(term, [at], mark)}${tail}`).pass, JSON.stringify(term)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still finds URLs and e-mail addresses, also after long runs of letters', () => {
    const s = normalize('see https://alibaba.com/x and mail ir@alibaba-inc.com or a.b+c@x.y.z now').text;
    const r = urlRanges(s);
    expect(r.length).toBe(6);
    expect(s.slice(r[0], r[1])).toBe('https://alibaba.com/x');
    expect(s.slice(r[2], r[3])).toBe('ir@alibaba-inc.com');
    expect(s.slice(r[4], r[5])).toBe('a.b+c@x.y.z');
    const long = repeatTo('a', 5000) + '@x.com';
    expect(urlRanges(long)).toEqual([0, long.length]);
  });

  // Smoke guards, one 1 MB page each, under the default timeout (no timing asserted): a quadratic
  // scan of letter or digit runs (the e-mail pattern once was one) takes minutes here.
  for (const [what, unit] of [
    ['letters', 'a'],
    ['digits', '9'],
    ['full-width digits', '９'],
    ['dotted numbers', '1.'],
    ['names glued to digits', 'BABA9988Qwen3'],
  ] as const) {
    it(`a 1 MB run of ${what} goes through`, () => {
      const text = repeatTo(unit, 1 << 20);
      const r = analyze({ text }, kb);
      for (const e of r.entities) for (const m of e.mentions) expectSpan(text, m, e.id);
    });
  }
});
