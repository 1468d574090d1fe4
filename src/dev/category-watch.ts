import { REFUSABLE_CATEGORIES, type RefusableCategory } from '../core/categories.js';
// The gate's own selector and tags, so dev mode sees exactly the elements the gate holds back.
import { BLOCKED_SELECTOR, GATED_TAGS } from '../gate/blocked-elements.js';
import { checkBlockedElement, declaredCategories } from './declared-categories.js';
import type { Finding } from './findings.js';

type Report = (finding: Finding, element?: Element) => void;

/**
 * Blocked elements of a refusable category whose cookie declaration is empty: what is on the page
 * now, then what is inserted or re-labelled later. Stops watching once every category the
 * declaration leaves empty has been reported.
 */
export function watchUndeclaredCategories(categories: unknown, report: Report): void {
  const declared = declaredCategories(categories);
  const reported = new Set<RefusableCategory>(declared);
  if (reported.size === REFUSABLE_CATEGORIES.length) return;

  const check = (element: Element): void => {
    if (!GATED_TAGS.test(element.localName)) return;
    for (const finding of checkBlockedElement(element.getAttribute('data-samtykke'), element.getAttribute('data-cookieconsent'), declared)) {
      reported.add(finding.category);
      report(finding, element);
    }
  };
  const scan = (root: Element | Document): void => {
    if (root instanceof Element && root.matches(BLOCKED_SELECTOR)) check(root);
    root.querySelectorAll(BLOCKED_SELECTOR).forEach(check);
  };

  scan(document);
  if (reported.size === REFUSABLE_CATEGORIES.length) return;
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        if (mutation.target instanceof Element) check(mutation.target);
        continue;
      }
      mutation.addedNodes.forEach((node) => node instanceof Element && scan(node));
    }
    if (reported.size === REFUSABLE_CATEGORIES.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-samtykke', 'data-cookieconsent'] });
}
