// One test per figure shape, written from the shape (own sentences): signs, percentage forms,
// money shapes and currencies, middle-dot decimals, rates, model sizes, garbles, kanji numerals.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { parseNumber, scanNumber } from '../../utils/analysis/figures/numbers';
import type { Figure } from '../../utils/analysis/types';

const figs = (text: string, lang?: string) => extractFigures(normalize(text), text, undefined, lang);
/** The one money / percent / count / rate figure of a short text. */
function one(text: string, lang?: string): Figure {
  const list = figs(text, lang).filter((f) => f.kind !== 'date' && f.kind !== 'period');
  expect(
    list.map((f) => f.surface),
    text,
  ).toHaveLength(1);
  return list[0]!;
}
const got = (f: Figure) => ({ value: f.value, unit: f.unit, ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}) });

describe('signs: a decrease is a negative value', () => {
  const cases: Array<[string, number, string]> = [
    ['営業利益率は-3.4%だった。', -3.4, 'percent'],
    ['株価は－15％となった。', -15, 'percent'],
    ['純利益は9%減の100億円。', -9, 'percent'],
    ['売上高は前年同期比2%減少した。', -2, 'percent'],
    ['利益率は2ポイント低下した。', -2, 'pt'],
    ['営業利益は▲5%となった。', -5, 'percent'],
    ['成長率はマイナス3%だった。', -3, 'percent'],
    ['净利润同比下降12%。', -12, 'percent'],
    ['Net income fell 9% from a year earlier.', -9, 'percent'],
    ['Adjusted EBITDA saw a slight decrease of 1% to RMB 45 billion.', -1, 'percent'],
  ];
  for (const [text, value, unit] of cases) {
    it(text, () => {
      const f = figs(text).find((x) => x.kind === 'percent')!;
      expect({ value: f.value, unit: f.unit, change: f.change }).toEqual({ value, unit, change: 'decrease' });
    });
  }
  it('an increase stays positive, with its change', () => {
    expect(one('売上高は63%増の2365億元。'.slice(0, 8))).toMatchObject({ value: 63, change: 'increase' });
    expect(figs('Revenue rose 5% year over year.')[0]).toMatchObject({ value: 5, change: 'increase', basis: 'yoy' });
  });
  it('a loss and evaporated value are negative amounts', () => {
    expect(one('最終損益は3691億円の赤字だった。')).toMatchObject({ value: -369_100_000_000, unit: 'JPY' });
    expect(one('時価総額が5890億ドル蒸発した。')).toMatchObject({ value: -589_000_000_000, unit: 'USD', change: 'decrease' });
    expect(one('净亏损50亿元。')).toMatchObject({ value: -5e9, unit: 'CNY' });
    expect(one('為替差損も120億円と大きかった。')).toMatchObject({ value: -12e9, unit: 'JPY' });
    expect(one('評価差益は300億円。')).toMatchObject({ value: 3e10, unit: 'JPY' });
    expect(one('最終損益は120億円の損失を計上した。')).toMatchObject({ value: -12e9 });
    expect(one('経常損失は20億円。')).toMatchObject({ value: -2e9 });
    expect(one('净亏损收窄至10亿元。')).toMatchObject({ value: -1e9 });
    expect(one('Its net loss narrowed to $1 billion.')).toMatchObject({ value: -1e9 });
    expect(one('The company posted a $3 billion loss.')).toMatchObject({ value: -3e9 });
    expect(one('The company lost $5 billion in market value.')).toMatchObject({ value: -5e9 });
    // a risk of loss is an amount at stake, not a loss
    expect(one('最大55億ドルの損失リスクが生じる。')).toMatchObject({ value: 5.5e9 });
  });
  it('a decrease of an amount, before or after it, is signed', () => {
    expect(one('Revenue fell by $2 billion.')).toMatchObject({ value: -2e9, change: 'decrease' });
    expect(one('a drop of $3 billion in revenue')).toMatchObject({ value: -3e9, change: 'decrease' });
    expect(one('300億円の減益となった。')).toMatchObject({ value: -3e10, change: 'decrease' });
    expect(one('200億円の増収。')).toMatchObject({ value: 2e10, change: 'increase' });
    expect(one('市值缩水2000亿港元。')).toMatchObject({ value: -2e11, unit: 'HKD', change: 'decrease' });
    expect(one('資金流出は300億ドル。')).toMatchObject({ value: -3e10, change: 'decrease' });
    // a level reached is no change
    expect(one('Revenue fell to $2 billion.')).toMatchObject({ value: 2e9 });
    expect(one('The stock shed $100 billion in market value.')).toMatchObject({ value: -1e11, change: 'decrease' });
    expect(one('It booked losses of $2 billion.')).toMatchObject({ value: -2e9 });
  });
  it('a decrease of a percentage in more words: English verbs and nouns, 负增长, 3%安, 3%のマイナス', () => {
    const pct = (t: string) => figs(t).find((f) => f.kind === 'percent');
    for (const t of [
      'Profit shrank 3%.',
      'Margins contracted 3%.',
      'Sales eased 3%.',
      'a year-on-year decrease of 3%',
      'growth was negative 3%',
      '营收同比负增长3%。',
      '株価は3%安の水準。',
      '売上高は前年比3%のマイナス。',
      '株価は3%下げた。',
    ])
      expect(pct(t), t).toMatchObject({ value: -3, change: 'decrease' });
    // (an increase that contains a decrease's letters is still an increase)
    expect(pct('Revenue increased 35%.')).toMatchObject({ value: 35, change: 'increase' });
    expect(pct('株価は3%高となった。')).toMatchObject({ value: 3, change: 'increase' });
  });
  it('below or above an expectation by a percentage is a signed difference; below a level is a level', () => {
    expect(figs('每股收益低于市场预期3.29%。').find((f) => f.kind === 'percent')).toMatchObject({ value: -3.29, change: 'decrease' });
    expect(figs('营收高于预期2%。').find((f) => f.kind === 'percent')).toMatchObject({ value: 2, change: 'increase' });
    expect(figs('增速低于5%。').find((f) => f.kind === 'percent')).toMatchObject({ value: 5 });
  });
  it('a hyphen between numbers or inside names is no sign', () => {
    expect(figs('成長率は5-10%の見込み。').find((f) => f.kind === 'percent')).toMatchObject({ value: 5, valueMax: 10 });
  });
});

