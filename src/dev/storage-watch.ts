import { safeStorage } from '../gate/web-storage.js';
import { parseCookieNames } from './cookie-names.js';
import type { StorageKind } from './findings.js';

/** How often cookies (without the Cookie Store API) and storage keys are looked at again. */
const POLL_MS = 500;

function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Requirement R7 in the page: every cookie and web-storage key goes to `check`, those present now and
 * those set later. Cookies: the Cookie Store API's `change` event where the browser has it, else a
 * look at `document.cookie` every 500 ms. Storage: `Storage.prototype.setItem`, wrapped so a key is
 * seen the moment it is set, plus the same poll for keys assigned as properties
 * (`localStorage.x = 1`), which bypass setItem. Nothing is stopped: this runs in dev mode only.
 */
export function watchStorage(check: (name: string, storage: StorageKind) => void): void {
  const storages = (['localStorage', 'sessionStorage'] as const).map((kind) => [kind, safeStorage(kind)] as const);
  const scanCookies = (): void => parseCookieNames(document.cookie).forEach((name) => check(name, 'cookie'));
  const scanStorage = (): void => {
    for (const [kind, storage] of storages) if (storage) storageKeys(storage).forEach((key) => check(key, kind));
  };

  scanCookies();
  scanStorage();

  const cookieStore = (window as Window & { cookieStore?: CookieStore }).cookieStore;
  if (cookieStore) {
    cookieStore.addEventListener('change', (event) => {
      for (const cookie of (event as CookieChangeEvent).changed) check(cookie.name ?? '', 'cookie');
    });
  }

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
    setItem.call(this, key, value);
    // Only after a successful write: a quota error stores nothing.
    const kind = storages.find(([, storage]) => storage === this)?.[0];
    if (kind) check(String(key), kind);
  };

  setInterval(() => {
    if (!cookieStore) scanCookies();
    scanStorage();
  }, POLL_MS);
}
