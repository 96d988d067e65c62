// A figure's check as a definition list in the reader's language (utils/ui/check-text.ts): the
// verdict and cause, the figure as written and as read, what was assumed and how it was known,
// the rate, the KB value with its record and source. The card and the side panel show it.
import type { Figure } from '../../utils/analysis/types';
import { checkRows, type CheckContext, type CheckRow } from '../../utils/ui/check-text';
import { shownSource } from '../../utils/ui/names';
import { SourceLine } from './SourceLine';

export function CheckRows(props: { figure: Figure; ctx: CheckContext; skip?: Array<CheckRow['key']> }) {
  const rows = checkRows(props.figure, props.ctx).filter((r) => !props.skip?.includes(r.key));
  if (!rows.length) return null;
  return (
    <dl class="rc-grid rc-checkrows">
      {rows.map((r) =>
        r.key === 'source' && r.source ? (
          // SourceLine names itself (出典: …) and links the record.
          <div class="rc-row" key={r.key} data-row={r.key}>
            <dd class="rc-span">
              <SourceLine source={shownSource(r.source)} lang={props.ctx.lang} />
            </dd>
          </div>
        ) : (
          <div class="rc-row" key={r.key} data-row={r.key}>
            <dt>{r.label}</dt>
            <dd>
              {r.text}
              {r.how && <span class="rc-how">{props.ctx.lang === 'ja' ? `（${r.how}）` : ` (${r.how})`}</span>}
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}
