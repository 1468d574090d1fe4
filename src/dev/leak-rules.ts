import { cssUrls } from './css-urls.js';
import { WARNING_CODES, type Finding } from './findings.js';
import { resolveHttpUrl, trackerVendor } from './hosts.js';

/** The `rel` values that make the browser contact a host before anything on the page asks for it. */
export const HINT_RELS = ['preconnect', 'dns-prefetch', 'preload', 'prefetch', 'modulepreload'] as const;

/** What a check needs to know about the page. */
export interface PageHosts {
  /** The page's own host name: nothing on it is a third party. */
  host: string;
  /** Host names of the `data-src` of blocked elements (`[data-samtykke]`, `[data-cookieconsent]`). */
  gatedHosts: ReadonlySet<string>;
}

const LEAKS = "sends the visitor's IP address there before any consent";

/**
 * Checks one `<link>` by its `rel` and `href`: a resource hint to a known tracker host or to the host
 * of a blocked element, or a stylesheet from another host. Returns null when it leaks nothing.
 */
export function checkLink(rel: string, href: string, base: string, page: PageHosts): Finding | null {
  const tokens = rel.toLowerCase().split(/\s+/);
  if (tokens.includes('stylesheet')) return checkStylesheet(href, base, page.host);
  const hint = HINT_RELS.find((candidate) => tokens.includes(candidate));
  const url = hint && resolveHttpUrl(href, base);
  if (!url || url.hostname === page.host) return null;
  const vendor = trackerVendor(url.hostname);
  if (!vendor && !page.gatedHosts.has(url.hostname)) return null;
  const whose = vendor ? `${url.hostname} (${vendor})` : `${url.hostname}, the host of a blocked element,`;
  return {
    code: WARNING_CODES.leakHint,
    message: `<link rel="${hint}" href="${href}"> contacts ${whose} before the visitor has consented. Remove the hint: the browser connects by itself once the blocked content is allowed to load.`,
    url: url.href,
  };
}

/** A stylesheet (`<link rel=stylesheet>`, `@import`) from another host than the page's. */
export function checkStylesheet(href: string, base: string, pageHost: string): Finding | null {
  const url = resolveHttpUrl(href, base);
  if (!url || url.hostname === pageHost) return null;
  return {
    code: WARNING_CODES.thirdPartyStylesheet,
    message: `The stylesheet ${url.href} is loaded from ${url.hostname}: every page view ${LEAKS}. Serve it, and the fonts and images it uses, from your own domain.`,
    url: url.href,
  };
}

/**
 * The `url()`s in one CSS rule's text that point at another host than the page's. `fontFace`: the
 * text is an `@font-face` rule, whose `src` loads as soon as text uses the font.
 */
export function checkCssText(text: string, base: string, pageHost: string, fontFace: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const found of cssUrls(text)) {
    const url = resolveHttpUrl(found, base);
    if (!url || url.hostname === pageHost) continue;
    findings.push(
      fontFace
        ? {
            code: WARNING_CODES.thirdPartyFont,
            message: `@font-face loads ${url.href} from ${url.hostname}: the browser ${LEAKS}. Host the font file on your own domain.`,
            url: url.href,
          }
        : {
            code: WARNING_CODES.thirdPartyCssUrl,
            message: `CSS url(${url.href}) points at ${url.hostname}: once the rule applies, the browser ${LEAKS}. Serve the file from your own domain.`,
            url: url.href,
          },
    );
  }
  return findings;
}
