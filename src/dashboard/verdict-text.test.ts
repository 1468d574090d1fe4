import { beforeAll, describe, expect, it } from 'vitest';
import { createDashboardLocalization, type DashboardLocalization } from './localization.js';
import { compareVariants, type VariantFigures } from './variant-verdict.js';
import { pText, verdictText } from './verdict-text.js';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function variant(name: string, decisions: number, statistical: number, acceptAll = Math.round(decisions / 2)): VariantFigures {
  return { variant: name, impressions: decisions * 2, decisions, acceptAll, granted: { statistical, marketing: acceptAll, personalised: acceptAll } };
}

let en: DashboardLocalization;
let da: DashboardLocalization;
beforeAll(async () => {
  en = await createDashboardLocalization('en');
  da = await createDashboardLocalization('da');
});

describe('pText()', () => {
  it.each([
    [0.0123, 'p = 0.012'],
    [0.0004, 'p < 0.001'],
  ])('%d → %s', (p, expected) => {
    expect(pText(p, en)).toBe(expected.replace(/ /g, '\u00a0'));
  });
});

describe('verdictText()', () => {
  it('says which variant raises what, from and to, with p', () => {
    const [verdict] = compareVariants([variant('a', 1000, 410), variant('b', 1000, 470)]);
    const text = verdictText(verdict!, en);
    expect(text.summary).toBeNull();
    expect(plain(text.measures[0]!.text)).toBe('Variant b raises statistics opt-in from 41.0% to 47.0%, p = 0.0069.');
    expect(text.measures.map(({ result }) => result.outcome)).toEqual(['raises', 'noClearDifference', 'noClearDifference', 'noClearDifference', 'noClearDifference']);
  });

  it('says so when a variant lowers a rate, in Danish', () => {
    const [verdict] = compareVariants([variant('a', 1000, 470), variant('b', 1000, 410)]);
    expect(plain(verdictText(verdict!, da).measures[0]!.text)).toBe('Variant b sænker samtykket til statistik fra 47,0 % til 41,0 %, p = 0,0069.');
  });

  it('says "no clear difference" when nothing is significant', () => {
    const [verdict] = compareVariants([variant('a', 1000, 410), variant('b', 1000, 420)]);
    const text = verdictText(verdict!, en);
    expect(text.summary).toBe('No clear difference between variant b and variant a yet.');
    expect(plain(text.measures.find(({ result }) => result.measure === 'statistical')!.text)).toBe('No clear difference in statistics opt-in: 41.0% against 42.0%, p = 0.65.');
  });

  it('says "not enough data yet" below 100 decisions, with the counts', () => {
    const [verdict] = compareVariants([variant('a', 1000, 410), variant('b', 60, 50)]);
    expect(verdictText(verdict!, en)).toEqual({
      summary: 'Not enough data yet: variant b has 60 decisions and variant a has 1,000. At least 100 per variant are needed.',
      measures: [],
    });
  });
});
