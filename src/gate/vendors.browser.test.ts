import { expect } from '@esm-bundle/chai';
import { syncVendorConsent } from './vendors.js';

type Vendors = Window & { fbq?: unknown; uetq?: unknown; _paq?: unknown };
const vendors = window as Vendors;
const none = { technical: true, statistical: false, marketing: false, personalised: false } as const;
const all = { technical: true, statistical: true, marketing: true, personalised: true } as const;

describe('syncVendorConsent()', () => {
  afterEach(() => {
    delete vendors.fbq;
    delete vendors.uetq;
    delete vendors._paq;
  });

  it('revokes Meta, UET and Matomo when nothing is granted', () => {
    const fbq: unknown[][] = [];
    vendors.fbq = (...args: unknown[]) => fbq.push(args);
    vendors.uetq = [];
    vendors._paq = [];
    syncVendorConsent(none);
    expect(fbq).to.deep.equal([['consent', 'revoke']]);
    expect(vendors.uetq).to.deep.equal(['consent', 'update', { ad_storage: 'denied' }]);
    expect(vendors._paq).to.deep.equal([['forgetConsentGiven']]);
  });

  it('grants them when their categories are granted', () => {
    const fbq: unknown[][] = [];
    vendors.fbq = (...args: unknown[]) => fbq.push(args);
    vendors.uetq = [];
    vendors._paq = [];
    syncVendorConsent(all);
    expect(fbq).to.deep.equal([['consent', 'grant']]);
    expect(vendors.uetq).to.deep.equal(['consent', 'update', { ad_storage: 'granted' }]);
    expect(vendors._paq).to.deep.equal([['setConsentGiven']]);
  });

  it('does nothing for vendors that are not on the page, and survives one that throws', () => {
    vendors.fbq = () => {
      throw new Error('broken pixel');
    };
    expect(() => syncVendorConsent(all)).not.to.throw();
    expect(vendors.uetq).to.equal(undefined);
  });
});
