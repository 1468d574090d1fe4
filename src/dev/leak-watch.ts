import type { Finding } from './findings.js';
import { resolveHttpUrl } from './hosts.js';
import { checkCssText, checkLink, checkStylesheet } from './leak-rules.js';

/** Blocked elements: where the gated hosts come from (the gate's own two selectors). */
const GATED_SELECTOR = '[data-samtykke][data-src],[data-cookieconsent][data-src]';

type Report = (finding: Finding, element?: Element) => void;

/**
 * Requirement R6 in the page: resource hints to tracker hosts and to the hosts of blocked elements,
 * and CSS from or pointing at other hosts. Looks at what is there now, then follows the page: an
 * observer for inserted links, blocked elements and `<style>`s, each stylesheet's `load`, and the
 * window's `load` for the sheets that were still on their way. Runs until the page goes: dev mode only.
 */
export function watchLeakHints(report: Report): void {
  const pageHost = location.hostname;
  const gatedHosts = new Set<string>();
  const page = { host: pageHost, gatedHosts };
  const scanned = new WeakSet<CSSStyleSheet>();

  /** Adds the hosts of the blocked elements in `root`; true when one was new. */
  function collectGated(root: Element | Document): boolean {
    const before = gatedHosts.size;
    const elements = [...root.querySelectorAll(GATED_SELECTOR)];
    if (root instanceof Element && root.matches(GATED_SELECTOR)) elements.push(root);
    for (const element of elements) {
      const host = resolveHttpUrl(element.getAttribute('data-src')!, document.baseURI)?.hostname;
      if (host && host !== pageHost) gatedHosts.add(host);
    }
    return gatedHosts.size > before;
  }

  function checkLinkElement(link: HTMLLinkElement): void {
    const href = link.getAttribute('href');
    const finding = href === null ? null : checkLink(link.getAttribute('rel') ?? '', href, document.baseURI, page);
    if (finding) report(finding, link);
    // A stylesheet's rules can be read once it has loaded (when it is same-origin or CORS-enabled).
    if (/\bstylesheet\b/i.test(link.rel)) {
      if (link.sheet) scanSheet(link.sheet);
      else link.addEventListener('load', () => link.sheet && scanSheet(link.sheet), { once: true });
    }
  }

  const checkAllLinks = (): void => document.querySelectorAll<HTMLLinkElement>('link[href]').forEach(checkLinkElement);

  /** The rules of one sheet, @import-ed sheets and nested rules included. `again`: its text changed. */
  function scanSheet(sheet: CSSStyleSheet, again = false): void {
    if (scanned.has(sheet) && !again) return;
    scanned.add(sheet);
    const owner = sheet.ownerNode instanceof Element ? sheet.ownerNode : undefined;
    const base = sheet.href ?? document.baseURI;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return; // another origin's sheet without CORS: unreadable, and its <link> was reported already
    }
    const scanRules = (list: CSSRuleList): void => {
      for (const rule of list) {
        if (rule instanceof CSSImportRule) {
          const finding = checkStylesheet(rule.href, base, pageHost);
          if (finding) report(finding, owner);
          if (rule.styleSheet) scanSheet(rule.styleSheet);
          continue;
        }
        // Style rules, @font-face, keyframes and page rules carry declarations; grouping rules
        // (@media, @supports, @layer, nesting) carry more rules.
        const style = (rule as CSSRule & { style?: CSSStyleDeclaration }).style;
        if (style) for (const finding of checkCssText(style.cssText, base, pageHost, rule instanceof CSSFontFaceRule)) report(finding, owner);
        const nested = (rule as CSSRule & { cssRules?: CSSRuleList }).cssRules;
        if (nested) scanRules(nested);
      }
    };
    scanRules(rules);
  }

  const scanAllSheets = (): void => {
    for (const sheet of [...document.styleSheets, ...(document.adoptedStyleSheets ?? [])]) scanSheet(sheet);
  };

  collectGated(document);
  checkAllLinks();
  scanAllSheets();

  new MutationObserver((mutations) => {
    let newGatedHost = false;
    for (const mutation of mutations) {
      const target = mutation.target;
      if (mutation.type === 'attributes') {
        if (target instanceof HTMLLinkElement) checkLinkElement(target);
        else if (target instanceof Element) newGatedHost = collectGated(target) || newGatedHost;
        continue;
      }
      // Text written into a <style> after it was inserted: its text node changed, or was replaced.
      const style = target instanceof HTMLStyleElement ? target : target.parentNode;
      if (style instanceof HTMLStyleElement && style.sheet) scanSheet(style.sheet, true);
      if (mutation.type === 'characterData') continue;
      mutation.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        newGatedHost = collectGated(node) || newGatedHost;
        if (node instanceof HTMLLinkElement) checkLinkElement(node);
        else if (node instanceof HTMLStyleElement && node.sheet) scanSheet(node.sheet, true);
        // Most inserted elements have no children: no need to search them.
        if (node.firstElementChild) {
          node.querySelectorAll<HTMLLinkElement>('link[href]').forEach(checkLinkElement);
          node.querySelectorAll('style').forEach((style) => style.sheet && scanSheet(style.sheet, true));
        }
      });
    }
    // A hint seen before the blocked element it serves is a leak all the same.
    if (newGatedHost) checkAllLinks();
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'rel', 'data-src'] });

  // Sheets still loading at start (their <link> was parsed before dev mode ran) are readable by now.
  if (document.readyState !== 'complete') window.addEventListener('load', scanAllSheets, { once: true });
}
