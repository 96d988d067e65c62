// A long page's text is sent in pieces that join back into exactly the collected text.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectText } from '../../utils/dom/collect';
import { pieces } from '../../entrypoints/content/pieces';

describe('pieces of a long page', () => {
  const html = `<html><body><article>${Array.from({ length: 400 }, (_, i) => `<p>段落${i}。アリババは${i}億元を投資した。</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const { text, segments } = collectText(doc.querySelector('article')!);

  it('one piece when the text is short', () => {
    expect(pieces(text, segments, text.length)).toEqual([{ text, segments }]);
  });

  it("cut at line breaks between nodes; joined with '\\n' they are the text, segments at the same place", () => {
    const ps = pieces(text, segments, 1000);
    expect(ps.length).toBeGreaterThan(5);
    expect(ps.map((p) => p.text).join('\n')).toBe(text);
    let offset = 0;
    for (const p of ps) {
      expect(p.text.length).toBeLessThan(1000 + 40);
      for (const sg of p.segments) expect(p.text.slice(sg.start, sg.end)).toBe(sg.node.data);
      offset += p.text.length + 1;
    }
    expect(offset - 1).toBe(text.length);
    expect(ps.flatMap((p) => p.segments).length).toBe(segments.length);
  });
});
