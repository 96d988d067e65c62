// A round number written as a bound (突破200亿元, 200億元を突破, over 20 billion) names a milestone
// passed, not the value: it is never evidence of a scale slip, though the same round number stated
// plainly, with subject, line item and period all in the sentence, is. Values from the test KB.
import { describe, expect, it } from 'vitest';
import { run } from './support/checks-kb';

/** The check of the figure of this value (its surface may carry the bound word). */
const status = (text: string, value: number) => {
  const f = run(text).find((x) => x.value === value);
  if (!f) throw new Error(`no figure of ${value}`);
  const c = f.check;
  return c ? `${c.status}${c.cause ? '/' + c.cause : ''}` : 'none';
};

describe('a round bound is never a scale slip', () => {
  it('stated plainly, a round tenth of the quarter’s revenue is flagged (scale or value)', () => {
    expect(status('阿里巴巴2026财年第二季度营收为200亿元。', 200e8)).toMatch(/^inconsistent/);
  });
  it('after 突破 (a milestone passed): not flagged', () => {
    expect(status('阿里巴巴2026财年第二季度营收突破200亿元。', 200e8)).not.toMatch(/^inconsistent/);
  });
  it('before を突破 (Japanese): not flagged', () => {
    expect(status('アリババの2026年度第2四半期の売上高は200億元を突破した。', 200e8)).not.toMatch(/^inconsistent/);
  });
});
