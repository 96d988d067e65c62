// The keyboard shortcuts, listed where the reader looks for them (side panel, popup, options): the
// page's own keys and the browser commands with the keys the browser has for them now.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { withBound } from '@/utils/ui/shortcuts';
import { useUi } from './ui-context';

/** The browser's current keys for this extension's commands (null until it answered, or without the API). */
function useBoundKeys(): ReadonlyMap<string, string> | null {
  const [bound, setBound] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    const api = browser.commands as { getAll?: () => Promise<Array<{ name?: string; shortcut?: string }>> } | undefined;
    api?.getAll?.().then(
      (all) => setBound(new Map(all.filter((c) => c.name).map((c) => [c.name!, c.shortcut ?? '']))),
      () => {},
    );
  }, []);
  return bound;
}

export function Shortcuts(props: { compact?: boolean }) {
  const { t } = useUi();
  const list = withBound(useBoundKeys());
  return (
    <div class={'shortcuts' + (props.compact ? ' compact' : '')} data-shortcuts>
      <dl>
        {list.map((s) => (
          <div class="key-row" key={s.what}>
            <dt>{s.keys ? <kbd>{s.keys}</kbd> : <span class="muted">{t('keys.unset')}</span>}</dt>
            <dd>{t(s.what)}</dd>
          </div>
        ))}
      </dl>
      {!props.compact && <p class="small muted">{t('keys.rebind')}</p>}
    </div>
  );
}
