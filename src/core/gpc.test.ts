import { describe, expect, it } from 'vitest';
import type { GpcSetting } from './config.js';
import { gpcDeniedCategories } from './gpc.js';

const DENIED: Record<GpcSetting, string[]> = {
  marketing: ['marketing'],
  all: ['statistical', 'marketing', 'personalised'],
  ignore: [],
};

const SIGNALS: Array<[label: string, signal: unknown]> = [
  ['true', true],
  ['false', false],
  ['undefined', undefined],
  ['null', null],
  ['"1"', '1'],
  ['"true"', 'true'],
  ['1', 1],
  ['a boxed true', Object(true)],
];

const CASES = (['marketing', 'all', 'ignore'] as const).flatMap((setting) =>
  SIGNALS.map(([label, signal]) => [setting, label, signal, signal === true ? DENIED[setting] : []] as const),
);

describe('gpcDeniedCategories()', () => {
  it.each(CASES)('setting %s with signal %s → %j', (setting, _label, signal, expected) => {
    expect(gpcDeniedCategories(setting, signal)).toEqual(expected);
  });

  it('returns a fresh list each call', () => {
    const first = gpcDeniedCategories('all', true);
    first.pop();
    expect(gpcDeniedCategories('all', true)).toEqual(['statistical', 'marketing', 'personalised']);
  });
});
