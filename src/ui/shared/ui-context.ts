import type { Localization } from '../../i18n/localization.js';
import type { UiHost } from '../ui-host.js';

/** What every element of the UI tier needs from the mount: the loader's host, the strings, and navigation. */
export interface UiContext {
  readonly host: UiHost;
  readonly localization: Localization;
  /** Opens the preferences dialog; `opener` gets focus back when it closes. */
  openPreferences(opener: Element | null): void;
}
