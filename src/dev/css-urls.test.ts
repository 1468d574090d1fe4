import { describe, expect, it } from 'vitest';
import { cssUrls } from './css-urls.js';

describe('cssUrls()', () => {
  it.each([
    ['double quotes', 'background: url("https://a.example/x.png")', ['https://a.example/x.png']],
    ['single quotes', "background: url('https://a.example/x.png')", ['https://a.example/x.png']],
    ['no quotes', 'background: url(https://a.example/x.png)', ['https://a.example/x.png']],
    ['spaces inside the parentheses', 'background: url(  "/x.png"  )', ['/x.png']],
    ['upper case', 'background: URL(/x.png)', ['/x.png']],
    ['a quoted ) and an escaped quote', 'background: url("/a(1).png?q=\\"x\\"")', ['/a(1).png?q="x"']],
    ['several, in order', 'src: url(/a.woff2) format("woff2"), url("https://b.example/a.woff") format("woff")', ['/a.woff2', 'https://b.example/a.woff']],
    ['an @font-face rule text', '@font-face { font-family: Brand; src: url("https://fonts.gstatic.com/s/brand.woff2"); }', ['https://fonts.gstatic.com/s/brand.woff2']],
  ])('reads %s', (_label, text, expected) => {
    expect(cssUrls(text)).toEqual(expected);
  });

  it.each([
    ['no url()', 'color: red; font-family: Brand, sans-serif'],
    ['an empty url()', 'background: url("")'],
    ['local() in a font src', 'src: local("Brand")'],
  ])('finds nothing in %s', (_label, text) => {
    expect(cssUrls(text)).toEqual([]);
  });
});
