import type { Language } from '../core/config.js';
import { floating as da } from '../../locales/da.json';
import { floating as de } from '../../locales/de.json';
import { floating as en } from '../../locales/en.json';
import { floating as fi } from '../../locales/fi.json';
import { floating as is } from '../../locales/is.json';
import { floating as nb } from '../../locales/nb.json';
import { floating as nn } from '../../locales/nn.json';
import { floating as sv } from '../../locales/sv.json';

// Only this one string of each locale reaches the loader bundle (JSON named exports are tree-shaken),
// so returning visitors get a named button without fetching the UI tier.
const LABELS: Record<Language, string> = {
  da: da.label, de: de.label, en: en.label, fi: fi.label, is: is.label, nb: nb.label, nn: nn.label, sv: sv.label,
};

// Reads the same --samtykke-* properties as the banner's buttons. Their defaults are the configured
// theme's (README "Theming"), held in three private properties on the host, so that switching the theme
// is one short rule (`auto`: the dark one under prefers-color-scheme). The side is written into the
// sheet, which is built once per page. Padding sizes the button round the icon: 26 + 2 × 7 + 2 × the
// 2px border = 44 px. The icon is drawn with strokes (a bitten outline, crumbs as round-capped dots)
// so its path stays short.
const LIGHT = ':host{--b:#fff;--t:#1f2328;--r:#0b57d0}';
const DARK = ':host{--b:#161b22;--t:#e6edf3;--r:#79b8ff}';
const style = (side: 'left' | 'right', theme: unknown): string => `:host{position:fixed;bottom:16px;${side}:16px;z-index:var(--samtykke-z-index,2147483000)}
button{padding:7px;cursor:pointer;border-radius:50%;border:var(--samtykke-border-width,2px) solid var(--samtykke-button-border,var(--t));background:var(--samtykke-button-background,var(--b));color:var(--samtykke-button-text,var(--t));box-shadow:var(--samtykke-shadow,0 2px 8px #0004)}
button:focus-visible{outline:3px solid var(--samtykke-focus-ring,var(--r));outline-offset:2px}
svg{display:block;width:26px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
${theme === 'dark' ? DARK : LIGHT + (theme === 'auto' ? `@media(prefers-color-scheme:dark){${DARK}}` : '')}`;

// A round cookie with a bite and three crumbs, drawn for Samtykke.
const ICON_PATH = 'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 3 3 3 3 0 0 0 3 3 3 3 0 0 0 3 3ZM8 10h.01M9 15h.01M14 14h.01';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * The always-present reopen button once a decision exists (contract section 6). `theme` is the config's
 * raw `theme` (the lazy tier validates it): `dark` and `auto` switch the default colours, as they do for
 * the banner; anything else keeps the light ones. Plain DOM in an open
 * shadow root, not Lit: it belongs to the loader tier so returning visitors fetch no UI code. Built with
 * DOM calls, not innerHTML, so pages enforcing Trusted Types accept it; styled by a constructable
 * sheet, which a strict `style-src` CSP allows (the same baseline as the UI tier).
 * Part: `floating-button` (with `button`).
 */
export function showFloatingButton(side: 'left' | 'right', language: Language, onOpen: (opener: HTMLElement) => void, theme?: unknown): HTMLElement {
  const existing = document.querySelector<HTMLElement>('samtykke-floating-button');
  if (existing) return existing;
  const host = document.createElement('samtykke-floating-button');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  const button = document.createElement('button');
  const svg = document.createElementNS(SVG_NAMESPACE, 'svg');
  const path = document.createElementNS(SVG_NAMESPACE, 'path');
  sheet.replaceSync(style(side, theme));
  root.adoptedStyleSheets = [sheet];
  // No aria-hidden needed: a button's children are presentational, and its name is the aria-label.
  svg.setAttribute('viewBox', '0 0 24 24');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  button.type = 'button';
  button.setAttribute('part', 'button floating-button');
  button.setAttribute('aria-label', (button.title = LABELS[language]));
  button.addEventListener('click', () => onOpen(button));
  button.append(svg);
  root.append(button);
  document.body.append(host);
  return host;
}

export function hideFloatingButton(): void {
  document.querySelector('samtykke-floating-button')?.remove();
}
