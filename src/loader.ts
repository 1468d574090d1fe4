/**
 * The script-tag loader, `samtykke.js`: a classic script placed first in `<head>`. It runs
 * synchronously, applies a stored decision without fetching anything, and imports the UI tier from
 * its own directory only when something must be shown.
 */
import type { Language } from './core/config.js';
import type { DevModule } from './dev/dev-module.js';
import { startGate } from './gate/gate.js';
import { readPageConfig } from './gate/read-config.js';
import type { LocaleTable } from './i18n/locale-loaders.js';
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

  const loadUi = (language: Language): Promise<[UiModule, LocaleTable?]> => {
    // Both downloads start together rather than one after the other, the UI first: it is the larger
    // file. A second import() costs the main thread less than inserting a <link rel=modulepreload>.
    // The strings go to the UI with the module: had it imported them itself, the promise would
    // resolve only in a later task, after the browser may have painted, and the banner would miss
    // that frame. A locale that fails is the UI's to handle (it falls back to English).
    const ui = import(/* @vite-ignore */ `${base}samtykke-ui.js`) as Promise<UiModule>;
    const strings = import(/* @vite-ignore */ `${base}locales/${language}.js`).then(
      (locale: { default: LocaleTable }) => locale.default,
      () => undefined,
    );
    return Promise.all([ui, strings]);
  };

  window.samtykke = startGate({ config, rest, loadUi, nonce: script?.nonce ?? '' });
  // Dev mode (README "Dev mode") lives in a file of its own, fetched only when the config asks for it:
  // every other page view pays just this line. `=== true`, as validation reads it: "false" is not on.
  if (rest.debug === true) void import(/* @vite-ignore */ `${base}samtykke-dev.js`).then((dev: DevModule) => dev.start(config, rest));
}

try {
  start();
} catch (error) {
  // Fail closed: whatever went wrong, nothing blocked has been unblocked.
  console.error('samtykke: could not start; optional content stays blocked.', error);
}
