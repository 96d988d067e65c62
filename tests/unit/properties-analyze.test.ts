// Property tests of the whole pipeline, analyze() with the real KB, over random and hostile text:
// it never throws, every offset it reports is a valid span of the text, the result is the same for
// the same input whatever was analysed before, and a 1 MB hostile page goes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { analyze } from '../../utils/analysis/analyze';
import type { AnalysisResult } from '../../utils/analysis/types';
import { anyText, expectSpan, hostileMix, hostileText, kbNames } from './support/adversarial';

const kb = loadKbIndex();
const texts = fc.oneof({ weight: 1, arbitrary: anyText }, { weight: 3, arbitrary: hostileText(kb, 40) });
const titles = fc.option(fc.oneof(anyText, hostileText(kb, 4)), { nil: undefined });
const aliases = fc.array(
  fc.record({
    text: fc.oneof(anyText, fc.constantFrom('アリ経済圏', 'ア\u200bリ', '9', '億', '')),
    entityId: fc.constantFrom('alibaba', 'qwen', 'no-such-entity'),
  }),
  { maxLength: 3 },
);

/** Every span of a result checked against the text, plus the shape of the numbers. */
function expectValid(text: string, r: AnalysisResult): void {
  expect(typeof r.relevant).toBe('boolean');
  expect(r.score >= 0 && r.score <= 1).toBe(true);
  const all: Array<{ start: number; end: number }> = [];
  for (const e of r.entities) {
    if (!kb.entities.has(e.id) || !e.mentions.length) expect.fail(`entity ${e.id}: unknown or without mentions`);
    for (const m of e.mentions) {
      expectSpan(text, m, `mention of ${e.id}`);
      all.push(m);
    }
  }
  all.sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) if (all[i]!.start < all[i - 1]!.end) expect.fail(`mentions overlap at ${all[i]!.start}`);
  for (const f of r.figures) {
    expectSpan(text, f, `figure ${f.kind}`);
    // a garble (1億2345億6,700万) is kept as malformed: no value, never converted or checked
    if (f.malformed) {
      if (!Number.isNaN(f.value) || f.converted || f.check) expect.fail(`malformed figure ${JSON.stringify(f.surface)} has a value, a conversion or a check`);
      continue;
    }
    const nums = [f.value, f.valueMax ?? 0, f.converted?.CNY ?? 0, f.converted?.USD ?? 0, f.converted?.JPY ?? 0];
    if (!nums.every(Number.isFinite)) expect.fail(`figure ${JSON.stringify(f.surface)}: a value is not finite: ${nums.join(', ')}`);
  }
}

describe('analyze: properties', () => {
  it('never throws and reports only valid spans, over random and hostile text', () => {
    fc.assert(
      fc.property(texts, titles, aliases, (text, title, extraAliases) => {
        expectValid(text, analyze({ text, title }, kb, { extraAliases }));
      }),
      { numRuns: 400 },
    );
  });

  it('finds KB names glued to digits, split by invisibles, and in full width, with exact surfaces', () => {
    const names = kbNames(kb);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom('', '9988', '３８００億元', '\u200b', '\u202e', '。'), (name, glue) => {
        const text = `${glue}${name}${glue}`;
        expectValid(text, analyze({ text }, kb));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same result whatever was analysed in between', () => {
    fc.assert(
      fc.property(texts, texts, fc.option(fc.string(), { nil: undefined }), (a, b, title) => {
        const first = JSON.stringify(analyze({ text: a, title }, kb));
        analyze({ text: b, title: a }, kb, { extraAliases: [{ text: 'アリ経済圏', entityId: 'alibaba' }] });
        analyze({ text: a + b }, kb);
        expect(JSON.stringify(analyze({ text: a, title }, kb))).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('a 1 MB hostile page goes through with valid spans (smoke guard: the default timeout, no timing asserted)', () => {
    const text = hostileMix(1 << 20, kbNames(kb));
    const r = analyze({ text, title: text.slice(0, 200) }, kb);
    expectValid(text, r);
    expect(r.entities.length).toBeGreaterThan(0);
    expect(r.figures.length).toBeGreaterThan(0);
  });

  it('a 1 MB hostile page without a single sentence end goes through (per-sentence work stays bounded)', () => {
    const text = hostileMix(1 << 20, kbNames(kb)).replace(/[。！？!?\n\r]/g, ' ');
    const r = analyze({ text }, kb);
    expectValid(text, r);
    expect(r.figures.length).toBeGreaterThan(1000);
  });
});
