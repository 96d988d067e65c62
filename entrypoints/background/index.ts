// Background service worker: owns the database (KB + the reader's data), runs the analysis for
// content scripts, keeps per-tab results for the side panel. Listeners are registered synchronously
// at every wake-up; the work they need (KB index, caches) is built lazily, once per worker life.
import '../../utils/zod-setup';
import { defineBackground } from 'wxt/utils/define-background';
import { watchCommands } from './commands';
import { register } from './guard';
import { handlers } from './handlers';
import { watchLifecycle } from './lifecycle';
import { watchTabs } from './tabs';

export default defineBackground(() => {
  register(handlers);
  watchTabs();
  watchLifecycle();
  watchCommands();
});