describe('percentage forms (zh / ja)', () => {
  const cases: Array<[string, number, string, string?]> = [
    ['市场份额达到百分之二十。', 20, 'percent', 'zh-Hans'],
    ['增长了百分之三点五。', 3.5, 'percent', 'zh-Hans'],
    ['不良率为千分之三。', 0.3, 'percent', 'zh-Hans'],
    ['手续费为万分之三。', 0.03, 'percent', 'zh-Hans'],
    ['约三分之二的用户。', 66.67, 'percent', 'zh-Hans'],
    ['营收增长四成。', 40, 'percent', 'zh-Hans'],
    ['利润占三成半。', 35, 'percent', 'zh-Hans'],
    ['利润下滑三成。', -30, 'percent', 'zh-Hans'],
    ['全场七五折。', 75, 'percent', 'zh-Hans'],
    ['会员九折。', 90, 'percent', 'zh-Hans'],
    ['上升了3个百分点。', 3, 'pt', 'zh-Hans'],
    ['其中约一半将用于采购芯片。', 50, 'percent', 'zh-Hans'],
    ['シェアは五パーセントだった。', 5, 'percent'],
    ['稼働率は十割に達した。', 100, 'percent'],
    ['女性が5割半を占める。', 55, 'percent'],
    ['打率は3割8分7厘。', 38.7, 'percent'],
    ['定価の8割引で販売。', 20, 'percent'],
    ['金利は0.5ポイント上昇。', 0.5, 'pt'],
    ['確率は12 パ ー セ ン トだ。', 12, 'percent'],
    ['比率は12/100だった。', 12, 'percent'],
  ];
  for (const [text, value, unit, lang] of cases) it(text, () => expect(got(one(text, lang))).toEqual({ value, unit }));

  // a lower bound, as the real-page gold reads it (tests/fixtures/real-gold/README.md: 以上 → atleast)
  it('2桁成長 is at least 10%', () => {
    const f = one('クラウドは2桁成長を続けた。');
    expect(f).toMatchObject({ value: 10, approx: 'atleast' });
    expect(f.valueMax).toBeUndefined();
  });
  it('三位數增長 (traditional) and 提升两位数 (the verb first) are growth bounds too', () => {
    expect(one('連續第九個季度實現三位數增長。', 'zh-Hant')).toMatchObject({ value: 100, approx: 'atleast', change: 'increase' });
    expect(one('客单价环比提升两位数。', 'zh-Hans')).toMatchObject({ value: 10, approx: 'atleast', change: 'increase' });
  });
  it('成 that starts a word is no tenth (成本, 成为)', () => {
    expect(figs('降低3成本。', 'zh-Hans').filter((f) => f.kind === 'percent')).toEqual([]);
  });
});

