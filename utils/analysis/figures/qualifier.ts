// The qualifier of a line-item keyword: the noun written right before it (クラウド事業の売上高,
// 非国際会計基準(Non-IFRS)ベースの純利益), in normalised text.
const DELIM = /[、。，,;；「」『』()（）:：!?！？\s・はがをにでともへや]/;

/** "This segment" (同部門, 该板块): a qualifier pointing back to a unit named before. */
export const DEMONSTRATIVE = /^(?:同部門|同事業|同事業部|同セグメント|同部|该板块|该业务|该分部|该部门|該板塊|該業務|該分部|該部門)$/;
const BASIS = /^(?:ベース|基準|基准|準則|准则)[の的]?$/;
/** What stands right before a keyword, back to a particle or punctuation: "クラウド事業の" → "クラウド事業". */
export function qualifier(s: string, a: number): string {
  // only a noun joined by の / 的 or written together (クラウド売上高) qualifies; 「によれば売上高」 does not
  const c = s.charCodeAt(a - 1);
  if (c >= 0x3041 && c <= 0x309f && s[a - 1] !== 'の') return '';
  let k = a;
  while (k > 0 && a - k < 16 && !DELIM.test(s[k - 1]!)) k--;
  // a basis glossed in brackets (非国際会計基準(Non-IFRS)ベースの, 非國際財務報告(Non-IFRS)準則): the words
  // before the brackets name it too
  const open = s.lastIndexOf('(', k - 1);
  if (BASIS.test(s.slice(k, a)) && s[k - 1] === ')' && open >= 0 && k - open <= 16) {
    k = open;
    while (k > 0 && a - k < 40 && !DELIM.test(s[k - 1]!)) k--;
  }
  return s.slice(k, a).replace(/[の的]$/, '');
}
