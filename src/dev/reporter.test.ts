import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createReporter } from './reporter.js';

// The reporter's edges are console.warn and events on `document`; in Node an EventTarget stands in.
let events: Array<{ type: string; detail: unknown }>;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  events = [];
  const target = new EventTarget();
  for (const type of ['samtykke:warning', 'samtykke:undeclared-cookie']) target.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  vi.stubGlobal('document', target);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const FINDING = { code: 'leak-hint', message: 'Remove the hint.', url: 'https://www.googletagmanager.com/' } as const;

describe('createReporter()', () => {
  it('warns in the console with the dev-mode prefix and dispatches samtykke:warning with code, message and url', () => {
    createReporter().warn(FINDING);
    expect(warn).toHaveBeenCalledWith('samtykke (dev): Remove the hint.');
    expect(events).toEqual([{ type: 'samtykke:warning', detail: { ...FINDING } }]);
  });

  it('reports each problem once, however often it is seen', () => {
    const reporter = createReporter();
    reporter.warn(FINDING);
    reporter.warn({ ...FINDING });
    reporter.warn({ ...FINDING, url: 'https://connect.facebook.net/' });
    reporter.warn({ ...FINDING, code: 'third-party-stylesheet' });
    expect(events.map((event) => (event.detail as { url: string; code: string }).code + ' ' + (event.detail as { url: string }).url)).toEqual([
      'leak-hint https://www.googletagmanager.com/',
      'leak-hint https://connect.facebook.net/',
      'third-party-stylesheet https://www.googletagmanager.com/',
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('reports unequal buttons once per surface and rule, whatever the values', () => {
    const reporter = createReporter();
    const unequal = { code: 'unequal-buttons', message: 'Font sizes differ: 22px and 16px.', surface: 'banner', rule: 'font-size' } as const;
    reporter.warn(unequal);
    reporter.warn({ ...unequal, message: 'Font sizes differ: 24px and 16px.' });
    reporter.warn({ ...unequal, surface: 'preferences' });
    reporter.warn({ ...unequal, rule: 'background' });
    expect(events.map((event) => (event.detail as { surface: string; rule: string }).surface + ' ' + (event.detail as { rule: string }).rule)).toEqual([
      'banner font-size',
      'preferences font-size',
      'banner background',
    ]);
  });

  it('reports an undeclared category once per category, with the element it was found on', () => {
    const reporter = createReporter();
    const finding = { code: 'undeclared-category', message: 'Declare the marketing cookies.', category: 'marketing' } as const;
    reporter.warn(finding);
    reporter.warn({ ...finding });
    reporter.warn({ ...finding, category: 'personalised' });
    expect(events.map((event) => (event.detail as { category: string }).category)).toEqual(['marketing', 'personalised']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('holds events back while the page is being parsed, and warns in the console at once', () => {
    const target = document as unknown as EventTarget & { readyState: string };
    target.readyState = 'loading';
    createReporter().warn(FINDING);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(events).toEqual([]);
    target.dispatchEvent(new Event('DOMContentLoaded'));
    expect(events).toEqual([{ type: 'samtykke:warning', detail: { ...FINDING } }]);
  });

  it('dispatches samtykke:undeclared-cookie once per name and storage', () => {
    const reporter = createReporter();
    reporter.undeclared('foo', 'cookie');
    reporter.undeclared('foo', 'cookie');
    reporter.undeclared('foo', 'localStorage');
    expect(events).toEqual([
      { type: 'samtykke:undeclared-cookie', detail: { name: 'foo', storage: 'cookie' } },
      { type: 'samtykke:undeclared-cookie', detail: { name: 'foo', storage: 'localStorage' } },
    ]);
    expect(warn.mock.calls[0]![0]).toMatch(/^samtykke \(dev\): Cookie "foo" is not declared in categories\.<category>\.cookies\. Declare it/);
    expect(warn.mock.calls[1]![0]).toContain('localStorage key "foo"');
  });
});
