/**
 * The URLs of the `url(…)` tokens in a piece of CSS text (a declaration block, a rule's cssText), in
 * order: quoted with either quote or unquoted, with backslash escapes of single characters undone.
 * `image-set("…")` strings without `url()` are not found; browsers serialise most of them with it.
 */
export function cssUrls(text: string): string[] {
  const urls: string[] = [];
  const pattern = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s"']*))\s*\)/gi;
  for (const match of text.matchAll(pattern)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
    if (url) urls.push(url);
  }
  return urls;
}
