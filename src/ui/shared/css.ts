/**
 * The `css` tag of our elements' styles: each literal becomes one constructable style sheet, built
 * once when its module is evaluated and shared by every shadow root that adopts it. Lit's elements
 * take these sheets in `static styles` as they are; the banner, which renders without Lit, adopts
 * them itself. Lit's own tag would bring its module (and, through 'lit', all of Lit) into the
 * banner's chunk. The build minifies the text of `css` and `cssText` literals (rollup.config.mjs).
 */
export function css(strings: TemplateStringsArray, ...values: string[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText(strings, ...values));
  return sheet;
}

/** A piece of CSS text to put into `css` literals (`${fragment}`), e.g. one block used twice. */
export function cssText(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((text, string, i) => text + string + (i < values.length ? values[i] : ''), '');
}
