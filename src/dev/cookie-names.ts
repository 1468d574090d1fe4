/**
 * The cookie names in a `document.cookie` string, in order. A cookie set without `=` has an empty
 * name (the browser shows only its value), as the Cookie Store API reports it.
 */
export function parseCookieNames(cookies: string): string[] {
  return cookies
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '')
    .map((pair) => (pair.includes('=') ? pair.slice(0, pair.indexOf('=')).trim() : ''));
}
