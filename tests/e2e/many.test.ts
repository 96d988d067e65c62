// A page with very many mentions: highlights arrive slice by slice while the page's own timer keeps
// running, stop at the cap, and the reader is told (a note in the tab's state for the side panel).
// Past 1,500 items only those near the viewport are registered with the browser at a time
// (entrypoints/content/paint-window.ts); scrolling brings the others in.
// Build: WXT_OUT_DIR=.output-page npm run build; run with EXT_DIR=.output-page/chrome-mv3.
import type { Note } from '../../utils/analysis/notes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { waitForKb } from '../../scripts/start';
import { tabIdOf, until } from './page-helpers';

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension();
  await waitForKb(ext.worker);
});

afterAll(async () => {
  await ext?.close();
});

interface Seen {
  n: number;
  tick: number;
}

describe('page with very many mentions', () => {
  it('paints progressively up to the cap, keeps the page running and says so', async () => {
    const page = await ext.page('/many-mentions.html');
    const tabId = await tabIdOf(ext.worker, page);
    const seenNow = () => page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
    // Done when the count stopped changing for a while (the page's timer keeps sampling it).
    const seen = await until(
      async () => {
        const s = await seenNow();
        const last = s.at(-1);
        const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
        return last && last.n > 0 && ticks - last.tick > 50 ? s : null;
      },
      'highlights to settle',
      60_000,
    );
    const final = seen.at(-1)!.n;
    // Far more mentions than the cap (3,000 paragraphs × 7 items): the browser holds only the
    // ranges near the viewport (at most 1,500 items, each one range here), not thousands.
    expect(final).toBeGreaterThan(100);
    expect(final).toBeLessThanOrEqual(1500);
    const inView = () =>
      page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>) {
            const b = r.getBoundingClientRect();
            if (b.bottom > 0 && b.top < innerHeight) n++;
          }
        });
        return n;
      });
    expect(await inView()).toBeGreaterThan(0);
    // Scrolled a quarter down the page (within the 8,000 painted), the highlights there come in.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 4));
    await until(async () => ((await inView()) > 0 ? true : null), 'highlights in the new viewport');
    // The page's timer ran before the highlights came and keeps running after them (the until
    // above waited for 50 more ticks); the rest of the 8,000 go into the hit index slice by slice.
    expect(seen.find((x) => x.n > 0)!.tick).toBeGreaterThan(0);

    const ui = await ext.page(`chrome-extension://${ext.extensionId}/popup.html`);
    const state = (await sendToBackground(ui, 'getTabState', { tabId })).res as {
      status: string;
      result: { notes?: Note[]; entities: Array<{ mentions: unknown[] }> };
    };
    expect(state.status).toBe('done');
    expect(state.result.notes?.find((n) => n.code === 'highlightFirst')?.values).toMatchObject({ shown: 8000 });
    // The side panel's state keeps every mention, not just the highlighted ones.
    expect(state.result.entities.reduce((n, e) => n + e.mentions.length, 0)).toBeGreaterThan(8000);
    await ui.close();
    await page.close();
  });
});
