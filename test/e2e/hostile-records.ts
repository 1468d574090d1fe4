import type { ConsentRecordBody, ImpressionBody } from '../../server/schemas.js';
import type { ConsentStore, ReceivedImpression, ReceivedRecord } from '../../server/store/types.js';
import { validImpression, validRecord } from '../../server/test/fixtures.js';

/**
 * Rows whose strings are markup, for test/e2e/dashboard.test.ts. The collector's schemas refuse all
 * of them, so they are written with the store directly, as an older collector, a restored backup or
 * someone with database access could have left them. Each payload sets `window.__pwned` to its own
 * number if it ever runs.
 */

/** Banner variant ids, in the order the collector sorts them (by UTF-16 code units). */
export const HOSTILE_VARIANTS = [
  '"><svg onload=window.__pwned=1>',
  '</script><script>window.__pwned=2</script>',
  '<img src=x onerror=window.__pwned=3>',
  // Not markup: interpolation and nesting syntax of i18next, and an entity, which must stay literal too.
  '{{control}} $t(variants.heading) &lt;b&gt;',
] as const;

export const HOSTILE_LOCALE = '<img src=x onerror=window.__pwned=4>';
export const HOSTILE_DEVICE = '<svg/onload=window.__pwned=5>';

/** The fields of the first record of the consent id that the look-up test shows. */
export const HOSTILE_PROOF = {
  action: '<img src=x onerror=window.__pwned=6>',
  source: '</script><script>window.__pwned=7</script>',
  timestamp: '"><svg onload=window.__pwned=8>',
  pageUrl: 'javascript:window.__pwned=9//<a href="javascript:window.__pwned=9">link</a>',
  bannerVersion: '<iframe srcdoc="<script>parent.__pwned=10</script>"></iframe>',
  textHash: '<style>*{display:none}</style><b>hash</b>',
  variant: HOSTILE_VARIANTS[0],
  locale: HOSTILE_LOCALE,
  device: HOSTILE_DEVICE,
} as const;

/** The receipt time of the second record, shown by the look-up as it is. */
export const HOSTILE_RECEIVED_AT = '<img src=x onerror=window.__pwned=11>';

const DAY_MS = 86_400_000;

// The store takes what it is given; these casts are the point of the test, not a shortcut around a check.
const asRecord = (fields: Record<string, unknown>): ConsentRecordBody => ({ ...validRecord(), ...fields }) as ConsentRecordBody;
const asImpression = (fields: Record<string, unknown>): ImpressionBody => ({ ...validImpression(), ...fields }) as ImpressionBody;

/**
 * Yesterday (inside the dashboard's default 30 days): per hostile variant, three impressions and one
 * decision; one impression and the first proof record with the hostile locale and device; then a
 * second record of the same consent id received at a hostile "time".
 */
export function storeHostileStrings(consentId: string): (store: ConsentStore) => Promise<unknown> {
  return async (store) => {
    const receivedAt = new Date(Date.now() - DAY_MS).toISOString();
    const impressions: ReceivedImpression[] = HOSTILE_VARIANTS.flatMap((variant) =>
      Array.from({ length: 3 }, () => ({ impression: asImpression({ variant }), receivedAt })),
    );
    impressions.push({ impression: asImpression({ variant: HOSTILE_PROOF.variant, locale: HOSTILE_LOCALE, device: HOSTILE_DEVICE }), receivedAt });
    const records: ReceivedRecord[] = HOSTILE_VARIANTS.map((variant) => ({ record: asRecord({ variant, action: 'accept_all' }), receivedAt }));
    records.push({ record: asRecord({ consentId, ...HOSTILE_PROOF }), receivedAt });
    records.push({ record: asRecord({ consentId, action: 'reject_all' }), receivedAt: HOSTILE_RECEIVED_AT });
    await store.write({ records, impressions });
  };
}
