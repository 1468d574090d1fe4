import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/seed.js';
import { compareMeasure, compareVariants, proportionOf, variantFigures, type VariantFigures } from './variant-verdict.js';
import { group } from './test-data.js';

function variant(name: string, impressions: number, decisions: number, acceptAll: number, statistical: number, marketing = 0, personalised = 0): VariantFigures {
  return { variant: name, impressions, decisions, acceptAll, granted: { statistical, marketing, personalised } };
}

/**
 * Simulated visitors: each decides with probability `decide`, then accepts all with `acceptAll`, else
 * grants statistics with `statistical`. The known truth is whatever probabilities are passed.
 */
function simulate(name: string, visitors: number, rates: { decide: number; acceptAll: number; statistical: number }, seed: number): VariantFigures {
  const random = mulberry32(seed);
  const figures = variant(name, visitors, 0, 0, 0);
  for (let index = 0; index < visitors; index++) {
    if (random() >= rates.decide) continue;
    figures.decisions++;
    if (random() < rates.acceptAll) {
      figures.acceptAll++;
      figures.granted.statistical++;
      figures.granted.marketing++;
      figures.granted.personalised++;
    } else if (random() < rates.statistical) {
      figures.granted.statistical++;
    }
  }
  return figures;
}

describe('compareMeasure()', () => {
  it.each([
    // [description, control, challenger, measure, outcome]
    ['41 % → 47 % of 1000 decisions each is a rise', variant('a', 1500, 1000, 0, 410), variant('b', 1500, 1000, 0, 470), 'statistical', 'raises'],
    ['47 % → 41 % is a fall', variant('a', 1500, 1000, 0, 470), variant('b', 1500, 1000, 0, 410), 'statistical', 'lowers'],
    ['45 % → 56 % of 100 each is not clear (p ≈ 0.12)', variant('a', 150, 100, 0, 45), variant('b', 150, 100, 0, 56), 'statistical', 'noClearDifference'],
    ['equal rates are no difference', variant('a', 900, 500, 250, 0), variant('b', 900, 500, 250, 0), 'acceptAll', 'noClearDifference'],
    ['a big difference with 99 decisions is not claimed', variant('a', 200, 99, 10, 0), variant('b', 200, 99, 90, 0), 'acceptAll', 'noClearDifference'],
    ['interaction rate uses impressions', variant('a', 1000, 600, 0, 0), variant('b', 1000, 700, 0, 0), 'interactionRate', 'raises'],
    ['no impressions is untestable', variant('a', 0, 300, 0, 0), variant('b', 1000, 300, 0, 0), 'interactionRate', 'untestable'],
    ['more decisions than impressions is untestable', variant('a', 250, 300, 0, 0), variant('b', 1000, 300, 0, 0), 'interactionRate', 'untestable'],
  ] as const)('%s', (_name, control, challenger, measure, outcome) => {
    expect(compareMeasure(control, challenger, measure).outcome).toBe(outcome);
  });

  it('reports the rates from → to and the p-value', () => {
    const result = compareMeasure(variant('a', 1500, 1000, 0, 410), variant('b', 1500, 1000, 0, 470), 'statistical');
    expect(result.control).toBe(0.41);
    expect(result.challenger).toBe(0.47);
    expect(result.p).toBeCloseTo(0.006875554, 8);
  });

  it('takes the threshold from the options', () => {
    const control = variant('a', 150, 100, 0, 45);
    const challenger = variant('b', 150, 100, 0, 56);
    expect(compareMeasure(control, challenger, 'statistical', { significanceLevel: 0.2 }).outcome).toBe('raises');
  });
});

