// The sentence and the clause around a figure, for reading what names or qualifies it.

/** A sentence that opens by leaving something out (剔除减值影响后, …; Excluding one-off items, …; 減損の影響を
 *  除くと…): every amount in it is on another basis than the KB's line item. */
export const SCOPE_OPENER =
  /^\s?(?:[0-9]{1,2}[、.]\s?)?(?:(?:若|如)?(?:剔除|扣除|撇除|不计|不計|除去)|excluding\b|[^。、,，]{1,30}(?:を除く|を除いた|を除けば))/i;
/** The text from the start of the sentence holding x up to x. */
export function sentenceBefore(text: string, x: number): string {
  const w = text.slice(Math.max(0, x - 200), x);
  const cut = Math.max(...['。', '！', '？', '!', '?', '\n', '. '].map((p) => w.lastIndexOf(p)));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

/** w from the start of the clause holding its offset at (after the last 、 , ; 。 before at). */
export function clauseFrom(w: string, at: number): string {
  const head = w.slice(0, at);
  const cut = Math.max(...['、', '，', ',', '。', ';', '；', '！', '？'].map((p) => head.lastIndexOf(p)));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

/** The clause right before x (back to the last 、 , 。 ! ?, or a bullet). */
export function clauseBefore(text: string, x: number): string {
  const w = text.slice(Math.max(0, x - 30), x);
  // a bullet or a reference mark ends an item too (… 超出共识预期0.9% [2] - 以本币计算总收入2477亿元)
  let cut = Math.max(...['、', ',', '，', '。', ';', '；', '！', '？', '!', '?'].map((p) => w.lastIndexOf(p)));
  for (const m of w.matchAll(BULLET)) cut = Math.max(cut, m.index! + m[0].length - 1);
  return cut >= 0 ? w.slice(cut + 1) : w;
}
/** A bullet or a reference mark that ends a list item. */
export const BULLET = /\[\d{1,3}\]|(?:^|\s)[-–•・]\s/g;
