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

// Reads the same --samtykke-* properties as the banner's buttons, with the light defaults.
const STYLE = `:host{position:fixed;bottom:16px;z-index:var(--samtykke-z-index,2147483000)}
:host([data-side=left]){left:16px}:host([data-side=right]){right:16px}
button{display:grid;place-items:center;width:44px;height:44px;padding:0;cursor:pointer;border-radius:50%;
border:var(--samtykke-border-width,2px) solid var(--samtykke-button-border,#1f2328);
background:var(--samtykke-button-background,#fff);color:var(--samtykke-button-text,#1f2328);box-shadow:var(--samtykke-shadow,0 2px 8px #0004)}
button:focus-visible{outline:3px solid var(--samtykke-focus-ring,#0b57d0);outline-offset:2px}
svg{width:26px}`;

// A round cookie with a bite and three crumbs, drawn for Samtykke.
const ICON_PATH = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-4.6-3.9A4 4 0 0 1 13.1 4 3 3 0 0 1 12 2Zm0 2a5 5 0 0 0 .6 1.5 6 6 0 0 0 4.3 4.3A6 6 0 0 0 20 12 8 8 0 1 1 12 4ZM8.5 8a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM9 13.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5.5.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z';

/** Built with DOM calls, not innerHTML, so pages enforcing Trusted Types accept it. */
function icon(): SVGSVGElement {
  const namespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(namespace, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(namespace, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  return svg;
}

/**
 * Constructable style sheets are not inline styles, so a strict `style-src` CSP allows them; a
 * `<style>` element is the fallback for browsers without adoptedStyleSheets.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/**
 * The always-present reopen button once a decision exists (contract section 6). Plain DOM in an open
 * shadow root, not Lit: it belongs to the loader tier so returning visitors fetch no UI code.
 * Part: `floating-button` (with `button`).
 */
export function showFloatingButton(side: 'left' | 'right', language: Language, onOpen: (opener: HTMLElement) => void): HTMLElement {
  const existing = document.querySelector<HTMLElement>('samtykke-floating-button');
  if (existing) return existing;
  const host = document.createElement('samtykke-floating-button');
  host.setAttribute('data-side', side);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, STYLE);
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button floating-button');
  button.setAttribute('aria-label', LABELS[language]);
  button.title = LABELS[language];
  button.append(icon());
  button.addEventListener('click', () => onOpen(button));
  root.append(button);
  document.body.append(host);
  return host;
}

export function hideFloatingButton(): void {
  document.querySelector('samtykke-floating-button')?.remove();
}
