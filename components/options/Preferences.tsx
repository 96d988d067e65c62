// General preferences: on/off, categories to highlight, currency, language, highlight style,
// hover delay, theme. Each change is saved at once (setSettings) and applies without reload.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import { Section } from '../common/Section';
import { useUi } from '../common/ui-context';
import { READER_CURRENCIES } from '@/utils/analysis/vocabulary/currencies';
import { currencyName } from '@/utils/ui/labels';

const CATEGORIES = ['entities', 'money', 'percent', 'count', 'date'] as const;

type ChoiceKey = 'currency' | 'uiLang' | 'theme' | 'highlightStyle';

function Choice<K extends ChoiceKey>(props: {
  name: K;
  label: string;
  options: ReadonlyArray<Settings[K]>;
  labelOf(v: Settings[K]): string;
  onPick(v: Settings[K]): void;
}) {
  const { settings } = useUi();
  const id = `opt-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={settings[props.name]}
        onChange={(e) => {
          const picked = props.options.find((o) => o === e.currentTarget.value);
          if (picked) props.onPick(picked);
        }}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Preferences() {
  const { t, lang, settings, update } = useUi();
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  useEffect(() => setDelay(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  const saveDelay = () => {
    const n = Math.round(Number(delay));
    if (Number.isFinite(n) && n >= 0 && n <= 5000 && n !== settings.hoverDelayMs) void update({ hoverDelayMs: n });
    else setDelay(String(settings.hoverDelayMs));
  };
  return (
    <>
      <Section id="general" title={t('options.general')}>
        <label class="check">
          <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => void update({ enabled: e.currentTarget.checked })} />
          {t('options.enabled')}
        </label>
        <Choice
          name="currency"
          label={t('options.currency')}
          options={READER_CURRENCIES}
          labelOf={(v) => currencyName(v, lang)}
          onPick={(currency) => void update({ currency })}
        />
        <Choice
          name="uiLang"
          label={t('options.uiLang')}
          options={['auto', 'ja', 'en']}
          labelOf={(v) => t(`options.langName.${v}`)}
          onPick={(uiLang) => void update({ uiLang })}
        />
        <Choice
          name="theme"
          label={t('options.theme')}
          options={['auto', 'light', 'dark']}
          labelOf={(v) => t(`options.themeName.${v}`)}
          onPick={(theme) => void update({ theme })}
        />
      </Section>
      <Section id="highlight" title={t('options.categories')}>
        <fieldset class="checks">
          <legend class="sr-only">{t('options.categories')}</legend>
          {CATEGORIES.map((c) => (
            <label class="check" key={c}>
              <input
                type="checkbox"
                name={`cat-${c}`}
                checked={settings.categories[c]}
                onChange={(e) => void update({ categories: { [c]: e.currentTarget.checked } })}
              />
              {t(`options.cat.${c}`)}
            </label>
          ))}
        </fieldset>
        <Choice
          name="highlightStyle"
          label={t('options.highlightStyle')}
          options={['underline', 'background', 'outline']}
          labelOf={(v) => t(`options.style.${v}`)}
          onPick={(highlightStyle) => void update({ highlightStyle })}
        />
        <div class="field">
          <label for="opt-delay">{t('options.hoverDelay')}</label>
          <span class="row">
            <input
              id="opt-delay"
              type="number"
              min={0}
              max={5000}
              step={50}
              value={delay}
              onInput={(e) => setDelay(e.currentTarget.value)}
              onChange={saveDelay}
              onBlur={saveDelay}
            />
            <span class="muted">{t('options.ms')}</span>
          </span>
        </div>
      </Section>
    </>
  );
}
