// The options page: preferences, sites turned off, and the reader's own layer.
import { useEffect, useState } from 'preact/hooks';
import { Section } from '../common/Section';
import { Shortcuts } from '../common/Shortcuts';
import { useUi } from '../common/ui-context';
import { Preferences } from './Preferences';
import { Sites } from './Sites';
import { UserLayer } from './UserLayer';

export function OptionsApp() {
  const { t, settingsLoaded, savedAt } = useUi();
  const [showSaved, setShowSaved] = useState(false);
  useEffect(() => {
    if (!savedAt) return;
    setShowSaved(true);
    const timer = setTimeout(() => setShowSaved(false), 2000);
    return () => clearTimeout(timer);
  }, [savedAt]);
  return (
    <main class="options">
      <header class="options-head">
        <h1>{t('app.name')}</h1>
        <p class="muted">{t('options.title')}</p>
        <span class="spacer" />
        <span class="saved small" role="status" aria-live="polite">
          {showSaved ? '✓ ' + t('options.saved') : ''}
        </span>
      </header>
      {!settingsLoaded && <p class="note-box small">{t('common.error')}</p>}
      <div class="options-grid">
        <div>
          <Preferences />
          <Sites />
          <Section id="shortcuts" title={t('panel.shortcuts')}>
            <Shortcuts />
          </Section>
        </div>
        <div>
          <h2 class="group-title">{t('options.yourLayer')}</h2>
          <UserLayer />
        </div>
      </div>
    </main>
  );
}
