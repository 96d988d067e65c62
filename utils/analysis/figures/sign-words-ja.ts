// Japanese sign words: what makes an amount a decrease or a loss (the shape: sign-words-types.ts).
import type { SignWords } from './sign-words-types';

export const SIGN_WORDS_JA: SignWords = {
  moneyChangeAfter: [
    ['が蒸発', 'decrease'],
    ['蒸発', 'decrease'],
    ['が消失', 'decrease'],
    ['が吹き飛んだ', 'decrease'], // 時価総額が3兆円吹き飛んだ
    ['吹き飛んだ', 'decrease'],
    ['が吹き飛び', 'decrease'],
    ['吹き飛び', 'decrease'],
    ['消失', 'decrease'],
    ['の目減り', 'decrease'],
    ['目減り', 'decrease'],
  ],
  // 下げ幅は1000億円, 資金流出は約200億円
  decreaseBefore: { words: ['下げ幅は?', '資金流出は?', '流出超は?'], about: ['約'] },
  // 3691億円の赤字, 200億円の純損失 (not 損失リスク, 損失の可能性: a risk)
  lossAfter: ['の(?:最終|純|営業|経常)?赤字', 'の(?:純|営業|経常|最終|税引前|投資|評価|為替|特別)?損失(?!リスク|の(?:可能性|恐れ|おそれ))', '赤字'],
  // 最終赤字は3691億円, 営業損失額, 為替差損 (not 黒字から赤字: a turn)
  lossBefore: {
    words: [
      '(?:最終|営業|経常|純)?赤字(?:額|幅)?(?=\\s?(?:は|が|も))',
      '最終赤字',
      '(?<!黒字|から)赤字(?=\\s?(?:約|$))',
      '(?:純|営業|経常|運用|評価|特別)?損失(?:額)?',
      '赤字額',
      '差損',
    ],
    links: ['は', 'が', 'も'],
    about: ['約'],
  },
  lossWideBefore: [],
  bareLossBefore: [],
  bareLossAfter: [],
  lossFromBefore: [],
  // 前年同期比4.7~1.7%減少
  rangeDecreaseAfter: ['減', '低下', '下落', '縮小', 'マイナス', '落ち込み'],
};
