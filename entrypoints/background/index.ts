// Background service worker: owns the database (KB + the reader's data), runs the analysis for
// content scripts, keeps each tab's page model, and pushes every change to the pages and tabs that
// show it. Listeners are registered synchronously at every wake-up; the work they need (KB index,
// caches) is built lazily, once per worker life.
import '../../utils/zod-setup';
import { defineBackground } from 'wxt/utils/define-background';
import { serveBackground } from '../../utils/messaging/protocol';
import { watchCommands } from './commands';
import { handlers } from './handlers';
import { watchLifecycle } from './lifecycle';
import { watchScopes } from './page-scope';
import { watchTabs } from './tabs';

export default defineBackground(() => {
  serveBackground(handlers);
  watchTabs();
  watchScopes();
  watchLifecycle();
  watchCommands();
});
