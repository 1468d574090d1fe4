import type { Finding, StorageKind, UndeclaredDetail, WarningDetail } from './findings.js';

export interface DevReporter {
  /**
   * A leak, unequal buttons or an undeclared category: `console.warn` and `samtykke:warning`, once per
   * code and URL, per code, surface and rule, or per code and category.
   */
  warn(finding: Finding, element?: Element): void;
  /** An undeclared cookie or storage key: `console.warn` and `samtykke:undeclared-cookie`, once per name and storage. */
  undeclared(name: string, storage: StorageKind): void;
}

const STORAGE_LABELS: Record<StorageKind, string> = { cookie: 'Cookie', localStorage: 'localStorage key', sessionStorage: 'sessionStorage key' };

/** What makes a finding the same problem as one reported before. */
function findingKey(finding: Finding): string {
  if ('url' in finding) return `${finding.code} ${finding.url}`;
  if ('category' in finding) return `${finding.code} ${finding.category}`;
  return `${finding.code} ${finding.surface} ${finding.rule}`;
}

/**
 * Dispatches on `document` once the page has been parsed, as the loader does with `samtykke:ready`:
 * dev mode starts in `<head>`, and a listener added by a script further down should hear what it
 * found at start.
 */
function dispatchWhenParsed(type: string, detail: unknown): void {
  const send = (): boolean => document.dispatchEvent(new CustomEvent(type, { detail }));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', send, { once: true });
  else send();
}

/**
 * Tells the developer, in the console and with events on `document`, each distinct problem once per
 * page: the observers and the cookie poll see the same problem over and over.
 */
export function createReporter(): DevReporter {
  const seen = new Set<string>();
  const first = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return {
    warn(finding, element) {
      if (!first(findingKey(finding))) return;
      const detail: WarningDetail = element ? { ...finding, element } : { ...finding };
      if (element) console.warn(`samtykke (dev): ${finding.message}`, element);
      else console.warn(`samtykke (dev): ${finding.message}`);
      dispatchWhenParsed('samtykke:warning', detail);
    },
    undeclared(name, storage) {
      if (!first(`${storage} ${name}`)) return;
      console.warn(
        `samtykke (dev): ${STORAGE_LABELS[storage]} "${name}" is not declared in categories.<category>.cookies. Declare it under the category it belongs to (wildcards such as "_ga_*" are fine), or block what sets it until that category is granted.`,
      );
      const detail: UndeclaredDetail = { name, storage };
      dispatchWhenParsed('samtykke:undeclared-cookie', detail);
    },
  };
}
