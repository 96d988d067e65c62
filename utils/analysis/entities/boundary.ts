// Boundary rule for short Han names (<= 3 chars): a name whose last char forms a common word with
// the next char is part of a longer ordinary word there, not a mention: 南向通 in 南向通道, 京东 in
// 京东方, 中芯 in 市场中芯片, 手淘 in 选手淘汰, 美团 in 完美团队, 汇丰 in 词汇丰富, 小摩 in 小摩擦.
// Only pairs that rarely follow a real mention are listed (not 信用: 微信用户 is WeChat's users).
// Pairs are compared Han-folded (東方 = 东方).
import { foldHanChar } from '../match/han-fold';

const PAIRS = new Set(
  [
    '通道',
    '通知',
    '通過',
    '通过',
    '通報',
    '通报',
    '通信',
    '通訊',
    '通讯',
    '通常',
    '通用',
    '通行',
    '通貨',
    '通货',
    '通路',
    '通勤',
    '东方',
    '東方',
    '东南',
    '東南',
    '东北',
    '東北',
    '东城',
    '東城',
    '东部',
    '東部',
    '东路',
    '東路',
    '东站',
    '東站',
    '东区',
    '東区',
    '東區',
    '里山',
    '里郷',
    '里乡',
    '里鄉',
    '里程',
    '包括',
    '问题',
    '問題',
    '义务',
    '義務',
    '团队',
    '團隊',
    '団隊',
    '团体',
    '團體',
    '団体',
    '摩托',
    '摩擦',
    '旗袍',
    '芯片',
    '果汁',
    '果园',
    '果園',
    '果実',
    '果實',
    '淘汰',
    '部门',
    '部門',
    '丰富',
    '豐富',
  ].map((p) => String.fromCharCode(foldHanChar(p.charCodeAt(0)), foldHanChar(p.charCodeAt(1)))),
);

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Is key (a normalised alias) a short Han name? */
export function isShortHan(key: string): boolean {
  if (key.length > 3) return false;
  for (let i = 0; i < key.length; i++) if (!isHan(key.charCodeAt(i))) return false;
  return key.length > 0;
}

/** Does the short Han name ending at ne run into a common word (its last char + the next char)? */
export function runsIntoWord(normText: string, key: string, ne: number): boolean {
  if (ne >= normText.length || !isHan(normText.charCodeAt(ne))) return false;
  return PAIRS.has(String.fromCharCode(foldHanChar(key.charCodeAt(key.length - 1)), foldHanChar(normText.charCodeAt(ne))));
}
