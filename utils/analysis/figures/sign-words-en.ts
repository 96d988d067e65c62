// English sign words: what makes an amount a decrease or a loss (the shape: sign-words-types.ts).
import type { SignWords } from './sign-words-types';

/** How far back a loss named before its verb may stand (past "for the quarter", "widened 28 times"). */
const WIDE = 72;

export const SIGN_WORDS_EN: SignWords = {
  changeAfter: [],
  // a 34% increase, 5% below its IPO price, 35% off its high
  percentChangeAfter: [
    [' increase', 'increase'],
    [' rise', 'increase'],
    [' growth', 'increase'],
    [' gain', 'increase'],
    [' jump', 'increase'],
    [' higher', 'increase'],
    [' decrease', 'decrease'],
    [' decline', 'decrease'],
    [' drop', 'decrease'],
    [' fall', 'decrease'],
    [' lower', 'decrease'],
    [' below', 'decrease'], // 5% below its IPO price, like 低于预期3%
    [' less', 'decrease'],
    [' cheaper', 'decrease'],
    [' weaker', 'decrease'],
    [' smaller', 'decrease'],
    [' fewer', 'decrease'],
    [' slump', 'decrease'],
    [' plunge', 'decrease'],
    [' slide', 'decrease'],
    [' dip', 'decrease'],
    [' contraction', 'decrease'],
    [' loss', 'decrease'],
    [' off', 'decrease'], // 35% off its high, 30% off (a discount by 30%)
  ],
  // fell 3%, a 7% year-over-year decline, negative growth of 2%
  decreaseWords: [
    '\\b(?:shrank|shrunk|shrinking|contracted|contraction|eased|retreated|negative|minus)\\b',
    'reduc',
    'lowered',
    'trimmed',
    'slashed',
    '\\bcuts?\\b',
    'down',
    'fell',
    'declin',
    'decreased',
    'dropped',
    'dropping',
    'dipped',
    'dipping',
    'slipped',
    'slipping',
    'shed',
    'sagged',
    'weakened',
    'los[ei]',
    'sank',
    '\\bsink\\b',
    'sagging',
    'skid',
    'tank',
    'tumbl',
    '\\bdip\\b',
    '\\bslip\\b',
    '\\bshrink\\b',
    'reductions?',
    'slid',
    'slump',
    'plung',
    'plummet',
    'lost',
    'decrease',
    'drop',
    'fall',
    'crash',
  ],
  // slash capex by 22%, raise its budget by 10%
  verbObjectBy: [
    ['cut', 'decrease'],
    ['cuts', 'decrease'],
    ['cutting', 'decrease'],
    ['slash', 'decrease'],
    ['slashes', 'decrease'],
    ['slashed', 'decrease'],
    ['slashing', 'decrease'],
    ['reduce', 'decrease'],
    ['reduces', 'decrease'],
    ['reduced', 'decrease'],
    ['reducing', 'decrease'],
    ['trim', 'decrease'],
    ['trims', 'decrease'],
    ['trimmed', 'decrease'],
    ['trimming', 'decrease'],
    ['lower', 'decrease'],
    ['lowers', 'decrease'],
    ['lowered', 'decrease'],
    ['lowering', 'decrease'],
    ['raise', 'increase'],
    ['raises', 'increase'],
    ['raised', 'increase'],
    ['raising', 'increase'],
    ['boost', 'increase'],
    ['boosts', 'increase'],
    ['boosted', 'increase'],
    ['boosting', 'increase'],
    ['lift', 'increase'],
    ['lifts', 'increase'],
    ['lifted', 'increase'],
    ['lifting', 'increase'],
  ],
  // a $2 billion decline in revenue
  moneyChangeAfter: [
    [' decrease', 'decrease'],
    [' decline', 'decrease'],
    [' drop', 'decrease'],
    [' fall', 'decrease'],
    [' reduction', 'decrease'],
  ],
  // fell by $2 billion, wiped out $100 billion (not "fell to": a level)
  decreaseBefore: {
    words: [
      '\\b(?:fell|declined|decreased|dropped|shrank|slid)(?:\\sby)?',
      '\\bdown',
      '\\ba (?:drop|decline|fall|decrease) of',
      '\\b(?:shed|erased|wiped out|wiped)',
    ],
    about: ['about', 'roughly', 'nearly', 'some'],
  },
  // a $5 billion net loss, $3 billion in losses (not loss-making)
  lossAfter: [
    '\\s(?:(?:net|operating|quarterly|annual|pre-?tax|full-year|one-time|record)\\s)?loss(?!-making|es)\\b',
    '\\s(?:in|of)\\s(?:(?:net|operating)\\s)?losses\\b',
  ],
  // a net loss of, losses were, net loss narrowed to, lost, negative free cash flow of
  lossBefore: {
    words: [
      '(?:net loss|loss)\\s?(?:narrowed|widened)\\s?to',
      'net loss of',
      'loss of',
      'a loss of',
      'losses of',
      '\\bloss(?:es)?\\s(?:was|were|totaled|totalled|totaling|totalling|amounted to|amounting to|came to|came in at|reached|stood at)',
      'net outflow of',
      '\\b(?:losing|loses|lose)',
      '\\bnegative(?:\\s[a-z]+){0,2}\\sof',
      '\\bnegative\\sat',
      '\\blost',
    ],
    links: ['of'],
    about: ['about'],
  },
  lossWideBefore: [
    // "net loss attributable to ordinary shareholders was", "loss per share of", "net loss for the quarter was"
    {
      pattern:
        "\\bloss(?:es)?\\s(?:attributable to [a-z' -]{1,40}|per (?:share|ads|american depositary share|diluted share)|for the (?:quarter|year|period|first half|second half|fiscal year|three months|six months|nine months|twelve months))\\s(?:was|were|of|totaled|totalled|amounted to|came to|came in at|reached|stood at)\\s?(?:about|approximately|roughly|around)?\\s?$",
      reach: WIDE,
    },
    // "narrowed its net loss to", "net loss widened more than 28 times to", "loss narrowed by 40% to": a loss's new level
    {
      pattern:
        '(?:\\b(?:narrowed|widened|trimmed|cut|reduced|shrank|deepened)\\s(?:its\\s|their\\s|the\\s)?(?:(?:net|operating|quarterly|annual)\\s)?loss(?:es)?\\sto\\s?$)',
      reach: WIDE,
    },
    {
      pattern:
        '\\bloss(?:es)?\\s(?:widened|narrowed|grew|rose|increased|shrank|fell|decreased|deepened|swelled|ballooned)(?:\\s(?:by\\s)?(?:more than\\s|nearly\\s|almost\\s|about\\s)?[\\d.,]+(?:\\stimes|-?fold|\\spercent|\\sper\\scent|%))?\\sto\\s?(?:about|approximately|roughly|around)?\\s?$',
      reach: WIDE,
    },
  ],
  bareLossBefore: [],
  bareLossAfter: [],
  // "net loss widened to CNY16.6 billion ... from CNY583 million"
  lossFromBefore: ['\\bfrom'],
  rangeDecreaseAfter: [],
};
