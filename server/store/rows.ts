import type { Selectable } from 'kysely';
import type { ConsentRecordBody } from '../schemas.js';
import type { Action, Device, Locale, Source } from '../vocabulary.js';
import type { ConsentRecordTable } from './database.js';
import type { ReceivedRecord } from './types.js';

type RecordRow = Selectable<ConsentRecordTable>;
export type RecordInsert = Omit<RecordRow, 'id' | 'statistical' | 'marketing' | 'personalised' | 'gpc'> & {
  statistical: number;
  marketing: number;
  personalised: number;
  gpc: number;
};

// Booleans are written as 0/1: better-sqlite3 cannot bind booleans and PostgreSQL reads '1' as true.
const flag = (value: boolean): number => (value ? 1 : 0);
const isSet = (value: boolean | number): boolean => value === true || value === 1;

/** The inserted columns, in the order the batched INSERT binds them. */
export const RECORD_COLUMNS = [
  'consent_id',
  'client_timestamp',
  'action',
  'statistical',
  'marketing',
  'personalised',
  'revision',
  'locale',
  'banner_version',
  'text_hash',
  'variant',
  'source',
  'gpc',
  'page_url',
  'device',
  'received_at',
] as const satisfies ReadonlyArray<keyof RecordInsert>;

export function toRecordRow({ record, receivedAt }: ReceivedRecord): RecordInsert {
  return {
    consent_id: record.consentId.toLowerCase(),
    client_timestamp: record.timestamp,
    action: record.action,
    statistical: flag(record.categories.statistical),
    marketing: flag(record.categories.marketing),
    personalised: flag(record.categories.personalised),
    revision: record.revision,
    locale: record.locale,
    banner_version: record.bannerVersion,
    text_hash: record.textHash,
    variant: record.variant,
    source: record.source,
    gpc: flag(record.gpc),
    page_url: record.pageUrl,
    device: record.device,
    received_at: receivedAt,
  };
}

/**
 * Rebuilds the record as the SDK sent it. The columns only ever hold values that passed the request
 * schema, so the narrowing casts to the vocabularies below restate what validation already proved.
 */
export function fromRecordRow(row: RecordRow): ReceivedRecord {
  const record: ConsentRecordBody = {
    consentId: row.consent_id,
    timestamp: row.client_timestamp,
    action: row.action as Action,
    // technical is not stored: the schema only accepts true.
    categories: {
      technical: true,
      statistical: isSet(row.statistical),
      marketing: isSet(row.marketing),
      personalised: isSet(row.personalised),
    },
    revision: Number(row.revision),
    locale: row.locale as Locale,
    bannerVersion: row.banner_version,
    textHash: row.text_hash,
    variant: row.variant,
    source: row.source as Source,
    gpc: isSet(row.gpc),
    pageUrl: row.page_url,
    device: row.device as Device,
  };
  return { record, receivedAt: row.received_at };
}
