import { parseCategoryList, type Category } from '../core/categories.js';

export interface BlockedElement {
  element: HTMLElement;
  categories: Category[];
}

/** Attributes that only exist to block; everything else is carried over to the element that runs. */
const BLOCKING_ATTRIBUTES = ['type', 'data-type', 'data-src', 'data-srcset', 'data-samtykke', 'data-cookieconsent', 'data-cookieblock-src'];

export const BLOCKED_SELECTOR = ['script', 'iframe', 'img']
  .flatMap((tag) => [`${tag}[data-samtykke]`, `${tag}[data-cookieconsent]`])
  .join(',');

const handled = new WeakSet<Element>();

/** The categories an element waits for, or null when it is not ours to gate (or unreadable: then it stays as it is, blocked). */
export function readBlockedElement(element: Element): BlockedElement | null {
  if (handled.has(element) || !(element instanceof HTMLElement)) return null;
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
  for (const element of Array.from(root.querySelectorAll(BLOCKED_SELECTOR))) {
    const blocked = readBlockedElement(element);
    if (blocked) found.push(blocked);
  }
  return found;
}

export function isAllowed(blocked: BlockedElement, granted: (category: Category) => boolean): boolean {
  return blocked.categories.every(granted);
}

function copyAttributes(from: Element, to: Element): void {
  for (const attribute of Array.from(from.attributes)) {
    if (!BLOCKING_ATTRIBUTES.includes(attribute.name) && attribute.name !== 'nonce') to.setAttribute(attribute.name, attribute.value);
  }
}

/**
 * Runs blocked scripts in document order, at most once each. A parser would make an external script
 * without `async` finish before the next one runs; scripts created from JS are async by nature, so the
 * queue waits for such a script's load (or error) before it starts the next. A script whose consent
 * was revoked while it waited its turn is dropped, not run: it stays blocked in the page, ready for a
 * later grant.
 */
export class ScriptQueue {
  private readonly pending: Array<BlockedElement & { element: HTMLScriptElement }> = [];
  private running = false;

  constructor(
    private readonly fallbackNonce: string,
    private readonly allowed: (blocked: BlockedElement) => boolean,
    private readonly onIdle: () => void,
  ) {}

  add(blocked: BlockedElement & { element: HTMLScriptElement }): void {
    if (handled.has(blocked.element)) return;
    handled.add(blocked.element);
    this.pending.push(blocked);
    if (!this.running) this.next();
  }

  private next(): void {
    const entry = this.pending.shift();
    if (!entry) {
      this.running = false;
      this.onIdle();
      return;
    }
    const blocked = entry.element;
    if (!this.allowed(entry)) {
      handled.delete(blocked);
      this.next();
      return;
    }
    this.running = true;
    const script = document.createElement('script');
    copyAttributes(blocked, script);
    // The nonce attribute reads as "" once parsed (browsers hide it); the property keeps it.
    script.nonce = blocked.nonce || this.fallbackNonce;
    const type = blocked.getAttribute('data-type');
    if (type) script.type = type;
    const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
    const waits = src !== null && !blocked.hasAttribute('async') && type !== 'module';
    if (src !== null) {
      script.src = src;
      script.async = blocked.hasAttribute('async');
    } else {
      script.text = blocked.text;
    }
    if (waits) {
      const resume = (): void => this.next();
      script.addEventListener('load', resume, { once: true });
      script.addEventListener('error', resume, { once: true });
    }
    if (blocked.isConnected) blocked.replaceWith(script);
    else (document.head ?? document.documentElement).append(script);
    if (!waits) this.next();
  }
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
