// A company's bare name used for its marketplace: a buyer's how-to (アリババで仕入れる, アリババの商品は安い)
// that names the marketplace itself (Alibaba.com) and speaks of buying, never of the company's news
// (results, shares, executives, AI), uses the bare name for the marketplace throughout. The group's
// longer names (アリババグループ) stay the company.
import type { PreparedKb } from '../prepared-kb';
import type { Candidate } from './candidates';

// The company → its marketplace that such pages call by the company's bare name.
const MARKETPLACE: Record<string, string> = { alibaba: 'alibaba-com' };
// Bare names (normalised) that stand for the marketplace on such a page.
const BARE = new Set(['アリババ', 'alibaba', '阿里巴巴']);
// A buyer's words: sourcing, ordering, sellers' listings, wholesale.
const BUYING = /仕入れ|仕入|輸入|購入|注文|出品|卸売|サプライヤー|ECモール|BtoB|B2B|\bsourcing\b|\bsuppliers?\b|\bwholesale\b|采购|进货|批发/gi;
const BUYING_MIN = 3;
// The company's news: results, shares, executives, investment, AI, cloud.
const NEWS = /決算|売上高|営業利益|純利益|株価|株主|時価総額|CEO|会長|社長|投資|AI|人工知能|クラウド|発表|财报|营收|股价|\brevenue\b|\bshares\b|\bearnings\b/i;

/** Selected mentions with the company's bare name read as its marketplace on a buyer's page. */
export function marketSense(sel: Candidate[], normText: string, text: string, kb: PreparedKb): Candidate[] {
  const named = new Set(sel.map((c) => c.rec.entityId));
  const swap = Object.entries(MARKETPLACE).filter(([company, market]) => named.has(company) && named.has(market) && kb.entities.has(market));
  if (!swap.length || NEWS.test(text) || (text.match(BUYING)?.length ?? 0) < BUYING_MIN) return sel;
  const to = new Map(swap);
  return sel.map((c) => {
    const market = to.get(c.rec.entityId);
    return market && BARE.has(normText.slice(c.ns, c.ne)) ? { ...c, rec: { ...c.rec, entityId: market } } : c;
  });
}
