/**
 * Domains on which a cookie visible to this page may have been set: host-only (undefined) first, then
 * the host and each parent domain down to two labels. A cookie's Domain cannot be read from
 * `document.cookie`, so deleting means writing an expiry for every candidate. Writing to a public
 * suffix (e.g. `co.uk`) is refused by the browser, so no suffix list is needed.
 */
export function candidateDomains(hostname: string): Array<string | undefined> {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const result: Array<string | undefined> = [undefined];
  if (host === '' || host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':')) return result;
  const labels = host.split('.');
  for (let index = 0; index <= labels.length - 2; index++) result.push(labels.slice(index).join('.'));
  return result;
}

/** Paths a cookie may have been set on: `/` and each prefix of the current path (at most 6 deep). */
export function candidatePaths(pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean).slice(0, 6);
  const result = ['/'];
  let path = '';
  for (const segment of segments) {
    path += `/${segment}`;
    result.push(path);
  }
  return result;
}
