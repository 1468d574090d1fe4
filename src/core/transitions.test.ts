import { describe, expect, it } from 'vitest';
import type { Category, CategoryChoices } from './categories.js';
import { DAY_MS, createConsentState, type ConsentAction, type ConsentState } from './consent-state.js';
import { acceptAll, applyGpc, customChoice, rejectAll, withdrawal, type TransitionContext } from './transitions.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const OLD_ID = '11111111-1111-4111-8111-111111111111';
const NEW_ID = '22222222-2222-4222-a222-222222222222';

function context(gpcDenied: readonly Category[] = []): TransitionContext {
  return { now: NOW, maxAgeDays: 30, revision: 5, newId: NEW_ID, gpcDenied };
}

function previous(statistical: boolean, marketing: boolean, personalised: boolean, action: ConsentAction = 'custom'): ConsentState {
  return createConsentState({ id: OLD_ID, action, categories: { statistical, marketing, personalised }, now: NOW - 10 * DAY_MS, maxAgeDays: 30, revision: 4 });
}

const choices = (statistical: boolean, marketing: boolean, personalised: boolean): CategoryChoices => ({ technical: true, statistical, marketing, personalised });

/** All 8 combinations of the three refusable categories. */
const COMBINATIONS: Array<[statistical: boolean, marketing: boolean, personalised: boolean]> = [false, true].flatMap((statistical) =>
  [false, true].flatMap((marketing) => [false, true].map((personalised) => [statistical, marketing, personalised] as [boolean, boolean, boolean])),
);

describe('acceptAll()', () => {
  it('grants every category without GPC', () => {
    expect(acceptAll(null, context())).toMatchObject({ action: 'accept_all', categories: choices(true, true, true) });
  });

  it('leaves marketing denied under GPC and names the action custom', () => {
    expect(acceptAll(null, context(['marketing']))).toMatchObject({ action: 'custom', categories: choices(true, false, true) });
  });

  it('grants nothing but technical when GPC denies every category', () => {
    expect(acceptAll(null, context(['statistical', 'marketing', 'personalised']))).toMatchObject({ action: 'custom', categories: choices(false, false, false) });
  });

  it('stamps the decision with the context time, lifetime and revision', () => {
    expect(acceptAll(null, context())).toMatchObject({ timestamp: '2026-03-01T12:00:00.000Z', expires: '2026-03-31T12:00:00.000Z', revision: 5 });
  });
});

describe('rejectAll()', () => {
  it.each([
    ['without a decision', null],
    ['after accepting all', previous(true, true, true, 'accept_all')],
  ])('denies every refusable category %s', (_label, before) => {
    expect(rejectAll(before, context())).toMatchObject({ action: 'reject_all', categories: choices(false, false, false) });
  });
});

describe('customChoice()', () => {
  it.each(COMBINATIONS)('from no decision gives exactly statistical=%s, marketing=%s, personalised=%s', (statistical, marketing, personalised) => {
    const result = customChoice(null, { statistical, marketing, personalised }, context());
    expect(result.categories).toEqual(choices(statistical, marketing, personalised));
  });

  it.each([
    ['all on', { statistical: true, marketing: true, personalised: true }, 'accept_all'],
    ['all off', { statistical: false, marketing: false, personalised: false }, 'reject_all'],
    ['nothing named', {}, 'reject_all'],
    ['some on', { statistical: true }, 'custom'],
    ['all but one on', { statistical: true, marketing: true }, 'custom'],
  ] as const)('names the action after the result: %s → %s', (_label, given, action) => {
    expect(customChoice(null, given, context()).action).toBe(action);
  });

  it('keeps the current grant of categories not named', () => {
    const result = customChoice(previous(true, false, true), { marketing: true }, context());
    expect(result.categories).toEqual(choices(true, true, true));
  });

  it('denies unnamed categories when there is no earlier decision', () => {
    expect(customChoice(null, { personalised: true }, context()).categories).toEqual(choices(false, false, true));
  });

  it('honours an explicit marketing grant under GPC: the visitor switched it on themself', () => {
    expect(customChoice(null, { marketing: true }, context(['marketing'])).categories.marketing).toBe(true);
  });

  it('ignores values that are not booleans', () => {
    const loose = { statistical: 'true', marketing: 1, personalised: null } as unknown as Partial<CategoryChoices>;
    expect(customChoice(previous(false, true, false), loose, context()).categories).toEqual(choices(false, true, false));
  });

  it('keeps technical on when asked to switch it off', () => {
    expect(customChoice(null, { technical: false }, context()).categories.technical).toBe(true);
  });
});

