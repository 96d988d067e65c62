// Rough script-based language of a text, for choosing display names (ja / zh-Hans / zh-Hant / en).
import type { Lang } from '../kb/types';

// Common characters that differ between simplified and traditional Chinese (same order in both).
const SIMPLIFIED = '们这个来时会说对于发经开关长门问间与为后云亿团际业务报产实现区币资营总';
const TRADITIONAL = '們這個來時會說對於發經開關長門問間與為後雲億團際業務報產實現區幣資營總';

/** 1 = one of SIMPLIFIED, 2 = one of TRADITIONAL (the first listed wins), by code - 0x4e00. */
const HAN_KIND = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const ch of TRADITIONAL) if (ch.charCodeAt(0) >= 0x4e00) HAN_KIND[ch.charCodeAt(0) - 0x4e00] = 2;
for (const ch of SIMPLIFIED) if (ch.charCodeAt(0) >= 0x4e00) HAN_KIND[ch.charCodeAt(0) - 0x4e00] = 1;

export function textLang(text: string): Lang {
  let kana = 0;
  let han = 0;
  let latin = 0;
  let simp = 0;
  let trad = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      const k = HAN_KIND[c - 0x4e00]!;
      if (k === 1) simp++;
      else if (k === 2) trad++;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  if (kana > 10 || (kana > 0 && kana * 20 > han)) return 'ja';
  if (han > latin / 4 && han > 0) return trad > simp ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}