describe('money shapes', () => {
  const cases: Array<[string, number, string, string?]> = [
    ['日経平均は1500円50銭で引けた。', 1500.5, 'JPY'],
    ['価格は3ドル25セント。', 3.25, 'USD'],
    ['120ドルと8セントを支払った。', 120.08, 'USD'],
    ['售价50元6角3分。', 50.63, 'CNY', 'zh-Hans'],
    ['年収は$ 12.5 万だった。', 125_000, 'USD'],
    ['年収はUS$ 3.1 万。', 31_000, 'USD'],
    ['シュークリームは\\500です。', 500, 'JPY'],
    ['売上高は2000億ニュー台湾ドル。', 200e9, 'TWD'],
    ['投資額は30億ユーロ。', 3e9, 'EUR'],
    ['両替1.0092スイス・フラン。', 1.0092, 'CHF'],
    ['融资120亿新元。', 12e9, 'SGD', 'zh-Hans'],
    ['成交额近500亿港元。', 50e9, 'HKD', 'zh-Hans'],
    ['净利润为新台幣910億元。', 91e9, 'TWD', 'zh-Hant'],
    ['投资50亿韩元。', 5e9, 'KRW', 'zh-Hans'],
    ['Capex reached RMB 1,200bn.', 1.2e12, 'CNY'],
    ['It raised $12 billion RMB from banks.', 12e9, 'CNY'],
    ['The ticket cost Rs. 5,000 in Mumbai.', 5000, 'INR'],
    ['折合港股約140.5元。', 140.5, 'HKD', 'zh-Hant'],
  ];
  for (const [text, value, unit, lang] of cases)
    it(text, () =>
      expect(
        got(
          figs(text, lang)
            .filter((f) => f.kind === 'money')
            .pop()!,
        ),
      ).toEqual({ value, unit }),
    );

  it('¥ is yuan in Chinese text and in English text about China, yen in Japanese text', () => {
    expect(one('阿里巴巴营收¥2,000亿。', 'zh-Hans').unit).toBe('CNY');
    expect(one('Alibaba, the Chinese e-commerce group, posted revenue of ¥236.5 billion in China.').unit).toBe('CNY');
    expect(one('ソニーの売上高は¥3兆だった。').unit).toBe('JPY');
    expect(one('Sony, the Japanese electronics maker in Tokyo, earned ¥3 trillion.').unit).toBe('JPY');
  });
  it('数十億 is a range of several', () => {
    expect(got(one('数十億ドルを投じる。'))).toEqual({ value: 2e9, unit: 'USD', valueMax: 9e9 });
    expect(got(one('资本开支达到数百上千亿元。', 'zh-Hans'))).toEqual({ value: 2e10, unit: 'CNY', valueMax: 1e11 });
  });
  it("亿 alone takes the article's currency after a verb of spending", () => {
    const f = figs('阿里云投入100亿元。未来3年投2000亿用于数据中心。', 'zh-Hans').filter((x) => x.kind === 'money');
    expect(f.map(got)).toEqual([
      { value: 1e10, unit: 'CNY' },
      { value: 2e11, unit: 'CNY' },
    ]);
  });
  it('a kanji digit alone before 元 / 円 is a word (一元化, 関東一円), before a long currency word a number', () => {
    expect(figs('管理を一元化する。関東一円で雨。').filter((f) => f.kind === 'money')).toEqual([]);
    expect(got(one('値引きは一ドルだけ。'))).toEqual({ value: 1, unit: 'USD' });
  });
});

