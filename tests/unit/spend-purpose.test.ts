// Line-item words: money spent on something (…を投じて…自社株買い) is what it was spent on; machine
// translation's ネット利益 is net income; 営業活動からのキャッシュフロー is operating cash flow. Our own
// sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const get = (text: string, surface: string) => analyze({ text, lang: 'ja', date: '2025-05-16' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe('what money was spent on', () => {
  it('…億ドルを投じて…株を自社株買い: a buyback', () => {
    expect(get('アリババは2025年度に50億ドルを投じて3億株を自社株買いした。', '50億ドル').metric).toBe('buyback');
  });
  it('…億元を投じて…インフラを整備: still an investment', () => {
    expect(get('アリババは今後3年間で3000億元を投じてAIインフラを整備する。', '3000億元').metric).toBe('investment_plan');
  });
  it('not a buyback named in the next sentence', () => {
    expect(get('アリババは500億元を投じてデータセンターを建てる。自社株買いも続ける。', '500億元').metric).not.toBe('buyback');
  });
});

describe('more line-item words', () => {
  it('ネット利益 is net income', () => {
    expect(get('アリババの2025年3月期のネット利益は前年比70%増の1,200億元。', '1,200億元').metric).toBe('net_income');
  });
  it('営業活動からのキャッシュフロー is operating cash flow', () => {
    expect(get('アリババの2025年3月期の営業活動からのキャッシュフローは1,600億元だった。', '1,600億元').metric).toBe('operating_cash_flow');
  });
});
