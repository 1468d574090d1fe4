import { describe, expect, it } from 'vitest';
import { parseCookieNames } from './cookie-names.js';

describe('parseCookieNames()', () => {
  it.each([
    ['no cookies', '', []],
    ['one cookie', 'foo=1', ['foo']],
    ['several, in order', 'samtykke=%7B%7D; _ga=GA1.1.1; foo=1', ['samtykke', '_ga', 'foo']],
    ['a value with "="', 'token=a=b=c; x=1', ['token', 'x']],
    ['an empty value', 'empty=; x=1', ['empty', 'x']],
    ['a cookie without a name (set as "value")', 'bare; x=1', ['', 'x']],
    ['stray spaces and semicolons', ' a=1 ;  ; b=2;', ['a', 'b']],
  ])('reads %s', (_label, cookies, expected) => {
    expect(parseCookieNames(cookies)).toEqual(expected);
  });
});
