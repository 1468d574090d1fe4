import { describe, expect, it } from 'vitest';
import { ApiError, DashboardApi, NetworkError, apiUrl, attachmentName, collectorBase } from './api-client.js';
import { figures } from './test-data.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(answer: (url: string) => Response | Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return answer(String(input));
  }) as typeof fetch;
  return { fetch: fetcher, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const stats = { from: '2026-11-01', to: '2026-11-30', ...figures({ impressions: 10, actions: { accept_all: 4 } }) };

describe('collectorBase()', () => {
  it.each([
    ['', 'https://admin.example.dk'],
    [null, 'https://admin.example.dk'],
    ['https://consent.example.com', 'https://consent.example.com'],
    ['https://consent.example.com/', 'https://consent.example.com'],
    ['https://example.com/samtykke/', 'https://example.com/samtykke'],
    ['/collector', 'https://admin.example.dk/collector'],
  ])('%s → %s', (endpoint, expected) => {
    expect(collectorBase(endpoint, 'https://admin.example.dk')).toBe(expected);
  });
});

describe('apiUrl()', () => {
  it('joins the path and encodes the query, leaving out undefined values', () => {
    expect(apiUrl('https://c.example', '/api/v1/stats', { from: '2026-11-01', to: '2026-11-30', groupBy: undefined })).toBe(
      'https://c.example/api/v1/stats?from=2026-11-01&to=2026-11-30',
    );
  });
});

describe('attachmentName()', () => {
  it.each([
    ['attachment; filename="samtykke-consents-2026-11-01-2026-11-30.csv"', 'samtykke-consents-2026-11-01-2026-11-30.csv'],
    ['attachment; filename="../../etc/passwd"', null],
    ['attachment', null],
    [null, null],
  ])('%s → %s', (header, expected) => {
    expect(attachmentName(header)).toBe(expected);
  });
});

describe('DashboardApi', () => {
  it('sends the bearer token, omits cookies, and checks the answer', async () => {
    const { fetch, calls } = fakeFetch(() => json(stats));
    const api = new DashboardApi({ base: 'https://c.example', token: 'secret', fetch });
    expect(await api.stats({ from: '2026-11-01', to: '2026-11-30' }, 'variant')).toEqual(stats);
    expect(calls[0]!.url).toBe('https://c.example/api/v1/stats?from=2026-11-01&to=2026-11-30&groupBy=variant');
    expect(calls[0]!.init?.headers).toEqual({ authorization: 'Bearer secret' });
    expect(calls[0]!.init?.credentials).toBe('omit');
  });

  it('turns a 401 into an ApiError with the collector’s message', async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: 'unauthorized', message: 'the bearer token is not the admin token' } }, 401));
    const api = new DashboardApi({ base: 'https://c.example', token: 'wrong', fetch });
    const error = await api.stats({ from: '2026-11-01', to: '2026-11-30' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'the bearer token is not the admin token' });
  });

  it('keeps the status text when the error body is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await new DashboardApi({ base: 'https://c.example', token: 't', fetch }).history('x').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, code: 'http_error', message: 'Bad Gateway' });
  });

  it('turns a failed fetch into a NetworkError', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await new DashboardApi({ base: 'https://c.example', token: 't', fetch }).stats({ from: '2026-11-01', to: '2026-11-30' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('encodes the consent id into the path', async () => {
    const { fetch, calls } = fakeFetch(() => json({ consentId: 'a', records: [] }));
    await new DashboardApi({ base: 'https://c.example', token: 't', fetch }).history(' ../stats?x ');
    expect(calls[0]!.url).toBe('https://c.example/api/v1/consents/..%2Fstats%3Fx');
  });

  it('downloads the export with the suggested file name', async () => {
    const { fetch } = fakeFetch(
      () => new Response('receivedAt,consentId\n', { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="samtykke-consents-2026-11-01-2026-11-30.csv"' } }),
    );
    const { blob, filename } = await new DashboardApi({ base: 'https://c.example', token: 't', fetch }).exportCsv({ from: '2026-11-01', to: '2026-11-30' });
    expect(filename).toBe('samtykke-consents-2026-11-01-2026-11-30.csv');
    expect(await blob.text()).toBe('receivedAt,consentId\n');
  });
});
