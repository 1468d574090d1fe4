/**
 * The script-tag loader, `samtykke.js`: a classic script placed first in `<head>`. It runs
 * synchronously, applies a stored decision without fetching anything, and imports the UI tier from
 * its own directory only when something must be shown.
 */
import type { Language } from './core/config.js';
import { startGate } from './gate/gate.js';
import { readPageConfig } from './gate/read-config.js';
import type { UiModule } from './ui/ui-host.js';

function start(): void {
  if (window.samtykke) {
    // A second copy on the page (a CMS plugin plus a hand-written tag): the first one is in charge.
    console.warn('samtykke: loaded twice; the second copy does nothing.');
    return;
  }
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const base = new URL('.', script?.src || location.href).href;
  const { config, rest } = readPageConfig(script);

  const preload = (href: string): void => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    if (script?.nonce) link.nonce = script.nonce;
    document.head.append(link);
  };
  const loadUi = (language: Language): Promise<UiModule> => {
    // The UI imports its locale; preloading it starts the two downloads together instead of one
    // after the other. The UI goes first: it is the larger file, and inserting the preload link
    // costs the main thread a few milliseconds.
    const ui = import(/* @vite-ignore */ `${base}samtykke-ui.js`) as Promise<UiModule>;
    preload(`${base}locales/${language}.js`);
    return ui;
  };

  window.samtykke = startGate({ config, rest, loadUi, nonce: script?.nonce ?? '' });
}

try {
  start();
} catch (error) {
  // Fail closed: whatever went wrong, nothing blocked has been unblocked.
  console.error('samtykke: could not start; optional content stays blocked.', error);
}
