// Units other than money: percent and percentage points, and the counters of counts, each with its
// words in ja / zh / en and its label. The figure grammar and the UI derive from this.
import type { Currency } from './currencies';
import type { Label } from './lang';

interface UnitDef {
  label: Label;
  /** Words after the number that give this unit (normalised). */
  after: readonly string[];
}

export const PERCENT_DEFS = {
  percent: { label: { ja: '%', en: '%' }, after: ['%', 'パーセント', 'per cent', 'percent', 'pct'] },
  pt: {
    label: { ja: 'ポイント', en: 'pt' },
    after: ['%ポイント', 'パーセントポイント', '个百分点', '個百分點', '百分点', 'percentage points', 'percentage point', 'ポイント', 'pts', 'pt', 'pp'],
  },
} as const satisfies Record<string, UnitDef>;
export type PercentUnit = keyof typeof PERCENT_DEFS;

export const COUNT_DEFS = {
  count: {
    label: { ja: '', en: '' },
    after: ['ダウンロード', 'downloads', '次下载', '次下載', '言語', 'languages', '种语言', '種語言', '社', 'companies', '台', '枚', '张', '張', '件'],
  },
  params: { label: { ja: 'パラメータ', en: 'params' }, after: ['パラメーター', 'パラメータ', 'parameters', 'parameter', 'params', '参数', '參數'] },
  tokens: { label: { ja: 'トークン', en: 'tokens' }, after: ['トークン', 'tokens', 'token'] },
  gpus: { label: { ja: '基', en: 'GPUs' }, after: ['gpus', 'gpu'] },
  users: {
    label: { ja: 'ユーザー', en: 'users' },
    after: ['人のユーザー', 'ユーザー', '利用者', 'users', 'user', '用户', '用戶', '会員', 'members', '人', '名'],
  },
  models: { label: { ja: 'モデル', en: 'models' }, after: ['派生モデル', '衍生模型', 'derivative models', 'models', 'モデル', '模型'] },
  shares: { label: { ja: '株', en: 'shares' }, after: ['株', 'shares', '股'] },
} as const satisfies Record<string, UnitDef>;
export type CountUnit = keyof typeof COUNT_DEFS;

/** Every unit a figure or a KB fact can have. */
export type Unit = Currency | PercentUnit | CountUnit | 'date' | 'period';

const byLength = <T>(rows: Array<[string, T]>) => rows.sort((a, b) => b[0].length - a[0].length);
const table = <K extends string>(defs: Record<K, UnitDef>) =>
  byLength((Object.keys(defs) as K[]).flatMap((k) => defs[k].after.map((w): [string, K] => [w, k])));

/** Words after a number → percent or points, longest first. */
export const PERCENT_AFTER = table<PercentUnit>(PERCENT_DEFS);
/** Counter words after a number → count unit, longest first. */
export const COUNT_AFTER = table<CountUnit>(COUNT_DEFS);

export const PERCENT_UNITS = Object.keys(PERCENT_DEFS) as PercentUnit[];
export const COUNT_UNITS = Object.keys(COUNT_DEFS) as CountUnit[];
export const isCountUnit = (u: string): u is CountUnit => Object.prototype.hasOwnProperty.call(COUNT_DEFS, u);
