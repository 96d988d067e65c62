// The shape of a language's sign words (sign-words-ja.ts, -zh.ts, -en.ts): which words around an
// amount make it a decrease or a loss, i.e. negative. Entries are regex sources (some carry their
// own lookarounds); sign-words.ts joins every language's entries into the patterns the code reads.

type Change = 'increase' | 'decrease';

export interface SignWords {
  /** Right after an amount or a percentage: it is a change (300億円の減益, 9%減). Plain words. */
  changeAfter: Array<[string, Change]>;
  /** Right after a percentage only: it is a change (80%急増, "34% increase", 3%的下降). Plain words. */
  percentChangeAfter: Array<[string, Change]>;
  /** A change word read before a percentage or after its basis (units.ts CHANGE_PREFIX, "7%
   *  year-over-year decline") is a decrease when it has one of these. */
  decreaseWords: string[];
  /** A verb whose object stands before "by" and a percentage ("slash capex by 22%"). Plain words. */
  verbObjectBy: Array<[string, Change]>;
  /** Right after an amount of money, besides `changeAfter`: the amount is a change, not a level
   *  (3兆円が吹き飛んだ, "$2 billion decline"). Plain words. */
  moneyChangeAfter: Array<[string, Change]>;
  /** Right before an amount of money: it is a decrease (同比减少约340亿, fell by), then maybe an
   *  approximation word (`about`). */
  decreaseBefore: { words: string[]; about: string[] };
  /** Right after an amount of money, or after its conversion in brackets: it is a loss (の赤字, net loss). */
  lossAfter: string[];
  /** Right before an amount of money: it is a loss (净亏损, a loss of), then maybe a linking word
   *  (は, 为, of), a bracket and an approximation word. */
  lossBefore: { words: string[]; links: string[]; about: string[] };
  /** Further back before an amount of money (up to `reach` characters): whole patterns that make it a
   *  loss, each ending at the amount (a loss named with its qualifier; a loss's new level; both ends
   *  of a loss that widened or narrowed). */
  lossWideBefore: Array<{ pattern: string; reach: number }>;
  /** Right before / after a bare number (no currency word): it is a loss (亏损超百亿, 112亿的亏损). */
  bareLossBefore: string[];
  bareLossAfter: string[];
  /** Right before an amount of money that follows a loss: the loss's earlier level (from), a loss too. */
  lossFromBefore: string[];
  /** After a range's second number (its % or ポイント may come first): the range is of decreases. */
  rangeDecreaseAfter: string[];
}
