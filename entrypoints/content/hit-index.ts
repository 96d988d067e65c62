// Per-Text-node sorted intervals of highlighted items, for pointer hit-testing by binary search.
import type { NodeSpan } from '../../utils/dom/collect';

interface Interval {
  s: number;
  e: number;
  id: number;
}

export class HitIndex {
  private byNode = new Map<Text, Interval[]>();
  private dirty = new Set<Interval[]>();

  add(spans: NodeSpan[], id: number): void {
    for (const sp of spans) {
      let list = this.byNode.get(sp.node);
      if (!list) this.byNode.set(sp.node, (list = []));
      list.push({ s: sp.start, e: sp.end, id });
      this.dirty.add(list);
    }
  }

  /** Item ids whose interval in this node contains the character at offset (or just before it). */
  find(node: Node, offset: number): number[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    if (this.dirty.size) this.sort();
    // Last interval starting at or before offset; walk left while intervals may still cover it.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.s <= offset) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      const iv = list[i]!;
      if (offset >= iv.s && offset <= iv.e) out.push(iv.id);
    }
    // Shortest first: the most specific highlight wins.
    return out.sort((a, b) => this.len(node as Text, a) - this.len(node as Text, b));
  }

  has(node: Node): boolean {
    return this.byNode.has(node as Text);
  }

  clear(): void {
    this.byNode.clear();
    this.dirty.clear();
  }

  private len(node: Text, id: number): number {
    const iv = this.byNode.get(node)!.find((x) => x.id === id)!;
    return iv.e - iv.s;
  }

  private sort(): void {
    for (const list of this.dirty) list.sort((a, b) => a.s - b.s);
    this.dirty.clear();
  }
}
