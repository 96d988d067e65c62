// The sign rules for amounts, read from one table per language (sign-words-ja.ts, -zh.ts, -en.ts):
// each language's entries joined into the patterns amount-change.ts, amount.ts, amount-range.ts and
// sign-spread.ts test. A language adds its words to its own table; nothing here names a word.
import { SIGN_WORDS_EN } from './sign-words-en';
import { SIGN_WORDS_JA } from './sign-words-ja';
import type { SignWords } from './sign-words-types';
import { SIGN_WORDS_ZH } from './sign-words-zh';
import { longestFirst } from './units';

const LANGS: SignWords[] = [SIGN_WORDS_JA, SIGN_WORDS_ZH, SIGN_WORDS_EN];
/** Every language's entries as one alternation. */
const any = (pick: (w: SignWords) => string[]) => LANGS.flatMap(pick).join('|');

type Change = 'increase' | 'decrease';
const words = (pick: (w: SignWords) => Array<[string, Change]>) => LANGS.flatMap(pick);

/** Change words right after a percentage: 63%増, 9%減, 80%急増, "34% increase" (longest first). */
export const CHANGE_SUFFIX = longestFirst<Change>([...words((w) => w.changeAfter), ...words((w) => w.percentChangeAfter)]);
/** Change words right after an amount of money: 5890億ドル減少 (a change, not a level). */
export const MONEY_CHANGE_SUFFIX = longestFirst<Change>([...words((w) => w.changeAfter), ...words((w) => w.moneyChangeAfter)]);

const DECREASE = new RegExp(any((w) => w.decreaseWords));
/** Whether a change word read before a percentage (or after its basis) is a decrease. */
export const isDecrease = (w: string) => DECREASE.test(w);

const VERB_CHANGE = new Map(words((w) => w.verbObjectBy));
/** "slash capex by 22 percent", "cut its budget by an average 12%": a verb, its object, then "by". */
export const VERB_OBJECT_BY = new RegExp(
  `\\b(${[...VERB_CHANGE.keys()].join('|')})((?:\\s[a-z0-9$'’-]+){0,3})\\sby\\s(?:an average\\s|an estimated\\s|some\\s)?$`,
);
/** The change a VERB_OBJECT_BY verb makes. */
export const verbChange = (verb: string): Change | undefined => VERB_CHANGE.get(verb);

/** A decrease written before an amount of money (not 减少至 / fell to: a level). */
export const MONEY_DECREASE_BEFORE = new RegExp(`(?:${any((w) => w.decreaseBefore.words)})\\s?(?:${any((w) => w.decreaseBefore.about)})?\\s?$`);

/** A loss word after an amount, maybe after the amount's conversion in brackets (both are losses). */
export const LOSS_AFTER = new RegExp(`^\\s?(?:[(（][^()（）。]{1,24}[)）]|[)）])?\\s?(?:${any((w) => w.lossAfter)})`);

/** A loss word right before an amount. */
export const LOSS_BEFORE = new RegExp(
  `(?:${any((w) => w.lossBefore.words)})\\s?(?:${any((w) => w.lossBefore.links)})?\\s?[(（]?\\s?(?:${any((w) => w.lossBefore.about)})?\\s?$`,
);

/** Loss patterns further back, one per reach (characters before the amount). */
export const LOSS_WIDE_BEFORE: Array<{ re: RegExp; reach: number }> = [...new Set(LANGS.flatMap((w) => w.lossWideBefore.map((x) => x.reach)))].map((reach) => ({
  re: new RegExp(any((w) => w.lossWideBefore.filter((x) => x.reach === reach).map((x) => x.pattern))),
  reach,
}));

/** A loss word before / after a bare amount (its approximation word already read). */
export const BARE_LOSS_BEFORE = new RegExp(`(?:${any((w) => w.bareLossBefore)})\\s?$`);
export const BARE_LOSS_AFTER = new RegExp(`^(?:${any((w) => w.bareLossAfter)})`);

/** Right before an amount: the earlier level of a loss that changed. */
export const LOSS_FROM_BEFORE = new RegExp(`(?:${any((w) => w.lossFromBefore)})\\s?$`);

/** A decrease word after a range's second number (its % or ポイント may come first). */
export const DECREASE_AFTER_RANGE = new RegExp(`^\\s?(?:%|パーセント|ポイント)?\\s?(?:の)?(?:${any((w) => w.rangeDecreaseAfter)})`);
