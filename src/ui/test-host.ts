/**
 * Test-only: a UiHost that records what the UI asks of it, standing in for the loader. Not exported
 * from the UI entry, so it never reaches a bundle.
 */
import type { Category, CategoryChoices } from '../core/categories.js';
import type { Language, Layout, SamtykkeConfig, Variant } from '../core/config.js';
import type { ConsentState } from '../core/consent-state.js';
import type { UiController, UiHost } from './ui-host.js';

export interface TestHostOptions {
  config?: Partial<SamtykkeConfig>;
  language?: Language;
  variant?: Variant | null;
  layout?: Layout;
  gpc?: boolean;
  gpcDenied?: Category[];
  consent?: ConsentState | null;
}

export interface DecideCall {
  action: 'accept_all' | 'reject_all' | 'custom';
  choices: CategoryChoices;
  source: 'banner' | 'preferences';
}

export interface TestHost {
  host: UiHost;
  calls: {
    decide: DecideCall[];
    allow: Array<readonly Category[]>;
    showOnce: Element[];
    bannerShown: Array<{ textHash: string }>;
  };
  /** The stored decision `getConsent()` returns; decisions update it. */
  consent: ConsentState | null;
  /** Once set, decisions close the UI through it, as the loader does (banner first, then preferences). */
  controller: UiController | null;
}

export function testConsent(categories: Partial<CategoryChoices>, overrides: Partial<ConsentState> = {}): ConsentState {
  return {
    id: '6f1c1e2a-3b4d-4c5e-8f60-718293a4b5c6',
    timestamp: '2026-11-20T10:15:00.000Z',
    expires: '2027-05-21T10:15:00.000Z',
    revision: 3,
    action: 'custom',
    categories: { technical: true, statistical: false, marketing: false, personalised: false, ...categories },
    ...overrides,
  };
}

/** A validated config as the loader would hand it over, for the Coworking Plus example site. */
export function testConfig(overrides: Partial<SamtykkeConfig> = {}): SamtykkeConfig {
  return {
    controller: 'Coworking Plus ApS',
    policyUrl: '/privatliv',
    revision: 3,
    maxAgeDays: 182,
    language: 'auto',
    cookie: { name: 'samtykke', sameSite: 'Lax', secure: 'auto' },
    consentMode: 'basic',
    gpc: 'marketing',
    endpoint: null,
    layout: 'box',
    floatingButton: 'left',
    reloadOnWithdraw: true,
    theme: 'light',
    categories: {},
    variants: [],
    texts: {},
    debug: false,
    ...overrides,
  };
}

export function createTestHost(options: TestHostOptions = {}): TestHost {
  const config = testConfig(options.config);
  const test: TestHost = {
    calls: { decide: [], allow: [], showOnce: [], bannerShown: [] },
    consent: options.consent ?? null,
    controller: null,
    host: {
      config,
      textsChecked: Promise.resolve(),
      language: options.language ?? 'en',
      variant: options.variant ?? null,
      layout: options.layout ?? options.variant?.layout ?? config.layout,
      gpc: options.gpc ?? false,
      gpcDenied: options.gpcDenied ?? [],
      getConsent: () => (test.consent ? { ...test.consent, categories: { ...test.consent.categories } } : null),
      async decide(action, choices, source) {
        test.calls.decide.push({ action, choices: { ...choices }, source });
        test.consent = testConsent({ ...choices, technical: true }, { action, revision: config.revision, timestamp: new Date().toISOString() });
        test.controller?.hideBanner();
        test.controller?.hidePreferences();
        return { ...test.consent };
      },
      async allow(categories) {
        test.calls.allow.push([...categories]);
        const granted = Object.fromEntries(categories.map((category) => [category, true]));
        test.consent = testConsent({ ...test.consent?.categories, ...granted });
        return { ...test.consent };
      },
      showOnce(element) {
        test.calls.showOnce.push(element);
      },
      bannerShown(details) {
        test.calls.bannerShown.push(details);
      },
    },
  };
  return test;
}
