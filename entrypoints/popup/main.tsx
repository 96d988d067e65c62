// Popup entry (toolbar button).
import '@/utils/zod-setup';
import { render } from 'preact';
import '@/components/common/ui.css';
import './popup.css';
import { UiProvider } from '@/components/common/ui-context';
import { PopupApp } from './App';

render(
  <UiProvider>
    <PopupApp />
  </UiProvider>,
  document.getElementById('app')!,
);
