// Options page entry.
import '@/utils/zod-setup';
import { render } from 'preact';
import '@/components/common/ui.css';
import '@/components/options/options.css';
import { UiProvider } from '@/components/common/ui-context';
import { OptionsApp } from '@/components/options/OptionsApp';

render(
  <UiProvider title="options.title">
    <OptionsApp />
  </UiProvider>,
  document.getElementById('app')!,
);
