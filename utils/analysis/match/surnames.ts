// Surnames of people the KB names in full but gives no surname alias: the Han surname (呉 of 呉泳銘,
// 欧阳 of 欧阳剑) and its Latin spelling in the English name (Yao of Yao Shunyu, Shen of Neil Shen,
// Isford of Grace Isford). They are surname records like the curated ones, so they count only where
// those do (entities/resolve.ts): after the full name, with an honorific or title (呉氏, 姚总), or as a
// capitalised word standing alone in English (Yao said). A person with any surname alias keeps only
// the curated ones.
import type { Entity } from '../kb/types';
import { foldHan } from './han-fold';

const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]+$/;

// Two-character surnames, simplified (the Han name is folded before the lookup).
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '慕容', '夏侯', '皇甫', '司徒', '令狐', '尉迟', '公孙'];

// The most common Chinese surnames (simplified) and their pinyin, to find the surname in an English name.
const PINYIN: Record<string, string> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  黄: 'huang',
  赵: 'zhao',
  吴: 'wu',
  周: 'zhou',
  徐: 'xu',
  孙: 'sun',
  马: 'ma',
  朱: 'zhu',
  胡: 'hu',
  郭: 'guo',
  何: 'he',
  林: 'lin',
  罗: 'luo',
  高: 'gao',
  郑: 'zheng',
  梁: 'liang',
  谢: 'xie',
  宋: 'song',
  唐: 'tang',
  许: 'xu',
  韩: 'han',
  冯: 'feng',
  邓: 'deng',
  曹: 'cao',
  彭: 'peng',
  曾: 'zeng',
  肖: 'xiao',
  田: 'tian',
  董: 'dong',
  袁: 'yuan',
  潘: 'pan',
  于: 'yu',
  蒋: 'jiang',
  蔡: 'cai',
  余: 'yu',
  杜: 'du',
  叶: 'ye',
  程: 'cheng',
  苏: 'su',
  魏: 'wei',
  吕: 'lv',
  丁: 'ding',
  任: 'ren',
  沈: 'shen',
  姚: 'yao',
  卢: 'lu',
  姜: 'jiang',
  崔: 'cui',
  钟: 'zhong',
  谭: 'tan',
  陆: 'lu',
  汪: 'wang',
  范: 'fan',
  金: 'jin',
  石: 'shi',
  廖: 'liao',
  贾: 'jia',
  夏: 'xia',
  韦: 'wei',
  付: 'fu',
  傅: 'fu',
  方: 'fang',
  白: 'bai',
  邹: 'zou',
  孟: 'meng',
  熊: 'xiong',
  秦: 'qin',
  邱: 'qiu',
  江: 'jiang',
  尹: 'yin',
  薛: 'xue',
  闫: 'yan',
  阎: 'yan',
  段: 'duan',
  雷: 'lei',
  侯: 'hou',
  龙: 'long',
  史: 'shi',
  陶: 'tao',
  黎: 'li',
  贺: 'he',
  顾: 'gu',
  毛: 'mao',
  郝: 'hao',
  龚: 'gong',
  邵: 'shao',
  万: 'wan',
  钱: 'qian',
  严: 'yan',
  武: 'wu',
  戴: 'dai',
  莫: 'mo',
  孔: 'kong',
  向: 'xiang',
  汤: 'tang',
  闻: 'wen',
  井: 'jing',
  景: 'jing',
  蓝: 'lan',
  殷: 'yin',
  柳: 'liu',
  庞: 'pang',
  翟: 'zhai',
  童: 'tong',
  欧阳: 'ouyang',
  司马: 'sima',
  上官: 'shangguan',
  诸葛: 'zhuge',
};

