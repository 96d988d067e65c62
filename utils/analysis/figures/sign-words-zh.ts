// Chinese sign words (simplified and traditional): what makes an amount a decrease or a loss (the
// shape: sign-words-types.ts).
import type { SignWords } from './sign-words-types';

/** The loss words most rules share: 净亏损 / 淨虧損 (net loss), 亏损 / 虧損 (loss). */
const LOSS = '净亏损|淨虧損|亏损|虧損';

export const SIGN_WORDS_ZH: SignWords = {
  changeAfter: [],
  // 出现3%的负增长
  percentChangeAfter: [
    ['的负增长', 'decrease'], // 出现3%的负增长
    ['的負增長', 'decrease'],
    ['的下降', 'decrease'],
    ['的下滑', 'decrease'],
    ['的降幅', 'decrease'],
    ['的跌幅', 'decrease'],
    ['的增长', 'increase'],
    ['的增長', 'increase'],
    ['的增幅', 'increase'],
    ['的涨幅', 'increase'],
    ['的漲幅', 'increase'],
  ],
  // 同比下降5%, 低于预期3%
  decreaseWords: [
    '负增长',
    '負增長',
    '低于',
    '低於',
    '下降',
    '减少',
    '下跌',
    '下滑',
    '減少',
    '下挫',
    '回落',
    '萎缩',
    '萎縮',
    '收缩',
    '收縮',
    '缩减',
    '縮減',
    '缩水',
    '縮水',
    '蒸发',
    '蒸發',
    '下调',
    '下調',
    '下修',
    '降',
    '减',
    '減',
    '跌',
    '少',
  ],
  verbObjectBy: [],
  moneyChangeAfter: [
    ['蒸发', 'decrease'],
    ['减少', 'decrease'],
  ],
  // 同比减少约340亿, 市值蒸发了1000亿 (not 减少至: a level)
  decreaseBefore: { words: ['(?:减少|減少|下降|下跌|下滑|缩减|縮減|减|減|降|跌)了?', '蒸发了?', '蒸發了?', '缩水了?', '縮水了?'], about: ['约'] },
  lossAfter: [],
  // 净亏损50亿元, 亏损收窄至, 减亏至, 净流出 (not 扭亏: a turn to profit)
  lossBefore: {
    words: [
      `(?:${LOSS})\\s?(?:收窄|缩小|縮小|扩大|擴大)\\s?(?:至|到)`,
      '(?:减亏|減虧)至',
      `(?:${LOSS})(?:额|額)`,
      '营业亏损',
      '營業虧損',
      ...LOSS.split('|'),
      '净损',
      '淨損',
      '(?<![扭止减減转轉盈])(?:大|巨)?(?:亏|虧)',
      '净流出',
      '淨流出',
      '(?<![不侵腐])蝕',
      '(?<![不侵腐])蚀',
      '(?<![避减減挽])(?:损失|損失)',
    ],
    links: ['了', '高达', '高達', '达到', '達到', '达', '達', '为', '為', '约为', '約為', '录得', '錄得'],
    about: ['约'],
  },
  // 亏损从去年同期6.95亿元扩大至147.77亿元, 經營虧損同比擴大至13億元: both ends are losses
  lossWideBefore: [
    {
      pattern:
        '(?:亏损|虧損)(?:[^。；;\\n!?]{0,30}?(?:扩大|擴大|收窄|缩小|縮小)\\s?(?:至|到)|\\s?(?:从|從)\\s?(?:去年同期|上年同期|上季度?|上一季度)?\\s?(?:的)?)\\s?(?:约|約)?\\s?$',
      reach: 48,
    },
  ],
  // 亏损超百亿, 净亏损约112亿, 这112亿的亏损
  bareLossBefore: ['(?:净亏损|淨虧損|经营亏损|經營虧損|亏损|虧損)(?:高达|高達|达到|達到|达|達|为|為|约|約)?'],
  bareLossAfter: ['的(?:净|淨|经营|經營)?(?:亏损|虧損)'],
  lossFromBefore: [],
  rangeDecreaseAfter: [],
};
