/** Embeds whose brand a visitor knows better than the host name. */
const KNOWN_PROVIDERS: ReadonlyArray<{ name: string; matches: (url: URL) => boolean }> = [
  { name: 'YouTube', matches: (url) => /(^|\.)(youtube(-nocookie)?\.com|youtu\.be)$/.test(url.hostname) },
  { name: 'Vimeo', matches: (url) => /(^|\.)vimeo\.com$/.test(url.hostname) },
  {
    name: 'Google Maps',
    matches: (url) => /^maps\.google\./.test(url.hostname) || (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/maps')),
  },
];

/**
 * The provider of an embed, for the placeholder text: a known brand ("YouTube" for
 * youtube-nocookie.com), else the host name without "www.". Null when `src` is not a URL.
 */
export function providerName(src: string | null, base: string): string | null {
  if (!src) return null;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return KNOWN_PROVIDERS.find((provider) => provider.matches(url))?.name ?? url.hostname.replace(/^www\./, '');
}
