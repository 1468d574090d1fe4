import type { CategoryChoices } from '../core/categories.js';
import { toConsentMode } from '../core/consent-mode.js';

interface VendorGlobals {
  fbq?: (...args: unknown[]) => void;
  uetq?: { push: (...args: unknown[]) => unknown };
  _paq?: { push: (...args: unknown[]) => unknown };
}

/**
 * Tells the vendors present on the page what the visitor decided (or that nothing is granted yet).
 * Called at load, once the page is parsed, after every decision and after blocked scripts ran, since
 * vendor globals usually appear only once their (blocked) snippet runs. A vendor's own failure is
 * not ours to break the page over.
 */
export function syncVendorConsent(categories: CategoryChoices): void {
  const vendors = window as unknown as VendorGlobals;
  const call = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      console.warn('samtykke: a vendor consent call failed', error);
    }
  };
  if (typeof vendors.fbq === 'function') call(() => vendors.fbq!('consent', categories.marketing ? 'grant' : 'revoke'));
  // UET reads Google's ad_storage signal.
  if (typeof vendors.uetq?.push === 'function') call(() => vendors.uetq!.push('consent', 'update', { ad_storage: toConsentMode(categories).ad_storage }));
  if (typeof vendors._paq?.push === 'function') call(() => vendors._paq!.push([categories.statistical ? 'setConsentGiven' : 'forgetConsentGiven']));
}
