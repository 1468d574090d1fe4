import { describe, expect, it } from 'vitest';
import { isWithin, resolveHttpUrl, trackerVendor } from './hosts.js';
import { TRACKER_HOSTS } from './tracker-hosts.js';

const BASE = 'https://www.coworking-plus.example/kontor/';

describe('resolveHttpUrl()', () => {
  it.each([
    ['an absolute https URL', 'https://www.googletagmanager.com/gtag/js?id=G-1', 'www.googletagmanager.com'],
    ['an http URL', 'http://cdn.example.com/a.css', 'cdn.example.com'],
    ['a protocol-relative URL (dns-prefetch)', '//connect.facebook.net', 'connect.facebook.net'],
    ['a path', '/fonts/brand.woff2', 'www.coworking-plus.example'],
    ['a relative path', 'img/hero.png', 'www.coworking-plus.example'],
    ['upper case and spaces', '  HTTPS://Fonts.GStatic.com/s/x.woff2 ', 'fonts.gstatic.com'],
  ])('resolves %s to its host', (_label, url, host) => {
    expect(resolveHttpUrl(url, BASE)?.hostname).toBe(host);
  });

  it('resolves against the base it is given', () => {
    expect(resolveHttpUrl('../fonts/a.woff2', 'https://cdn.example.com/css/site.css')?.href).toBe('https://cdn.example.com/fonts/a.woff2');
  });

  it.each([
    ['data:', 'data:font/woff2;base64,AAAA'],
    ['blob:', 'blob:https://www.coworking-plus.example/1234'],
    ['about:', 'about:blank'],
    ['javascript:', 'javascript:void(0)'],
    ['not a URL', 'https://'],
  ])('returns null for %s', (_label, url) => {
    expect(resolveHttpUrl(url, BASE)).toBeNull();
  });
});

describe('isWithin()', () => {
  it.each([
    ['googletagmanager.com', 'googletagmanager.com', true],
    ['www.googletagmanager.com', 'googletagmanager.com', true],
    ['a.b.doubleclick.net', 'doubleclick.net', true],
    ['notgoogletagmanager.com', 'googletagmanager.com', false],
    ['googletagmanager.com.evil.example', 'googletagmanager.com', false],
    ['licdn.com', 'snap.licdn.com', false],
  ])('%s within %s → %s', (host, domain, expected) => {
    expect(isWithin(host, domain)).toBe(expected);
  });
});

describe('trackerVendor()', () => {
  it.each([
    ['www.googletagmanager.com', 'Google Tag Manager'],
    ['region1.google-analytics.com', 'Google Analytics'],
    ['stats.g.doubleclick.net', 'Google Ads (DoubleClick)'],
    ['connect.facebook.net', 'Meta Pixel'],
    ['www.facebook.com', 'Meta'],
    ['snap.licdn.com', 'LinkedIn Insight Tag'],
    ['px.ads.linkedin.com', 'LinkedIn Ads'],
    ['static.hotjar.com', 'Hotjar'],
    ['www.clarity.ms', 'Microsoft Clarity'],
    ['bat.bing.com', 'Microsoft Advertising (UET)'],
    ['analytics.tiktok.com', 'TikTok Pixel'],
    ['www.youtube-nocookie.com', 'YouTube'],
    ['player.vimeo.com', 'Vimeo'],
    ['fonts.gstatic.com', 'Google Fonts'],
  ])('names the vendor of %s', (host, vendor) => {
    expect(trackerVendor(host)).toBe(vendor);
  });

  it.each(['www.coworking-plus.example', 'www.bing.com', 'www.linkedin.com', 'cdn.example.com', 'tiktok.com'])('finds no tracker at %s', (host) => {
    expect(trackerVendor(host)).toBeNull();
  });

  it('lists bare, lower-case host names', () => {
    for (const host of Object.keys(TRACKER_HOSTS)) expect(host).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
  });
});
