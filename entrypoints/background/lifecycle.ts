// Install, update and browser start: load the KB when the bundled version is new, set up the side
// panel (opened from the popup, not by clicking the toolbar button) and the badge colour.
import { browser } from 'wxt/browser';
import { ensureKb } from './kb';
import { initBadge } from './tabs';

function setUpSidePanel(): void {
  // Chrome only; Firefox has a sidebar instead (sidebar_action), opened from its own UI.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
}

function loadKbLogged(why: string): void {
  ensureKb().catch((e: unknown) => console.error(`[reader-companion] KB load failed (${why})`, e));
}

export function watchLifecycle(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    setUpSidePanel();
    initBadge();
    loadKbLogged(reason);
  });
  browser.runtime.onStartup.addListener(() => {
    setUpSidePanel();
    initBadge();
    loadKbLogged('startup');
  });
}
