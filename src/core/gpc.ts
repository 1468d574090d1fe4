import type { Category } from './categories.js';
import type { GpcSetting } from './config.js';

/**
 * Categories a Global Privacy Control signal forces to denied. GPC is an objection, never consent:
 * it can only remove grants. `signal` is `navigator.globalPrivacyControl`, read once per page load.
 */
export function gpcDeniedCategories(setting: GpcSetting, signal: unknown): Category[] {
  if (signal !== true || setting === 'ignore') return [];
  return setting === 'all' ? ['statistical', 'marketing', 'personalised'] : ['marketing'];
}
