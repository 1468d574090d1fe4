import type { LocaleTable } from '../i18n/locale-loaders.js';
import { createLocalization } from '../i18n/localization.js';
import { defineElements } from './define-elements.js';
import { createUiController } from './ui-controller.js';
import type { UiController, UiHost } from './ui-host.js';

// The decision half of the lazy tier rides in the same module: the loader builds the UiHost with it.
export { createDecisions } from '../gate/decisions.js';

/**
 * The lazily loaded UI tier (`samtykke-ui.js`). The loader calls `mount` once it must show something
 * (or the page has a `<samtykke-declaration>`): it registers the elements, loads the one language
 * needed (unless the loader hands over `strings`, that language's table, which it fetched alongside
 * this module), wires up the page's declarations, and returns the controller the loader drives.
 */
export async function mount(host: UiHost, strings?: LocaleTable): Promise<UiController> {
  defineElements();
  await host.textsChecked;
  const localization = await createLocalization({ language: host.language, table: strings, config: host.config, variant: host.variant });
  return createUiController(host, localization);
}