describe('Japanese middle-dot decimals', () => {
  it('3・5兆円 is 3.5兆, 215・7億ドル is 215.7億', () => {
    expect(got(one('総額は3・5兆円に達する。'))).toEqual({ value: 3.5e12, unit: 'JPY' });
    expect(got(one('売上は215・7億ドル。'))).toEqual({ value: 21.57e9, unit: 'USD' });
  });
  it('a middle dot between months or items is no decimal', () => {
    expect(parseNumber('1・2')).toBeNull();
  });
});

describe('rates are not amounts', () => {
  it('1元=約20円 is 20 JPY per CNY; 1ドル=約150円 is 150 JPY per USD', () => {
    expect(one('1元=約20円で換算した。')).toMatchObject({ kind: 'rate', value: 20, unit: 'JPY/CNY', approx: 'about' });
    expect(one('1ドル=約150円で計算。')).toMatchObject({ kind: 'rate', value: 150, unit: 'JPY/USD' });
  });
});

describe('model sizes and parameter counts', () => {
  it('0.5億, 72B and 1兆 parameters', () => {
    expect(got(one('0.5億パラメータの小型モデル。'))).toEqual({ value: 5e7, unit: 'params' });
    expect(got(one('The model has 72B parameters.'))).toEqual({ value: 72e9, unit: 'params' });
    expect(got(one('1兆パラメータを超える。'))).toEqual({ value: 1e12, unit: 'params' });
  });
});

describe('garbled amounts', () => {
  it('1億2345億6,700万元 is one malformed figure, not a small number', () => {
    const f = one('売上高は1億2345億6,700万元だった。');
    expect(f).toMatchObject({ kind: 'money', unit: 'CNY', malformed: true, surface: '1億2345億6,700万元' });
    expect(f.value).toBeNaN();
  });
});

describe('kanji numerals', () => {
  const t = (s: string, zh = false) => {
    const k = scanNumber(normalize(s).text, 0, zh);
    return k && k.end === normalize(s).text.length ? k.value : null;
  };
  it('零 holds empty places; financial digits; 点 decimals', () => {
    expect(t('一千零一')).toBe(1001);
    expect(t('一百零一万一千')).toBe(1_011_000);
    expect(t('壹佰伍拾')).toBe(150);
    expect(t('二点五亿')).toBe(2.5e8);
    expect(t('四百 点 五')).toBe(400.5);
  });
  it('the spoken short form is Chinese: 二百五 = 250, 九万四 = 94,000; in Japanese 三千七百一 = 3,701', () => {
    expect(t('二百五', true)).toBe(250);
    expect(t('九万四', true)).toBe(94_000);
    expect(t('三千七百一')).toBe(3701);
  });
  it('"some" before a big unit: 十余万, 500余り万, 二十几万', () => {
    expect(t('十余万')).toBe(1e5);
    expect(t('500余り万')).toBe(5e6);
    expect(t('二十几万', true)).toBe(2e5);
  });
  it('fractions, powers and dozens', () => {
    expect(t('五分の一')).toBe(0.2);
    expect(t('三百五十又三分之一', true)).toBeCloseTo(350.3333, 3);
    expect(t('2^5')).toBe(32);
    expect(t('3ダース')).toBe(36);
  });
  it('hiragana readings', () => {
    expect(t('にまんごせんさんびゃくよんじゅうはち')).toBe(25_348);
    expect(t('いっせんまん')).toBe(1e7);
    expect(t('にほん')).toBeNull();
  });
});

