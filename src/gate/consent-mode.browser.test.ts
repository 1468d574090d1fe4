import { expect } from '@esm-bundle/chai';
import { ensureGtag, pushConsentDefault, pushConsentEvent, pushConsentUpdate } from './consent-mode.js';

type Google = Window & { dataLayer?: unknown[]; gtag?: unknown };
const google = window as Google;

describe('Consent Mode (gate)', () => {
  beforeEach(() => {
    delete google.dataLayer;
    delete google.gtag;
  });

  it('pushes the default as an arguments object, all denied but security, with wait_for_update', () => {
    pushConsentDefault();
    const [entry] = google.dataLayer as IArguments[];
    expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
    expect(Array.from(entry!)).to.deep.equal([
      'consent',
      'default',
      {
        ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
        functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500,
      },
    ]);
  });

  it('keeps a gtag the page already defined', () => {
    const calls: unknown[][] = [];
    google.gtag = (...args: unknown[]) => calls.push(args);
    pushConsentUpdate({ technical: true, statistical: true, marketing: false, personalised: false });
    expect(calls[0]![1]).to.equal('update');
  });

  it('sends updates to a dataLayer the page replaced later', () => {
    ensureGtag();
    google.dataLayer = [];
    pushConsentUpdate({ technical: true, statistical: false, marketing: true, personalised: false });
    expect(google.dataLayer).to.have.length(1);
  });

  it('pushes the samtykke_consent event with the three categories', () => {
    pushConsentEvent({ technical: true, statistical: true, marketing: false, personalised: true });
    expect(google.dataLayer).to.deep.equal([{ event: 'samtykke_consent', samtykke: { statistical: true, marketing: false, personalised: true } }]);
  });
});
