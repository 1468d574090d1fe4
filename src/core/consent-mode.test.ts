import { describe, expect, it } from 'vitest';
import type { CategoryChoices } from './categories.js';
import { WAIT_FOR_UPDATE_MS, toConsentMode } from './consent-mode.js';

const signal = (granted: boolean) => (granted ? 'granted' : 'denied');

/** All 8 combinations of the three refusable categories. */
const COMBINATIONS: Array<[statistical: boolean, marketing: boolean, personalised: boolean]> = [false, true].flatMap((statistical) =>
  [false, true].flatMap((marketing) => [false, true].map((personalised) => [statistical, marketing, personalised] as [boolean, boolean, boolean])),
);

describe('toConsentMode()', () => {
  it.each(COMBINATIONS)('maps statistical=%s, marketing=%s, personalised=%s to exactly the seven signals', (statistical, marketing, personalised) => {
    const categories: CategoryChoices = { technical: true, statistical, marketing, personalised };
    expect(toConsentMode(categories)).toStrictEqual({
      ad_storage: signal(marketing),
      ad_user_data: signal(marketing),
      ad_personalization: signal(marketing),
      analytics_storage: signal(statistical),
      functionality_storage: signal(personalised),
      personalization_storage: signal(personalised),
      security_storage: 'granted',
    });
  });

  it('grants security_storage even if technical were false', () => {
    expect(toConsentMode({ technical: false, statistical: false, marketing: false, personalised: false }).security_storage).toBe('granted');
  });

  it('maps personalised to site personalisation, not to ad_personalization', () => {
    const signals = toConsentMode({ technical: true, statistical: false, marketing: false, personalised: true });
    expect(signals.ad_personalization).toBe('denied');
    expect(signals.personalization_storage).toBe('granted');
  });
});

describe('WAIT_FOR_UPDATE_MS', () => {
  it('is the 500 ms the contract names', () => {
    expect(WAIT_FOR_UPDATE_MS).toBe(500);
  });
});