describe('shapes from pages nobody tuned on (issue 11)', () => {
  it('a middle-dot decimal before % or ポイント: 2・0%減 is -2.0, 3・7%増 is 3.7', () => {
    expect(got(one('売上高は前年同期比2・0%減だった。'))).toEqual({ value: -2, unit: 'percent' });
    expect(got(one('利用者数は3・7%増えた。'))).toEqual({ value: 3.7, unit: 'percent' });
    expect(got(one('利益率は1・5ポイント低下した。'))).toEqual({ value: -1.5, unit: 'pt' });
  });
  it('decrease words before a Chinese percentage: 跌, 按年少, 降幅达', () => {
    expect(got(one('纯利按年跌72%。', 'zh-Hans'))).toEqual({ value: -72, unit: 'percent' });
    expect(got(one('盈利按年少52%。', 'zh-Hans'))).toEqual({ value: -52, unit: 'percent' });
    expect(got(one('利润降幅达78%。', 'zh-Hans'))).toEqual({ value: -78, unit: 'percent' });
    expect(got(one('收入按年多10%。', 'zh-Hans'))).toEqual({ value: 10, unit: 'percent' });
  });
  it('"dipped ~2.5%" and 44.9%営業減益 are decreases', () => {
    expect(got(one('Shares dipped ~2.5% on the news.'))).toEqual({ value: -2.5, unit: 'percent' });
    expect(got(one('今期は44.9%営業減益となった。'))).toEqual({ value: -44.9, unit: 'percent' });
  });
  it('a list sharing one verb at its end: 前四半期比2ポイント、前年比8ポイント低下', () => {
    const list = figs('利益率は前四半期比2ポイント、前年比8ポイント低下した。');
    expect(list.map((f) => f.value)).toEqual([-2, -8]);
    // two items with their own subjects do not share a verb
    expect(figs('売上高は5%、利益は8%増えた。').map((f) => f.value)).toEqual([5, 8]);
  });
  it('a loss written after the conversion of the amount: both are negative', () => {
    const list = figs('最終損益は50億元(約1000億円)の赤字だった。').filter((f) => f.kind === 'money');
    expect(list.map((f) => [f.surface, f.value])).toEqual([
      ['50億元', -5e9],
      ['約1000億円', -1e11],
    ]);
  });
  it('a net outflow is negative; a decrease written before an amount of money is a change', () => {
    expect(got(one('自由现金流净流出20亿元。', 'zh-Hans'))).toEqual({ value: -2e9, unit: 'CNY' });
    expect(one('利润同比减少约30亿元。', 'zh-Hans')).toMatchObject({ value: -3e9, change: 'decrease' });
    // 下降至 names the new level, not a change
    expect(got(one('收入下降至100亿元。', 'zh-Hans'))).toEqual({ value: 1e10, unit: 'CNY' });
  });
  it('a percentage written against the name before it (Bing10.4%), not a model version', () => {
    expect(figs('2位はBing10.4%、3位はYandex7.5%だった。').map((f) => f.value)).toEqual([10.4, 7.5]);
    expect(figs('Qwen2.5は強い。')).toEqual([]);
  });
  it('a bare amount the article also writes with its currency is that amount again', () => {
    const list = figs('三年投入3000亿元。机构预计3000亿中约七成用于服务器。', 'zh-Hans').filter((f) => f.kind === 'money');
    expect(list.map((f) => [f.value, f.unit])).toEqual([
      [3e11, 'CNY'],
      [3e11, 'CNY'],
    ]);
  });
  it('a bare amount with its money keyword right after it: “3年3000亿”资本开支计划', () => {
    const list = figs('公司已投入500亿元。此前明确“3年3000亿”资本开支计划。', 'zh-Hans').filter((f) => f.kind === 'money');
    expect(list.map((f) => [f.value, f.unit])).toEqual([
      [5e10, 'CNY'],
      [3e11, 'CNY'],
    ]);
  });
  it('a range with the currency at both ends: 60億ドルから70億ドルと予測; not a change (…から…に引き上げ)', () => {
    expect(got(one('設備投資は60億ドルから70億ドルと予測される。'))).toEqual({ value: 6e9, valueMax: 7e9, unit: 'USD' });
    expect(figs('予測を60億ドルから70億ドルという水準に引き上げた。').map((f) => f.value)).toEqual([6e9, 7e9]);
  });
});

