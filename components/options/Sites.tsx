// Sites and pages where the companion is turned off: list with remove, and an add field that
// takes a host name (site) or a full URL (page).
import { useState } from 'preact/hooks';
import { pageKey, siteKey } from '@/utils/db/sites';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';

/** "https://a.com/x" → page; "www.a.com" or "a.com/" → site "a.com"; '' when it is neither. */
function parseSiteInput(raw: string): { scope: 'site' | 'page'; value: string } | null {
  const s = raw.trim();
  if (!s) return null;
  if (/^https?:\/\//i.test(s)) {
    try {
      const u = new URL(s);
      if (u.pathname === '/' && !u.search) return { scope: 'site', value: siteKey(s) };
      return { scope: 'page', value: pageKey(u.href) };
    } catch {
      return null;
    }
  }
  const host = s
    .replace(/\/+$/, '')
    .toLowerCase()
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && host.length <= 253 ? { scope: 'site', value: host } : null;
}

export function Sites() {
  const { t, settings, update } = useUi();
  const [input, setInput] = useState('');
  const parsed = parseSiteInput(input);
  const add = (e: Event) => {
    e.preventDefault();
    if (!parsed) return;
    if (parsed.scope === 'site' && !settings.disabledSites.includes(parsed.value)) void update({ disabledSites: [...settings.disabledSites, parsed.value] });
    if (parsed.scope === 'page' && !settings.disabledPages.includes(parsed.value)) void update({ disabledPages: [...settings.disabledPages, parsed.value] });
    setInput('');
  };
  const entries = [
    ...settings.disabledSites.map((v) => ({ scope: 'site' as const, value: v })),
    ...settings.disabledPages.map((v) => ({ scope: 'page' as const, value: v })),
  ];
  const remove = (scope: 'site' | 'page', value: string) => {
    if (scope === 'site') void update({ disabledSites: settings.disabledSites.filter((x) => x !== value) });
    else void update({ disabledPages: settings.disabledPages.filter((x) => x !== value) });
  };
  return (
    <Section id="sites" title={t('options.sites')} count={entries.length || undefined}>
      <p class="small muted">{t('options.sitesHelp')}</p>
      <form class="row" onSubmit={add}>
        <label class="sr-only" for="site-input">
          {t('options.sitePlaceholder')}
        </label>
        <input
          id="site-input"
          type="text"
          class="grow"
          value={input}
          placeholder={t('options.sitePlaceholder')}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={!parsed}>
          {t('common.add')}
        </button>
      </form>
      {!entries.length ? (
        <p class="muted small">{t('options.noSites')}</p>
      ) : (
        <ul class="list">
          {entries.map((x) => (
            <li class="row" key={x.scope + x.value} data-site={x.value}>
              <span class="badge">{x.scope === 'site' ? t('options.siteLabel') : t('options.pageLabel')}</span>
              <span class="grow ellipsis" title={x.value}>
                {x.value}
              </span>
              <button type="button" onClick={() => remove(x.scope, x.value)} aria-label={`${t('common.remove')} ${x.value}`}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
