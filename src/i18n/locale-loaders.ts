import type { Language } from '../core/config.js';
import type en from '../../locales/en.json';

/** The shape of every locale file: English is the reference key set. */
export type LocaleTable = typeof en;

/**
 * One dynamic import per language, written out so the bundler can see each one: rollup turns every
 * entry into its own small chunk (`locales/da.js`), so a visitor downloads only their language.
 */
export const localeLoaders: Record<Language, () => Promise<{ default: LocaleTable }>> = {
  da: () => import('../../locales/da.json'),
  de: () => import('../../locales/de.json'),
  en: () => import('../../locales/en.json'),
  fi: () => import('../../locales/fi.json'),
  is: () => import('../../locales/is.json'),
  nb: () => import('../../locales/nb.json'),
  nn: () => import('../../locales/nn.json'),
  sv: () => import('../../locales/sv.json'),
};
