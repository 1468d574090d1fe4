import { describe, expect, it } from 'vitest';
import { REFUSABLE_CATEGORIES as SDK_REFUSABLE } from '../src/core/categories.js';
import { LANGUAGES } from '../src/core/config.js';
import { CONSENT_ACTIONS } from '../src/core/consent-state.js';
import { ACTIONS, LOCALES, REFUSABLE_CATEGORIES } from './vocabulary.js';

// The collector keeps its own copy of the vocabularies (it is compiled apart from src/); this keeps
// the copies equal to what the SDK sends.
describe('server vocabulary', () => {
  it('has the SDK languages as locales', () => {
    expect([...LOCALES]).toEqual([...LANGUAGES]);
  });

  it('has the SDK actions', () => {
    expect([...ACTIONS]).toEqual([...CONSENT_ACTIONS]);
  });

  it('has the SDK refusable categories', () => {
    expect([...REFUSABLE_CATEGORIES]).toEqual([...SDK_REFUSABLE]);
  });
});
