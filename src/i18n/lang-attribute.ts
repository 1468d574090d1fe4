import type { Language } from '../core/config.js';
import { toSupportedLanguage } from '../core/language.js';

/**
 * Keeps an element's `lang` honest (WCAG 3.1.2, Language of Parts): it carries `lang` only when its
 * language differs from the one it would inherit from the page.
 */
export function syncLangAttribute(element: HTMLElement, language: Language | undefined): void {
  if (!language) return;
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  if (toSupportedLanguage(inherited) === language) element.removeAttribute('lang');
  else element.setAttribute('lang', language);
}