describe('compareVariants()', () => {
  it('says nothing with fewer than two variants', () => {
    expect(compareVariants([])).toEqual([]);
    expect(compareVariants([variant('a', 10, 5, 1, 1)])).toEqual([]);
  });

  it('compares every variant with the first', () => {
    const verdicts = compareVariants([variant('a', 1000, 500, 250, 300), variant('b', 1000, 500, 250, 300), variant('c', 1000, 500, 250, 300)]);
    expect(verdicts.map((verdict) => [verdict.control.variant, verdict.challenger.variant])).toEqual([['a', 'b'], ['a', 'c']]);
    expect(verdicts[0]!.measures.map((result) => result.measure)).toEqual(['interactionRate', 'acceptAll', 'statistical', 'marketing', 'personalised']);
  });

  it.each([
    ['the challenger has 99 decisions', variant('a', 5000, 3000, 1500, 1800), variant('b', 150, 99, 90, 95)],
    ['the control has 0 decisions', variant('a', 50, 0, 0, 0), variant('b', 5000, 3000, 1500, 1800)],
  ])('is "not enough data" when %s', (_name, control, challenger) => {
    expect(compareVariants([control, challenger])[0]!.summary).toBe('notEnoughData');
  });

  // Simulated data with a known truth, 10 000 visitors per variant, fixed seeds.
  it.each([
    { name: 'a known difference in statistics opt-in (63 % → 68 %)', b: { decide: 0.72, acceptAll: 0.55, statistical: 0.29 }, summary: 'difference', statistical: 'raises', acceptAll: 'noClearDifference' },
    { name: 'a known difference in accept all only (55 % → 60 %, statistics opt-in 63 % in both)', b: { decide: 0.72, acceptAll: 0.6, statistical: 0.0775 }, summary: 'difference', statistical: 'noClearDifference', acceptAll: 'raises' },
    { name: 'no difference at all', b: { decide: 0.72, acceptAll: 0.55, statistical: 0.18 }, summary: 'noClearDifference', statistical: 'noClearDifference', acceptAll: 'noClearDifference' },
  ])('finds $name', ({ b, summary, statistical, acceptAll }) => {
    const control = simulate('a', 10_000, { decide: 0.72, acceptAll: 0.55, statistical: 0.18 }, 11);
    const challenger = simulate('b', 10_000, b, 12);
    const [verdict] = compareVariants([control, challenger]);
    expect(verdict!.summary).toBe(summary);
    expect(verdict!.measures.find((result) => result.measure === 'statistical')!.outcome).toBe(statistical);
    expect(verdict!.measures.find((result) => result.measure === 'acceptAll')!.outcome).toBe(acceptAll);
  });

  it('claims a difference in under 5 % of A/A tests (false positives at the stated level)', () => {
    let claims = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      const rates = { decide: 0.7, acceptAll: 0.5, statistical: 0.3 };
      const result = compareMeasure(simulate('a', 2000, rates, 1000 + run), simulate('b', 2000, rates, 5000 + run), 'statistical');
      if (result.outcome !== 'noClearDifference') claims++;
    }
    expect(claims / runs).toBeLessThan(0.08);
  });
});

describe('variantFigures()', () => {
  it('reads the variant groups, leaves out "no variant", and keeps the order', () => {
    const groups = [
      group(null, { impressions: 0, actions: { custom: 40 }, granted: { statistical: 20 } }),
      group('a', { impressions: 100, actions: { accept_all: 40, reject_all: 20 }, granted: { statistical: 45, marketing: 40, personalised: 42 } }),
      group('b', { impressions: 90, actions: { accept_all: 50 } }),
    ];
    expect(variantFigures(groups)).toEqual([
      { variant: 'a', impressions: 100, decisions: 60, acceptAll: 40, granted: { statistical: 45, marketing: 40, personalised: 42 } },
      { variant: 'b', impressions: 90, decisions: 50, acceptAll: 50, granted: { statistical: 0, marketing: 0, personalised: 0 } },
    ]);
  });
});

describe('proportionOf()', () => {
  it.each([
    ['interactionRate', { successes: 60, trials: 100 }],
    ['acceptAll', { successes: 40, trials: 60 }],
    ['marketing', { successes: 41, trials: 60 }],
  ] as const)('%s', (measure, expected) => {
    expect(proportionOf(variant('a', 100, 60, 40, 45, 41, 42), measure)).toEqual(expected);
  });
});
