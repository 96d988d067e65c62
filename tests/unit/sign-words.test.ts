// The sign tables (utils/analysis/figures/sign-words-*.ts): one per language, every entry a pattern
// that never matches nothing, and each kind of entry signs an amount through the code that reads the
// table (own sentences, one per language and kind; the shapes in depth: figure-signs.test.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { SIGN_WORDS_EN } from '../../utils/analysis/figures/sign-words-en';
import { SIGN_WORDS_JA } from '../../utils/analysis/figures/sign-words-ja';
import { SIGN_WORDS_ZH } from '../../utils/analysis/figures/sign-words-zh';
import { normalize } from '../../utils/analysis/text/normalize';

const percent = (text: string, lang?: string) => {
  const f = extractFigures(normalize(text), text, undefined, lang).find((x) => x.kind === 'percent');
  return f && [f.value, f.change];
};
const money = (text: string, lang?: string) =>
  extractFigures(normalize(text), text, undefined, lang)
    .filter((f) => f.kind === 'money')
    .map((f) => f.value);

describe('sign tables', () => {
  it('a percentage: a change word after it (each language), before it, or a verb with its object before "by"', () => {
    expect(percent('営業利益は前年比12%急減した。', 'ja')).toEqual([-12, 'decrease']);
    expect(percent('経常利益は7%の小幅減益だった。', 'ja')).toEqual([-7, 'decrease']);
    expect(percent('毛利率出现2%的下滑。', 'zh')).toEqual([-2, 'decrease']);
    expect(percent('净利润同比下降8%。', 'zh')).toEqual([-8, 'decrease']);
    expect(percent('Margins saw a 4% contraction.')).toEqual([-4, 'decrease']);
    expect(percent('The firm will slash its hiring plan by 15%.')).toEqual([-15, 'decrease']);
    expect(percent('The firm will boost its hiring plan by 15%.')).toEqual([15, 'increase']);
  });

  it('every entry is a pattern that needs some text', () => {
    for (const t of [SIGN_WORDS_JA, SIGN_WORDS_ZH, SIGN_WORDS_EN]) {
      const entries = [
        ...[...t.changeAfter, ...t.percentChangeAfter, ...t.moneyChangeAfter, ...t.verbObjectBy].map(([w]) => w),
        ...t.decreaseWords,
        ...t.decreaseBefore.words,
        ...t.lossAfter,
        ...t.lossBefore.words,
        ...t.lossWideBefore.map((x) => x.pattern),
        ...t.bareLossBefore,
        ...t.bareLossAfter,
        ...t.lossFromBefore,
        ...t.rangeDecreaseAfter,
      ];
      for (const e of entries) expect(new RegExp(`^(?:${e})$`).test(''), e).toBe(false);
    }
  });

  it('Japanese: a loss after or before the amount, a change after it, a range of decreases', () => {
    expect(money('同社は今期、120億円の最終赤字を見込む。', 'ja')).toEqual([-120e8]);
    expect(money('営業損失は約45億円だった。', 'ja')).toEqual([-45e8]);
    expect(money('株安で時価総額が2兆円吹き飛んだ。', 'ja')).toEqual([-2e12]);
  });

  it('Chinese: a loss before the amount, a decrease before it, both ends of a loss that widened', () => {
    expect(money('该公司净亏损为30亿元。', 'zh')).toEqual([-30e8]);
    expect(money('营收同比减少约12亿元。', 'zh')).toEqual([-12e8]);
    expect(money('亏损从上年同期的2亿元扩大至9亿元。', 'zh')).toEqual([-2e8, -9e8]);
  });

  it('English: a loss after or before the amount, a loss named further back, the level it moved from', () => {
    expect(money('The startup posted a $40 million net loss.')).toEqual([-40e6]);
    expect(money('Net loss for the six months was $75 million.')).toEqual([-75e6]);
    expect(money('Its operating loss narrowed to $9 million from $21 million.')).toEqual([-9e6, -21e6]);
    expect(money('Sales fell by $3 million.')).toEqual([-3e6]);
  });
});
