// Benchmark inputs: unrelated Japanese text of any size, and relevant articles built from the
// repository's own fixtures (tests/fixtures/articles), so the bench needs nothing outside the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/kb-files';

const UNRELATED = [
  '週末は全国的に晴れる見込みで、気象庁は熱中症への注意を呼びかけている。',
  '駅前の商店街では秋祭りの準備が進み、子どもたちが神輿の練習に汗を流した。',
  '県立高校の野球部が十年ぶりに県大会の決勝へ進み、地元は大いに盛り上がった。',
  '市は来年度から図書館の開館時間を延ばし、平日は午後九時まで利用できるようにする。',
  '旬のさんまは今年も小ぶりで、鮮魚店の店主は「値段が下がるのはまだ先だ」と話す。',
  '新しい路線バスは病院と住宅地を結び、高齢者の通院の足として期待されている。',
  '農家の山田さんは、夏の長雨でトマトの収穫が例年より二割ほど減ったと語った。',
  '美術館では江戸時代の浮世絵を集めた特別展が始まり、初日から多くの人が訪れた。',
  '台風の接近に伴い、鉄道各社は計画運休の可能性があると発表した。',
  '小学校の運動会では、保護者も参加する綱引きが今年いちばんの盛り上がりを見せた。',
  '町内会は防災訓練を行い、住民およそ三百人が避難所までの道を確かめた。',
  '料理教室では、だしの取り方から丁寧に教える家庭料理の講座が人気を集めている。',
  '登山道の整備が終わり、紅葉の見頃を迎える来月には多くの登山客が見込まれる。',
  '地元の酒蔵が新酒の仕込みを始め、蔵の中には米を蒸す甘い香りが広がった。',
  '市民マラソンには約五千人が参加し、沿道からは温かい声援が送られた。',
];

/** Deterministic unrelated Japanese text of about `chars` characters, in paragraphs. */
export function unrelatedJapanese(chars: number, seed = 1): string {
  let x = seed;
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (n < chars) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const s = UNRELATED[x % UNRELATED.length]!;
    const piece = ++i % 6 === 0 ? s + '\n' : s;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, chars);
}

/** Relevant Japanese fixture articles, concatenated and cut to `chars` characters. */
export function relevantJapanese(chars: number): string {
  const dir = join(ROOT, 'tests/fixtures/articles');
  const texts: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.startsWith('ja-') || !f.endsWith('.txt')) continue;
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as { relevant?: boolean };
    if (gold.relevant) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  if (!texts.length) throw new Error('no relevant Japanese fixtures in tests/fixtures/articles');
  let out = '';
  for (let i = 0; out.length < chars; i++) out += texts[i % texts.length] + '\n';
  return out.slice(0, chars);
}
