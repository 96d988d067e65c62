import { analyze } from './utils/analysis/analyze';
import { loadKbIndex } from './scripts/lib/kb-files';
const kb = loadKbIndex();
for (const t of ['Revenue posted a 3% decline.', 'a 3% drop in profit', 'shares were 5% lower', 'net income fell by 3%', 'a year-on-year decrease of 3%', 'profit shrank 3%', 'down 3% from a year earlier', 'The stock shed $100 billion in market value.', 'erased $50 billion of value', 'wiped out $1 trillion', 'losses of $2 billion', 'a $2 billion writedown', 'negative 3%', 'contracted 3%', 'slipped 3%', 'eased 2%', 'a decrease of 4%', 'profit was 30% lower than a year ago', '利益は3%の減少', '売上高は前年比3%のマイナス', '3%の減収', '3%減益', '営業利益は3％ダウン', '株価は3%安', '株価は5%下げた', '净利润下滑3%', '收入减少3%', '同比跌3%', '营收同比负增长3%', '净利润同比下降3个百分点'])
  console.log(t.padEnd(40), analyze({ text: t }, kb).figures.filter((f) => f.kind === 'money' || f.kind === 'percent' || f.unit==='pt').map((f) => `${f.surface}=${f.value}`).join(' | '));
