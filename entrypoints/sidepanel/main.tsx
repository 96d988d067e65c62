// Side panel entry: renders the panel for the active tab (or ?tab=<id>).
import '@/utils/zod-setup';
import { render } from 'preact';
import '@/components/common/ui.css';
import '@/components/card/card.css';
import '@/components/chart/chart.css';
import '@/components/panel/panel.css';
import { UiProvider } from '@/components/common/ui-context';
import { PanelApp } from '@/components/panel/PanelApp';
import { pinnedTabFromUrl } from '@/components/panel/use-tab';

render(
  <UiProvider title="panel.title">
    <PanelApp pinnedTab={pinnedTabFromUrl(location.search)} />
  </UiProvider>,
  document.getElementById('app')!,
);
