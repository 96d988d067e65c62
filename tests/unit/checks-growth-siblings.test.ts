// Net income and net income attributable to shareholders are named one for the other (純利益 is often
// the attributable figure); so are their growth rates, but one way only: a growth named by the family's
// name that matches the attributable growth is confirmed, while a growth named as attributable that
// matches net income's growth is not (the writer may have taken the wrong line). Our own sentences,
// against the shipped KB (Alibaba's December quarter 2024: net income +333%, attributable +239%).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { interchangeableGrowth } from '../../utils/analysis/checks/siblings';

const kb = loadKbIndex();
const get = (text: string, surface: string) => analyze({ text, lang: 'ja', date: '2025-02-21' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe('growth of net income and of attributable net income', () => {
  it('one way only, derived from the interchangeable line items', () => {
    expect(interchangeableGrowth('net_income_growth', 'net_income_attrib_growth')).toBe(true);
    expect(interchangeableGrowth('net_income_attrib_growth', 'net_income_growth')).toBe(false);
    expect(interchangeableGrowth('revenue_growth', 'cloud_revenue_growth')).toBe(false);
  });
  it('純利益…N%増 matching the attributable growth is consistent', () => {
    const f = get('アリババが発表した2024年10~12月期決算は、純利益が前年同期比239%増となった。', '239%');
    expect(f.metric).toBe('net_income_growth');
    expect(f.check?.status).toBe('consistent');
  });
  it("the attributable growth given net income's rate is never called consistent", () => {
    const f = get('アリババの2024年10~12月期の普通株主に帰属する純利益は前年同期比333%増だった。', '333%');
    expect(f.metric).toBe('net_income_attrib_growth');
    expect(f.check?.status).not.toBe('consistent');
  });
  it('named unmistakably in its sentence, with the period stated: flagged as the wrong line item', () => {
    const f = get('アリババの2024年10~12月期の普通株主に帰属する純利益は前年同期比333%増だった。', '333%');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'metric' });
  });
  it('the attributable growth given its own rate is consistent', () => {
    const f = get('アリババの2024年10~12月期の普通株主に帰属する純利益は前年同期比239%増だった。', '239%');
    expect(f.check?.status).toBe('consistent');
  });
});
