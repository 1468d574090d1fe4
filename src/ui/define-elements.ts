import { SamtykkeBanner } from './banner/banner.js';

/** Registers an element unless the name is taken: with two copies of Samtykke, the first one wins. */
function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

/** The banner comes with the UI module: a first visit needs it at once. */
export function defineElements(): void {
  define('samtykke-banner', SamtykkeBanner);
}

// The preferences, the placeholder and the declaration are chunks of their own, fetched when first
// needed, so a first visit downloads only what the banner needs. They are Lit elements, and Lit is a
// chunk of its own too (rollup.config.mjs): asking for it alongside starts both downloads at once,
// rather than Lit's only once the element's chunk has arrived and been parsed. The same goes for the
// small chunk of the strings controller, which all three use.
const withLit = <T>(chunk: () => Promise<T>): Promise<T> => {
  void import('lit').catch(() => undefined);
  void import('../i18n/localize-controller.js').catch(() => undefined);
  return chunk();
};

let preferences: Promise<unknown> | null = null;
let placeholder: Promise<typeof import('./placeholder/placeholder.js')> | null = null;
let declaration: Promise<unknown> | null = null;

export function loadPreferences(): Promise<unknown> {
  preferences ??= withLit(() => import('./preferences/preferences.js')).then((module) => define('samtykke-preferences', module.SamtykkePreferences));
  return preferences;
}

export function loadPlaceholder(): Promise<typeof import('./placeholder/placeholder.js')> {
  placeholder ??= withLit(() => import('./placeholder/placeholder.js')).then((module) => {
    define('samtykke-placeholder', module.SamtykkePlaceholder);
    return module;
  });
  return placeholder;
}

/** `<samtykke-declaration>`: only on pages that have one (a policy page). */
export function loadDeclaration(): Promise<unknown> {
  declaration ??= withLit(() => import('./declaration/declaration.js')).then((module) => define('samtykke-declaration', module.SamtykkeDeclaration));
  return declaration;
}
