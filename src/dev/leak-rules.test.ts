import { describe, expect, it } from 'vitest';
import { checkCssText, checkLink, checkStylesheet, HINT_RELS, type PageHosts } from './leak-rules.js';

const BASE = 'https://www.coworking-plus.example/';
const PAGE: PageHosts = { host: 'www.coworking-plus.example', gatedHosts: new Set(['video.example.net', 'pixel.example.org']) };

describe('checkLink()', () => {
  it.each(HINT_RELS)('warns about rel=%s to a tracker host, naming the vendor', (rel) => {
    const finding = checkLink(rel, 'https://www.googletagmanager.com', BASE, PAGE);
    expect(finding).toMatchObject({ code: 'leak-hint', url: 'https://www.googletagmanager.com/' });
    expect(finding!.message).toContain(`<link rel="${rel}" href="https://www.googletagmanager.com">`);
    expect(finding!.message).toContain('Google Tag Manager');
    expect(finding!.message).toMatch(/Remove the hint/);
  });

  it('warns about a hint to the host of a blocked element', () => {
    const finding = checkLink('preconnect', 'https://video.example.net', BASE, PAGE);
    expect(finding).toMatchObject({ code: 'leak-hint', url: 'https://video.example.net/' });
    expect(finding!.message).toContain('the host of a blocked element');
  });

  it.each([
    ['a protocol-relative dns-prefetch', 'dns-prefetch', '//connect.facebook.net', 'https://connect.facebook.net/'],
    ['a preload of a tracker script', 'preload', 'https://snap.licdn.com/li.lms-analytics/insight.min.js', 'https://snap.licdn.com/li.lms-analytics/insight.min.js'],
    ['rel in upper case among other tokens', 'Preconnect foo', 'https://bat.bing.com', 'https://bat.bing.com/'],
  ])('warns about %s', (_label, rel, href, url) => {
    expect(checkLink(rel, href, BASE, PAGE)).toMatchObject({ code: 'leak-hint', url });
  });

  it.each([
    ['a hint to the page itself', 'preconnect', '/api'],
    ['a hint to a host neither tracker nor gated', 'preconnect', 'https://cdn.example.com'],
    ['a rel that makes no request ahead', 'canonical', 'https://www.googletagmanager.com/'],
    ['an icon from a tracker host', 'icon', 'https://www.facebook.com/favicon.ico'],
    ['a data: URL', 'preload', 'data:text/css,'],
    ['an empty href', 'preconnect', ''],
  ])('says nothing about %s', (_label, rel, href) => {
    expect(checkLink(rel, href, BASE, PAGE)).toBeNull();
  });

  it('reads rel=stylesheet as a stylesheet', () => {
    expect(checkLink('stylesheet', 'https://fonts.googleapis.com/css2?family=Inter', BASE, PAGE)).toMatchObject({ code: 'third-party-stylesheet' });
    expect(checkLink('alternate stylesheet', '/print.css', BASE, PAGE)).toBeNull();
  });
});

describe('checkStylesheet()', () => {
  it('warns about a stylesheet from another host, saying what to do', () => {
    const finding = checkStylesheet('https://fonts.googleapis.com/css2?family=Inter', BASE, PAGE.host);
    expect(finding).toMatchObject({ code: 'third-party-stylesheet', url: 'https://fonts.googleapis.com/css2?family=Inter' });
    expect(finding!.message).toContain('fonts.googleapis.com');
    expect(finding!.message).toContain('from your own domain');
  });

  it.each(['/css/site.css', 'css/site.css', 'https://www.coworking-plus.example/site.css', 'http://www.coworking-plus.example:8080/site.css'])('says nothing about %s on the page host', (href) => {
    expect(checkStylesheet(href, BASE, PAGE.host)).toBeNull();
  });
});

describe('checkCssText()', () => {
  it('reports an @font-face src on another host as a font', () => {
    const text = 'font-family: Brand; src: url("https://fonts.gstatic.com/s/brand.woff2") format("woff2"), url("/fonts/brand.woff") format("woff");';
    expect(checkCssText(text, BASE, PAGE.host, true)).toEqual([
      { code: 'third-party-font', url: 'https://fonts.gstatic.com/s/brand.woff2', message: expect.stringContaining('Host the font file on your own domain') },
    ]);
  });

  it('reports any other url() on another host, resolved against the sheet', () => {
    const text = 'background: url(../img/ad.png), url(https://www.coworking-plus.example/img/local.png);';
    expect(checkCssText(text, 'https://cdn.example.com/css/site.css', PAGE.host, false)).toEqual([
      { code: 'third-party-css-url', url: 'https://cdn.example.com/img/ad.png', message: expect.stringContaining('Serve the file from your own domain') },
    ]);
  });

  it('says nothing about same-host and data: URLs', () => {
    expect(checkCssText('background: url(/a.png); mask: url("data:image/svg+xml,<svg/>")', BASE, PAGE.host, false)).toEqual([]);
  });
});
