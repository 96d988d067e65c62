// Japanese sign words: what makes an amount a decrease or a loss (the shape: sign-words-types.ts).
import type { SignWords } from './sign-words-types';

type Change = 'increase' | 'decrease';

/** Change words right after an amount or a percentage: 5890億ドル減少, 300億円の減益, 9%減. */
const PLAIN: Array<[string, Change]> = [
  ['の減益', 'decrease'],
  ['の減収', 'decrease'],
  ['減益', 'decrease'],
  ['減収', 'decrease'],
  ['の増益', 'increase'],
  ['の増収', 'increase'],
  ['増益', 'increase'],
  ['増収', 'increase'],
  ['のマイナス', 'decrease'],
  ['の減少', 'decrease'],
  ['減少', 'decrease'],
  ['の増加', 'increase'],
  ['増加', 'increase'],
  ['下回', 'decrease'], // 予想を5%下回った (short by), not を下回る (under: an approximation)
  ['上回', 'increase'],
  ['減', 'decrease'],
  ['増', 'increase'],
];
/** ...also with a size word between the number and the change word: 69%の大幅減益, 300億円の小幅増収. */
const SIZED = PLAIN.flatMap(([w, c]): Array<[string, Change]> =>
  w.startsWith('の') ? ['大幅', '小幅', '大幅な', '小幅な'].map((size): [string, Change] => [`の${size}${w.slice(1)}`, c]) : [],
);

export const SIGN_WORDS_JA: SignWords = {
  changeAfter: [...SIZED, ...PLAIN],
  // 63%急増, 3%下がった, 株価は3%安
  percentChangeAfter: [
    ['急増', 'increase'],
    ['上昇', 'increase'],
    ['アップ', 'increase'],
    ['伸び', 'increase'],
    ['営業増益', 'increase'],
    ['経常増益', 'increase'],
    ['最終増益', 'increase'],
    ['営業減益', 'decrease'],
    ['経常減益', 'decrease'],
    ['最終減益', 'decrease'],
    ['の縮小', 'decrease'],
    ['の拡大', 'increase'],
    ['縮小', 'decrease'],
    ['拡大', 'increase'],
    ['急減', 'decrease'],
    ['激減', 'decrease'],
    ['微減', 'decrease'],
    ['微増', 'increase'],
    ['急落', 'decrease'],
    ['続落', 'decrease'],
    ['反落', 'decrease'],
    ['の落ち込み', 'decrease'],
    ['落ち込み', 'decrease'],
    ['の下落', 'decrease'],
    ['の低下', 'decrease'],
    ['の上昇', 'increase'],
    ['低下', 'decrease'],
    ['下落', 'decrease'],
    ['ダウン', 'decrease'],
    ['のダウン', 'decrease'],
    ['下振れ', 'decrease'],
    ['の下振れ', 'decrease'],
    ['上振れ', 'increase'],
    ['の上振れ', 'increase'],
    ['マイナス', 'decrease'],
    ['のプラス', 'increase'],
    ['下げ', 'decrease'],
    ['下がった', 'decrease'], // 3%下がった
    ['下がり', 'decrease'],
    ['下がる', 'decrease'],
    ['下がって', 'decrease'],
    ['上がった', 'increase'],
    ['上がり', 'increase'],
    ['上がる', 'increase'],
    ['上がって', 'increase'],
    ['後退', 'decrease'],
    ['上げ', 'increase'],
    ['安', 'decrease'], // 株価は3%安 (cheaper)
    ['高', 'increase'], // 3%高 (dearer)
  ],
  decreaseWords: [],
  verbObjectBy: [],
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
