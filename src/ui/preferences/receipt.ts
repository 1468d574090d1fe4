import type { SamtykkeConfig } from '../../core/config.js';
import type { ConsentState } from '../../core/consent-state.js';

/** What the visitor's receipt file holds: their decision, and who they gave it to under which policy. */
export function receiptOf(consent: ConsentState, config: Pick<SamtykkeConfig, 'controller' | 'policyUrl'>): ConsentState & { controller: string; policyUrl: string } {
  return { ...consent, categories: { ...consent.categories }, controller: config.controller, policyUrl: config.policyUrl };
}

/** Saves the receipt as `samtykke-receipt-<id>.json` through a temporary object URL and `<a download>`. */
export function downloadReceipt(consent: ConsentState, config: Pick<SamtykkeConfig, 'controller' | 'policyUrl'>): void {
  const blob = new Blob([JSON.stringify(receiptOf(consent, config), null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `samtykke-receipt-${consent.id.replace(/[^A-Za-z0-9-]/g, '')}.json`;
  link.click();
  // The download has started once click() returns; the URL is only kept a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
