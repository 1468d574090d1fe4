import { parseCategoryList, type Category } from '../core/categories.js';

export interface BlockedElement {
  element: HTMLElement;
  categories: Category[];
}

export type BlockedScript = BlockedElement & { element: HTMLScriptElement };

/**
 * Attributes not carried over to the script that runs: those that only exist to block, and the nonce
 * (set from the property, see below). Everything else is.
 */
const BLOCKING_ATTRIBUTES = ['type', 'data-type', 'data-src', 'data-srcset', 'data-samtykke', 'data-cookieconsent', 'data-cookieblock-src', 'nonce'];

/**
 * Two attribute selectors, not one per tag and attribute: Chromium scans a large page about twice as
 * fast with them. readBlockedElement checks the tag.
 */
export const BLOCKED_SELECTOR = '[data-samtykke],[data-cookieconsent]';
export const GATED_TAGS = /^(script|iframe|img)$/;

const handled = new WeakSet<Element>();

/** The categories an element waits for, or null when it is not ours to gate (or unreadable: then it stays as it is, blocked). */
export function readBlockedElement(element: Element): BlockedElement | null {
  if (handled.has(element) || !(element instanceof HTMLElement) || !GATED_TAGS.test(element.localName)) return null;
  const ours = element.getAttribute('data-samtykke');
  const cookiebot = element.getAttribute('data-cookieconsent');
  const categories = ours !== null ? parseCategoryList(ours) : cookiebot !== null && cookiebot !== 'ignore' ? parseCategoryList(cookiebot, 'cookiebot') : null;
  if (!categories) return null;
  // A script is only inert with a non-JavaScript type; one without it has already run, so it is not ours.
  if (element instanceof HTMLScriptElement && !/^text\/plain$/i.test(element.type)) return null;
  return { element, categories };
}

export function findBlockedElements(root: ParentNode): BlockedElement[] {
  const found: BlockedElement[] = [];
  root.querySelectorAll(BLOCKED_SELECTOR).forEach((element) => {
    const blocked = readBlockedElement(element);
    if (blocked) found.push(blocked);
  });
  return found;
}

export function isAllowed(blocked: BlockedElement, granted: (category: Category) => boolean): boolean {
  return blocked.categories.every(granted);
}

/**
 * Runs blocked scripts in document order, at most once each, and returns the function that queues
 * one. A parser would make an external script without `async` finish before the next one runs;
 * scripts created from JS are async by nature, so the queue waits for such a script's load (or error)
 * before it starts the next. A script whose consent was revoked while it waited its turn is dropped,
 * not run: it stays blocked in the page, ready for a later grant. `onIdle` runs each time the queue
 * empties.
 */
export function createScriptQueue(fallbackNonce: string, allowed: (blocked: BlockedElement) => boolean, onIdle: () => void): (blocked: BlockedScript) => void {
  const pending: BlockedScript[] = [];
  let running = false;

  function next(): void {
    const entry = pending.shift();
    running = entry !== undefined;
    if (!entry) return onIdle();
    const blocked = entry.element;
    if (!allowed(entry)) {
      handled.delete(blocked);
      return next();
    }
    const script = document.createElement('script');
    for (const { name, value } of blocked.attributes) {
      if (!BLOCKING_ATTRIBUTES.includes(name)) script.setAttribute(name, value);
    }
    // The nonce attribute reads as "" once parsed (browsers hide it); the property keeps it.
    script.nonce = blocked.nonce || fallbackNonce;
    const type = blocked.getAttribute('data-type');
    if (type) script.type = type;
    const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
    const async = blocked.hasAttribute('async');
    const waits = src !== null && !async && type !== 'module';
    if (src !== null) {
      script.src = src;
      script.async = async;
    } else {
      script.text = blocked.text;
    }
    if (waits) {
      script.addEventListener('load', next, { once: true });
      script.addEventListener('error', next, { once: true });
    }
    if (blocked.isConnected) blocked.replaceWith(script);
    else (document.head ?? document.documentElement).append(script);
    if (!waits) next();
  }

  return (blocked) => {
    if (handled.has(blocked.element)) return;
    handled.add(blocked.element);
    pending.push(blocked);
    if (!running) next();
  };
}

/** Loads a blocked iframe or image in place, at most once. */
export function loadMedia(element: HTMLElement): void {
  if (handled.has(element)) return;
  handled.add(element);
  const src = element.getAttribute('data-src') ?? element.getAttribute('data-cookieblock-src');
  const srcset = element.getAttribute('data-srcset');
  if (srcset !== null) element.setAttribute('srcset', srcset);
  if (src !== null) element.setAttribute('src', src);
}

export function isHandled(element: Element): boolean {
  return handled.has(element);
}