describe('signs and values of the last shapes (value accuracy pass)', () => {
  it('a loss word with a verb or an adjective between it and the amount is a negative amount', () => {
    expect(got(one('归属公司的净亏损达到112亿元。', 'zh-Hans'))).toEqual({ value: -112e8, unit: 'CNY' });
    expect(got(one('經營虧損高達151億元。', 'zh-Hant'))).toEqual({ value: -151e8, unit: 'CNY' });
    expect(got(one('公司淨損達 112 億元。', 'zh-Hant'))).toEqual({ value: -112e8, unit: 'CNY' });
    expect(got(one('該季大虧人民幣112億元。', 'zh-Hant'))).toEqual({ value: -112e8, unit: 'CNY' });
    expect(got(one('The unit posted negative EBITDA of CNY 156 million.'))).toEqual({ value: -156e6, unit: 'CNY' });
  });
  it('a loss word before the amount in Japanese and English (営業赤字は, 赤字幅は, net loss was), or 経常赤字 after it', () => {
    expect(got(one('営業赤字は50億円だった。'))).toEqual({ value: -50e8, unit: 'JPY' });
    expect(got(one('赤字幅は50億円に縮小した。'))).toEqual({ value: -50e8, unit: 'JPY' });
    expect(got(one('今期は50億円の経常赤字だった。'))).toEqual({ value: -50e8, unit: 'JPY' });
    expect(got(one('Net loss was $5 billion in the quarter.'))).toEqual({ value: -5e9, unit: 'USD' });
    expect(got(one('黒字は50億円だった。'))).toEqual({ value: 50e8, unit: 'JPY' });
  });
  it('turning a loss into a profit (扭亏为盈) and 盈亏 are not losses', () => {
    expect(got(one('国际业务扭亏为盈，经调整EBITA录1.6亿元。', 'zh-Hans'))).toEqual({ value: 1.6e8, unit: 'CNY' });
    expect(got(one('公司扭亏1.6亿元。', 'zh-Hans'))).toEqual({ value: 1.6e8, unit: 'CNY' });
  });
  it('decrease verbs in English, with or without an approximation word between', () => {
    expect(got(one('Shares plummeted around 6% on Thursday.'))).toEqual({ value: -6, unit: 'percent' });
    expect(figs('Operating profit plunging 74% and sales falling 3%.').map((f) => f.value)).toEqual([-74, -3]);
    expect(got(one('The stock is 35% off its high.'))).toEqual({ value: -35, unit: 'percent' });
    expect(got(one('Output saw a contraction of 3% last year.'))).toEqual({ value: -3, unit: 'percent' });
    expect(figs('Shares shed 5% after a 10% slump, a 3% dip and a 2% loss.').map((f) => f.value)).toEqual([-5, -10, -3, -2]);
    expect(got(one('The maker saw a 5% offer accepted.'))).toEqual({ value: 5, unit: 'percent' });
  });
  it('Japanese and Chinese decrease words: の大幅減益, の落ち込み, 下挫, 回落', () => {
    expect(got(one('純利益は前年同期比69%の大幅減益となった。'))).toEqual({ value: -69, unit: 'percent' });
    expect(got(one('営業利益は12%の落ち込みだった。'))).toEqual({ value: -12, unit: 'percent' });
    expect(got(one('売上高は3%の小幅増収だった。'))).toEqual({ value: 3, unit: 'percent' });
    expect(got(one('股价下挫5%。', 'zh-Hans'))).toEqual({ value: -5, unit: 'percent' });
    expect(got(one('毛利率回落2%。', 'zh-Hans'))).toEqual({ value: -2, unit: 'percent' });
  });
  it('more decrease words: 5%下回った, 3%下がった, 2%後退, 5% below, 5% less, reduced by 4%, 缩水30%, 降低5%', () => {
    expect(got(one('売上高は予想を5%下回った。'))).toEqual({ value: -5, unit: 'percent' });
    expect(got(one('株価は3%下がった。'))).toEqual({ value: -3, unit: 'percent' });
    expect(got(one('出荷は前年比2%後退した。'))).toEqual({ value: -2, unit: 'percent' });
    expect(got(one('Shares closed 5% below the IPO price.'))).toEqual({ value: -5, unit: 'percent' });
    expect(got(one('It sold 5% less than a year ago.'))).toEqual({ value: -5, unit: 'percent' });
    expect(got(one('Costs were reduced by 4% in the year.'))).toEqual({ value: -4, unit: 'percent' });
    expect(got(one('市值缩水30%。', 'zh-Hans'))).toEqual({ value: -30, unit: 'percent' });
    expect(got(one('价格降低5%。', 'zh-Hans'))).toEqual({ value: -5, unit: 'percent' });
    // を下回る after a percentage is a bound, not a change
    expect(one('成長率は5%を下回る見通し。').change).toBeUndefined();
  });
  it('a change word after an amount of money in English, and Japanese losses after the amount', () => {
    expect(one('It reported a $2 billion decline in revenue.')).toMatchObject({ value: -2e9, unit: 'USD', change: 'decrease' });
    expect(got(one('It booked a $3 billion quarterly loss.'))).toEqual({ value: -3e9, unit: 'USD' });
    expect(got(one('今期は50億円の最終損失を計上した。'))).toEqual({ value: -50e8, unit: 'JPY' });
    expect(got(one('売上高は予想を50億円下回った。'))).toEqual({ value: -50e8, unit: 'JPY' });
  });
  it('a quote’s change: a bare number before its percentage in brackets, in the currency of the price before it', () => {
    const list = figs('Last Trade\n$28.16\n-0.97 (-3.33%)\nBid').filter((f) => f.kind === 'money');
    expect(list.map((f) => [f.value, f.unit])).toEqual([
      [28.16, 'USD'],
      [-0.97, 'USD'],
    ]);
    expect(figs("Closing Price\n$29.13\nDay's Change\n0.00 (0.00%)").map((f) => [f.value, f.unit])).toEqual([
      [29.13, 'USD'],
      [0, 'USD'],
      [0, 'percent'],
    ]);
    // a number with no price just before it is no quote
    expect(figs('Revenue was $5 billion. 12 (5%) of stores closed.').map((f) => f.unit)).toEqual(['USD', 'percent']);
  });
  it('negative growth and Chinese change words after a percentage (3%的负增长, 5%的增长)', () => {
    expect(got(one('Sales posted negative growth of 3% in the quarter.'))).toEqual({ value: -3, unit: 'percent' });
    expect(got(one('营收出现3%的负增长。', 'zh-Hans'))).toEqual({ value: -3, unit: 'percent' });
    expect(got(one('营收实现5%的增长。', 'zh-Hans'))).toEqual({ value: 5, unit: 'percent' });
  });
  it('a loss named with its qualifier before the verb: attributable to…, per share, for the quarter', () => {
    expect(got(one('Net loss attributable to ordinary shareholders was RMB 2 billion.'))).toEqual({ value: -2e9, unit: 'CNY' });
    expect(got(one('Loss per share of $0.50 was reported.'))).toEqual({ value: -0.5, unit: 'USD' });
    expect(
      figs('Its net loss for the quarter was $2 billion, and revenue was $5 billion.')
        .filter((f) => f.kind === 'money')
        .map((f) => f.value),
    ).toEqual([-2e9, 5e9]);
    // a loss of something else is no loss of money
    expect(got(one('The loss of customers meant revenue was $2 billion.'))).toEqual({ value: 2e9, unit: 'USD' });
  });
  it('a bare amount named as a loss (50亿的亏损) is money in the article’s currency, negative', () => {
    const list = figs('百度营收312亿元。单季出现了50亿的亏损。', 'zh-Hans').filter((f) => f.kind === 'money');
    expect(list.map((f) => [f.value, f.unit])).toEqual([
      [312e8, 'CNY'],
      [-50e8, 'CNY'],
    ]);
  });
  it('蒸发了 before an amount is a decrease', () => {
    expect(got(one('市值蒸发了1万亿港元。', 'zh-Hans'))).toEqual({ value: -1e12, unit: 'HKD' });
  });
  it('降了 before a bare amount is a decrease; 降至 names the new level', () => {
    const list = figs('该业务收入是65亿元,环比降了23亿。', 'zh-Hans').filter((f) => f.kind === 'money');
    expect(list.map((f) => f.value)).toEqual([65e8, -23e8]);
    expect(got(one('收入降至23亿元。', 'zh-Hans'))).toEqual({ value: 23e8, unit: 'CNY' });
  });
  it('from X to Y: both amounts are levels, positive whatever the verb', () => {
    expect(figs('Revenue fell from $10 billion to $8 billion.').map((f) => f.value)).toEqual([10e9, 8e9]);
    expect(figs('净利润从120亿元下滑至80亿元。', 'zh-Hans').map((f) => f.value)).toEqual([120e8, 80e8]);
    expect(figs('売上高は100億円から80億円に減少した。').map((f) => f.value)).toEqual([100e8, 80e8]);
  });
  it('成 with its ones digit after it: 四成八 is 48%, not 四成 and a stray 八', () => {
    expect(got(one('营业额升四成八。', 'zh-Hans'))).toEqual({ value: 48, unit: 'percent' });
    expect(got(one('收入占整体七成二。', 'zh-Hans'))).toEqual({ value: 72, unit: 'percent' });
    expect(figs('纯利按年增加四成七,升至一百零七亿元。', 'zh-Hans').map((f) => f.value)).toEqual([47, 107e8]);
    // a digit that starts a word or another number is not the ones
    expect(figs('约七成二季度', 'zh-Hans').find((f) => f.kind === 'percent')!.value).toBe(70);
  });
  it('ranges with ─ as the dash, and a range of decreases written from the larger one', () => {
    expect(got(one('売上高は271億─287億元になるとの見通し。'))).toEqual({ value: 271e8, valueMax: 287e8, unit: 'CNY' });
    expect(got(one('前年同期比4.7~1.7%減少すると予測している。'))).toEqual({ value: -4.7, valueMax: -1.7, unit: 'percent' });
  });
  it('a scale word with no digits and a currency: a trillion-RMB bet, one billion dollars', () => {
    expect(got(one('Three groups place a Trillion-RMB bet on AI.'))).toEqual({ value: 1e12, unit: 'CNY' });
    expect(got(one('It spent one billion dollars on chips.'))).toEqual({ value: 1e9, unit: 'USD' });
    expect(figs('The app has a million users.').filter((f) => f.kind === 'money')).toEqual([]);
  });
});
