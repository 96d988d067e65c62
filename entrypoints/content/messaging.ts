// Messengers for the content script. Type-only import of the protocol keeps zod out of the bundle
// that runs on every page; the background validates everything it receives.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol } from '../../utils/messaging/protocol';

/** Content script → background. */
export const toBg = defineExtensionMessaging<BackgroundProtocol>();
/** Background → content script. */
export const fromBg = defineExtensionMessaging<ContentProtocol>();