describe('withdrawal()', () => {
  it('denies everything and keeps the consent id', () => {
    expect(withdrawal(previous(true, true, true), context())).toMatchObject({ id: OLD_ID, action: 'withdraw', categories: choices(false, false, false) });
  });
});

describe('applyGpc()', () => {
  it('returns null without a decision', () => {
    expect(applyGpc(null, context(['marketing']))).toBeNull();
  });

  it.each([
    ['GPC denies nothing', previous(true, true, true), []],
    ['marketing already denied', previous(true, false, true), ['marketing']],
    ['every category already denied', previous(false, false, false), ['statistical', 'marketing', 'personalised']],
  ] as const)('returns null when nothing has to change: %s', (_label, before, denied) => {
    expect(applyGpc(before, context(denied))).toBeNull();
  });

  it('denies a granted category GPC covers, keeps the others, and records action gpc', () => {
    expect(applyGpc(previous(true, true, false), context(['marketing']))).toMatchObject({ id: OLD_ID, action: 'gpc', categories: choices(true, false, false) });
  });

  it.each(COMBINATIONS)('never grants: from statistical=%s, marketing=%s, personalised=%s under gpc "all"', (statistical, marketing, personalised) => {
    const result = applyGpc(previous(statistical, marketing, personalised), context(['statistical', 'marketing', 'personalised']));
    const granted = statistical || marketing || personalised;
    expect(result === null ? null : result.categories).toEqual(granted ? choices(false, false, false) : null);
  });
});

describe('the consent id across transitions', () => {
  const transitions: Array<[name: string, run: (before: ConsentState | null) => ConsentState | null]> = [
    ['acceptAll', (before) => acceptAll(before, context())],
    ['rejectAll', (before) => rejectAll(before, context())],
    ['customChoice', (before) => customChoice(before, { statistical: true }, context())],
    ['withdrawal', (before) => withdrawal(before, context())],
    ['applyGpc', (before) => applyGpc(before, context(['statistical', 'marketing', 'personalised']))],
  ];

  it.each(transitions)('is kept across %s', (_name, run) => {
    expect(run(previous(true, true, true))?.id).toBe(OLD_ID);
  });

  it.each(transitions.filter(([name]) => name !== 'applyGpc'))('is the new id for %s without an earlier decision', (_name, run) => {
    expect(run(null)?.id).toBe(NEW_ID);
  });
});

describe('technical across transitions', () => {
  const results: Array<[name: string, state: ConsentState | null]> = [
    ['acceptAll', acceptAll(null, context())],
    ['acceptAll under GPC all', acceptAll(null, context(['statistical', 'marketing', 'personalised']))],
    ['rejectAll', rejectAll(previous(true, true, true), context())],
    ['customChoice all off', customChoice(null, { statistical: false, marketing: false, personalised: false }, context())],
    ['withdrawal', withdrawal(previous(true, true, true), context())],
    ['applyGpc', applyGpc(previous(true, true, true), context(['statistical', 'marketing', 'personalised']))],
    ...COMBINATIONS.map(
      ([statistical, marketing, personalised]) =>
        [`customChoice ${statistical}/${marketing}/${personalised}`, customChoice(previous(!statistical, !marketing, !personalised), { statistical, marketing, personalised }, context())] as [string, ConsentState],
    ),
  ];

  it.each(results)('is granted after %s', (_name, state) => {
    expect(state?.categories.technical).toBe(true);
  });
});
