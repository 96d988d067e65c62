// Investment / compute / chip-export terms: the pre-check passes on a race name only with one of
// these (relevance uses the same list for race-only articles).
export const INVEST_TERMS: readonly string[] = [
  '設備投資', '資本支出', '資本的支出', '投資計画', '巨額投資', '輸出規制', '輸出管理', '禁輸', 'データセンター', '計算能力', '計算資源', 'GPU',
  'AIインフラ', '半導体', 'チップ', '资本开支', '資本開支', '资本支出', '出口管制', '数据中心', '數據中心', '算力', '芯片', '晶片', 'capex',
  'capital expenditure', 'capital spending', 'export control', 'export controls', 'data center', 'data centers', 'data centre', 'data centres',
  'AI infrastructure', 'semiconductor', 'semiconductors', 'chip', 'chips', 'compute', 'GPUs',
];