const HAN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$/;
const LATIN_NAME = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)? [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/;

export interface SurnameAlias {
  text: string;
  lang: 'en' | 'ja' | 'zh-Hans' | 'zh-Hant';
}

/** Surname aliases to derive for a person (none when the KB gives any surname alias, but the katakana
 *  one when the KB gives only English ones). */
export function derivedSurnames(e: Entity): SurnameAlias[] {
  if (e.type !== 'person') return [];
  const curated = (e.aliases ?? []).filter((a) => a.kind === 'surname');
  if (curated.some((a) => a.lang !== 'en')) return [];
  const out: SurnameAlias[] = [];
  const seen = new Set<string>();
  const add = (text: string, lang: SurnameAlias['lang']) => {
    if (!seen.has(text)) {
      seen.add(text);
      out.push({ text, lang });
    }
  };
  if (curated.length) {
    westernKatakana(e, false, add);
    return out;
  }
  let pinyin: string | undefined;
  for (const lang of ['zh-Hans', 'zh-Hant', 'ja'] as const) {
    for (const name of e.names[lang] ?? []) {
      if (!HAN_NAME.test(name)) continue;
      const folded = foldHan(name);
      const n = COMPOUND.some((c) => folded.startsWith(c)) && name.length >= 3 ? 2 : 1;
      add(name.slice(0, n), lang);
      pinyin ??= PINYIN[folded.slice(0, n)];
    }
  }
  const han = seen.size > 0;
  // The katakana surname of a Han-named person written in two katakana parts (ロビン・リー, ヤン・ジーリン):
  // the part that is the first part of the Chinese-order reading the KB gives (リー・イエンホン).
  const readingSurname = han ? e.reading?.split(/[・･]/)[0] : undefined;
  if (readingSurname && readingSurname.length >= 2) {
    for (const name of e.names.ja ?? []) {
      const parts = name.split(/[・･]/);
      if (parts.length === 2 && parts.every((x) => KATAKANA_WORD.test(x)) && parts.includes(readingSurname)) add(readingSurname, 'ja');
    }
  }
  westernKatakana(e, han, add);
  if (pinyin) givenFirstKatakana(e, pinyin, add);
  for (const name of e.names.en ?? []) {
    if (!LATIN_NAME.test(name)) continue;
    const [a, b] = name.split(' ') as [string, string];
    // The token the Han surname reads as (Yao Shunyu, Neil Shen); else, for a person with no Han
    // name, the last word (Grace Isford). A Han-named person in another romanisation (Joe Tsai) gets none.
    const surname = pinyin ? [a, b].find((t) => t.toLowerCase() === pinyin) : han ? undefined : b;
    if (surname && surname.length >= 2) add(surname, 'en');
  }
  return out;
}

/** A Western-order katakana name (ジェームズ・リー for James Lee) of a person with no Han name: its last
 *  part, the surname its English name ends with, as Japanese pages write it (リー氏, リーは). */
function westernKatakana(e: Entity, han: boolean, add: (text: string, lang: SurnameAlias['lang']) => void): void {
  if (han || !(e.names.en ?? []).some((n) => LATIN_NAME.test(n))) return;
  lastKatakanaParts(e.names.ja ?? [], add);
}

/** The last part of each two-part katakana name (ジョナサン・ルー → ルー), as a Japanese surname alias. */
function lastKatakanaParts(names: string[], add: (text: string, lang: SurnameAlias['lang']) => void): void {
  for (const name of names) {
    const parts = name.split(/[・･]/);
    if (parts.length === 2 && parts.every((x) => KATAKANA_WORD.test(x)) && parts[1]!.length >= 2) add(parts[1]!, 'ja');
  }
}

/** A Han-named person known in English by a Western given name before the surname (Jonathan Lu for
 *  陸兆禧, Richard Liu): the last part of their two-part katakana name (ジョナサン・ルー → ルー), which is
 *  the surname as Japanese pages write it after the full name (ルー氏). */
function givenFirstKatakana(e: Entity, pinyin: string, add: (text: string, lang: SurnameAlias['lang']) => void): void {
  const western = (e.names.en ?? []).some((n) => {
    if (!LATIN_NAME.test(n)) return false;
    const [a, b] = n.toLowerCase().split(' ') as [string, string];
    return b === pinyin && a !== pinyin;
  });
  if (!western) return;
  const variants = (e.aliases ?? []).filter((a) => a.kind === 'variant' || a.kind === 'name').map((a) => a.text);
  lastKatakanaParts([...(e.names.ja ?? []), ...variants], add);
}
