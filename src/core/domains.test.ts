import { describe, expect, it } from 'vitest';
import { candidateDomains, candidatePaths } from './domains.js';

describe('candidateDomains()', () => {
  it.each([
    ['shop.example.test', [undefined, 'shop.example.test', 'example.test']],
    ['example.com', [undefined, 'example.com']],
    ['a.b.example.co.uk', [undefined, 'a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']],
    ['Shop.Example.TEST', [undefined, 'shop.example.test', 'example.test']],
    ['shop.example.test.', [undefined, 'shop.example.test', 'example.test']],
    ['localhost', [undefined]],
    ['127.0.0.1', [undefined]],
    ['192.168.1.20', [undefined]],
    ['[::1]', [undefined]],
    ['[2001:db8::1]', [undefined]],
    ['::1', [undefined]],
    ['intranet', [undefined]],
    ['', [undefined]],
  ])('%j → %j', (hostname, expected) => {
    expect(candidateDomains(hostname)).toEqual(expected);
  });
});

describe('candidatePaths()', () => {
  it.each([
    ['/', ['/']],
    ['', ['/']],
    ['/a', ['/', '/a']],
    ['/a/b/c', ['/', '/a', '/a/b', '/a/b/c']],
    ['/a/b/c/', ['/', '/a', '/a/b', '/a/b/c']],
    ['/a//b', ['/', '/a', '/a/b']],
    ['/1/2/3/4/5/6', ['/', '/1', '/1/2', '/1/2/3', '/1/2/3/4', '/1/2/3/4/5', '/1/2/3/4/5/6']],
    ['/1/2/3/4/5/6/7/8', ['/', '/1', '/1/2', '/1/2/3', '/1/2/3/4', '/1/2/3/4/5', '/1/2/3/4/5/6']],
  ])('%j → %j', (pathname, expected) => {
    expect(candidatePaths(pathname)).toEqual(expected);
  });
});
