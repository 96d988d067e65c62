// Whether an amount is a change or a loss: change words after it (63%増, 5890億ドル減少) or before it
// (同比增长, 同比减少约340亿, fell by), the basis of a percentage (yoy / qoq), and loss words around
// an amount of money (3691億円の赤字, a net loss of). A decrease or a loss makes the value negative.
import { BASIS_QOQ, BASIS_YOY, CHANGE_PREFIX, AMOUNT_CHANGE_SUFFIX, CHANGE_SUFFIX, longestFirst, isDecrease, wordAt } from './units';
import type { Draft } from './amount-unit';

/** Change words right after an amount of money: 5890億ドル減少 (a change, not a level). */
const MONEY_CHANGE_SUFFIX = longestFirst<'increase' | 'decrease'>([
  ...AMOUNT_CHANGE_SUFFIX,
  ['が蒸発', 'decrease'],
  ['蒸発', 'decrease'],
  ['が消失', 'decrease'],
  ['が吹き飛んだ', 'decrease'], // 時価総額が3兆円吹き飛んだ
  ['吹き飛んだ', 'decrease'],
  ['が吹き飛び', 'decrease'],
  ['吹き飛び', 'decrease'],
  ['消失', 'decrease'],
  ['蒸发', 'decrease'],
  ['减少', 'decrease'],
  [' decrease', 'decrease'], // a $2 billion decline in revenue
  [' decline', 'decrease'],
  [' drop', 'decrease'],
  [' fall', 'decrease'],
  [' reduction', 'decrease'],
  ['の目減り', 'decrease'],
  ['目減り', 'decrease'],
]);
/** 112億元の赤字, and 112億元(約2400億円)の赤字: the loss word may follow the amount's conversion
 *  (both the amount and its conversion are losses). */
const LOSS_AFTER =
  /^\s?(?:[(（][^()（）。]{1,24}[)）]|[)）])?\s?(?:の(?:最終|純|営業|経常)?赤字|の(?:純|営業|経常|最終|税引前|投資|評価|為替|特別)?損失(?!リスク|の(?:可能性|恐れ|おそれ))|赤字|\s(?:(?:net|operating|quarterly|annual|pre-?tax|full-year|one-time|record)\s)?loss(?!-making|es)\b|\s(?:in|of)\s(?:(?:net|operating)\s)?losses\b)/;
const LOSS_BEFORE =
  /(?:(?:最終|営業|経常|純)?赤字(?:額|幅)?(?=\s?(?:は|が|も))|最終赤字|(?<!黒字|から)赤字(?=\s?(?:約|$))|(?:純|営業|経常|運用|評価|特別)?損失(?:額)?|赤字額|差損|(?:净亏损|淨虧損|亏损|虧損|net loss|loss)\s?(?:收窄|缩小|縮小|扩大|擴大|narrowed|widened)\s?(?:至|到|to)|(?:减亏|減虧)至|(?:净亏损|淨虧損|亏损|虧損)(?:额|額)|营业亏损|營業虧損|净亏损|淨虧損|亏损|虧損|净损|淨損|(?<![扭止减減转轉盈])(?:大|巨)?(?:亏|虧)|净流出|淨流出|(?<![不侵腐])蝕|(?<![不侵腐])蚀|net loss of|loss of|a loss of|losses of|\bloss(?:es)?\s(?:was|were|totaled|totalled|totaling|totalling|amounted to|amounting to|came to|came in at|reached|stood at)|net outflow of|\b(?:losing|loses|lose)|\bnegative(?:\s[a-z]+){0,2}\sof|\bnegative\sat|\blost|(?<![避减減挽])(?:损失|損失))\s?(?:は|が|も|了|高达|高達|达到|達到|达|達|为|為|约为|約為|录得|錄得|of)?\s?[(（]?\s?(?:約|约|about)?\s?$/;
/** "net loss attributable to ordinary shareholders was", "loss per share of", "net loss for the quarter was":
 *  (looked for past a period figure such as "the quarter")
 *  a loss named with its qualifier before the verb (a wider look back than LOSS_BEFORE). */
const LOSS_QUALIFIED_BEFORE =
  /\bloss(?:es)?\s(?:attributable to [a-z' -]{1,40}|per (?:share|ads|american depositary share|diluted share)|for the (?:quarter|year|period|first half|second half|fiscal year|three months|six months|nine months|twelve months))\s(?:was|were|of|totaled|totalled|amounted to|came to|came in at|reached|stood at)\s?(?:about|approximately|roughly|around)?\s?$/;
/** "net loss widened more than 28 times to", "loss narrowed by 40% to", "narrowed its net loss to": a loss's new level, with the
 *  size of the change between (a wider look back than LOSS_BEFORE). */
const LOSS_CHANGED_TO =
  /(?:\b(?:narrowed|widened|trimmed|cut|reduced|shrank|deepened)\s(?:its\s|their\s|the\s)?(?:(?:net|operating|quarterly|annual)\s)?loss(?:es)?\sto\s?$)|\bloss(?:es)?\s(?:widened|narrowed|grew|rose|increased|shrank|fell|decreased|deepened|swelled|ballooned)(?:\s(?:by\s)?(?:more than\s|nearly\s|almost\s|about\s)?[\d.,]+(?:\stimes|-?fold|\spercent|\sper\scent|%))?\sto\s?(?:about|approximately|roughly|around)?\s?$/;
/** 亏损从去年同期6.95亿元扩大至147.77亿元, 經營虧損同比擴大至13億元, 虧損從去年同期的7億元急劇擴大至148億元:
 *  both ends of a loss that widened or narrowed are losses (words may stand between the loss and its verb;
 *  English is LOSS_CHANGED_TO's and spreadSigns'). */
const LOSS_SPAN_BEFORE =
  /(?:亏损|虧損)(?:[^。；;\n!?]{0,30}?(?:扩大|擴大|收窄|缩小|縮小)\s?(?:至|到)|\s?(?:从|從)\s?(?:去年同期|上年同期|上季度?|上一季度)?\s?(?:的)?)\s?(?:约|約)?\s?$/;
/** 亏损超百亿, 净亏损约112亿: a loss word before a bare amount (its approximation word already read). */
export const BARE_LOSS_BEFORE = /(?:净亏损|淨虧損|经营亏损|經營虧損|亏损|虧損)(?:高达|高達|达到|達到|达|達|为|為|约|約)?\s?$/;
/** 112亿的亏损: a loss word after a bare amount. */
export const BARE_LOSS_AFTER = /^的(?:净|淨|经营|經營)?(?:亏损|虧損)/;
/** 同比减少约340亿, fell by $2 billion: a decrease written before an amount of money (not 减少至 / fell to: a level). */
export const MONEY_DECREASE_BEFORE =
  /(?:(?:减少|減少|下降|下跌|下滑|缩减|縮減|减|減|降|跌)了?|\b(?:fell|declined|decreased|dropped|shrank|slid)(?:\sby)?|\bdown|\ba (?:drop|decline|fall|decrease) of|\b(?:shed|erased|wiped out|wiped)|蒸发了?|蒸發了?|缩水了?|縮水了?|下げ幅は?|資金流出は?|流出超は?)\s?(?:約|约|about|roughly|nearly|some)?\s?$/;

/** A numeral (maybe after an approximation word) right after a change word: the change is its. */
const AMOUNT_NEXT = /^(?:了)?\s?(?:约|約|近|超|逾)?\s?[0-9０-９一二三四五六七八九十百千两兩]/;
/** "slash capex by 22 percent", "cut its budget by an average 12%": a verb, its object, then "by". */
const VERB_OBJECT_BY =
  /\b(cut|cuts|cutting|slash|slashes|slashed|slashing|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|lower|lowers|lowered|lowering|raise|raises|raised|raising|boost|boosts|boosted|boosting|lift|lifts|lifted|lifting)((?:\s[a-z0-9$'’-]+){0,3})\sby\s(?:an average\s|an estimated\s|some\s)?$/;

/** After a percentage: a change word after its basis ("7% year-over-year decline"), or "down" / "up"
 *  after it ("ended 7.8 percent down", not a down payment). */
const EN_CHANGE_AFTER =
  /^\s((?:year|quarter)[-\s](?:on|over)[-\s](?:year|quarter)|yoy|y\/y|y-o-y|qoq|q\/q|annual|yearly|quarterly|sequential)\s(increase|rise|growth|gain|jump|decrease|decline|drop|fall|contraction)\b|^\s(down|up)\b(?![-\s]?(?:payment|front|to\b))/;

/** Basis words in the clause before (a..) and just after (..b) a percentage. */
function basisNear(s: string, lo: number, a: number, b: number): 'yoy' | 'qoq' | undefined {
  let before = s.slice(Math.max(lo, a - 24), a);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  if (cut >= 0) before = before.slice(cut + 1);
  const after = s.slice(b, b + 30).split(/[。\n、,，]/)[0]!;
  const last = (re: RegExp, t: string) => {
    let at = -1;
    const g = new RegExp(re.source, 'g');
    for (let r = g.exec(t); r; r = g.exec(t)) at = r.index;
    return at;
  };
  const y = last(BASIS_YOY, before),
    q = last(BASIS_QOQ, before);
  if (y >= 0 || q >= 0) return q > y ? 'qoq' : 'yoy';
  if (BASIS_QOQ.test(after)) return 'qoq';
  if (BASIS_YOY.test(after)) return 'yoy';
  return undefined;
}

/** The change and basis the words around the draft give (`sign`: a minus or plus written before
 *  it); moves the draft's ends over the words read and signs its value. */
export function readChange(
  s: string,
  lo: number,
  sign: 'increase' | 'decrease' | undefined,
  d: Draft,
): { change?: 'increase' | 'decrease'; basis?: 'yoy' | 'qoq' } {
  let change = sign;
  let basis: 'yoy' | 'qoq' | undefined;
  if (d.kind === 'percent' || d.kind === 'money') {
    let ch = wordAt(s, d.k, d.kind === 'money' ? MONEY_CHANGE_SUFFIX : CHANGE_SUFFIX);
    // 比原计划的1.2亿美元减少3000万美元: the change word is the next amount's (a decrease of 3000万)
    if (ch && d.kind === 'money' && AMOUNT_NEXT.test(s.slice(d.k + ch[0].length, d.k + ch[0].length + 4))) ch = null;
    if (ch) {
      change = ch[1];
      d.k += ch[0].length;
    }
    // "a 7% year-over-year decline", "ended 7.8 percent down": English change words after a basis, or "down"
    const en = ch || d.kind !== 'percent' ? null : EN_CHANGE_AFTER.exec(s.slice(d.k, d.k + 40));
    if (en) {
      change ??= isDecrease(en[2] ?? en[3]!) ? 'decrease' : 'increase';
      if (en[1]) basis = /quarter|qoq|q\/q|sequential/.test(en[1]) ? 'qoq' : 'yoy';
      d.k += en[0].length;
    }
    const vob = d.kind === 'percent' && !change ? VERB_OBJECT_BY.exec(s.slice(Math.max(0, d.a - 64), d.a)) : null;
    if (vob && !/[.;:]/.test(vob[2]!)) {
      change = /^(?:cut|slash|reduc|trim|lower)/.test(vob[1]!) ? 'decrease' : 'increase';
      d.a -= vob[0].length;
    }
    const pre = CHANGE_PREFIX.exec(s.slice(Math.max(lo, d.a - 36), d.a));
    if (pre && d.kind === 'percent') {
      change ??= isDecrease(pre[0]) ? 'decrease' : 'increase';
      d.a -= pre[0].length;
      const b = pre[1] ?? pre[3];
      if (b) basis = /环|環|按季/.test(b) ? 'qoq' : 'yoy';
    }
    if (d.kind === 'percent') basis ??= basisNear(s, lo, d.a, d.k);
  }
  if (d.kind === 'money' && !change && MONEY_DECREASE_BEFORE.test(s.slice(Math.max(lo, d.a - 16), d.a))) change = 'decrease';
  if (d.kind === 'money' && !change) {
    // 3691億円の赤字, 净亏损50亿元, a net loss of RMB 5 billion: a loss is a negative amount
    const loss = LOSS_AFTER.exec(s.slice(d.k, d.k + 32));
    if (loss && !/^\s?[(（)）]/.test(loss[0])) d.k += loss[0].length;
    const wide = s.slice(Math.max(0, d.a - 72), d.a);
    if (
      loss ||
      LOSS_BEFORE.test(s.slice(Math.max(lo, d.a - 24), d.a)) ||
      LOSS_QUALIFIED_BEFORE.test(wide) ||
      LOSS_CHANGED_TO.test(wide) ||
      LOSS_SPAN_BEFORE.test(wide.slice(-48))
    )
      d.value = -Math.abs(d.value);
  }
  if (change === 'decrease') {
    d.value = -Math.abs(d.value);
    if (d.valueMax !== undefined) d.valueMax = -Math.abs(d.valueMax);
  }
  return { change, basis };
}
