import type { DayRange } from './date-range.js';
import { parseHistory, parseStats, type ConsentHistory, type GroupBy, type StatsResponse } from './stats-response.js';

/** The collector answered with an error status; `message` is its own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer (collector down, wrong address, CORS refused, offline). */
export class NetworkError extends Error {
  constructor(readonly url: string, options?: { cause?: unknown }) {
    super(`no answer from ${url}`, options);
    this.name = 'NetworkError';
  }
}

/**
 * The collector's base URL, without a trailing slash. Empty or missing means the dashboard's own
 * origin (the collector serves the dashboard at /dashboard/).
 */
export function collectorBase(endpoint: string | null | undefined, pageOrigin: string): string {
  const trimmed = (endpoint ?? '').trim();
  if (!trimmed) return pageOrigin;
  return new URL(trimmed, `${pageOrigin}/`).href.replace(/\/+$/, '');
}

export function apiUrl(base: string, path: string, query: Record<string, string | undefined> = {}): string {
  const url = new URL(`${base}${path}`);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

/** The file name from `Content-Disposition: attachment; filename="…"`, if it is a plain, safe one. */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename="([\w.-]+)"/i.exec(header) : null;
  return match?.[1] ?? null;
}

export interface DashboardApiOptions {
  /** From `collectorBase()`. */
  base: string;
  token: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * The admin endpoints of contract section 7, with the bearer token. Answers are checked before use;
 * errors come back as ApiError (with the collector's status and message) or NetworkError.
 */
export class DashboardApi {
  readonly base: string;
  private readonly token: string;
  private readonly fetcher: typeof fetch;

  constructor(options: DashboardApiOptions) {
    this.base = options.base;
    this.token = options.token;
    this.fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async stats(range: DayRange, groupBy?: GroupBy, signal?: AbortSignal): Promise<StatsResponse> {
    const response = await this.get(apiUrl(this.base, '/api/v1/stats', { from: range.from, to: range.to, groupBy }), signal);
    return parseStats(await response.json());
  }

  async history(consentId: string, signal?: AbortSignal): Promise<ConsentHistory> {
    const response = await this.get(apiUrl(this.base, `/api/v1/consents/${encodeURIComponent(consentId.trim())}`), signal);
    return parseHistory(await response.json());
  }

  /** The CSV export of the range as a Blob, with the file name the collector suggests. */
  async exportCsv(range: DayRange, signal?: AbortSignal): Promise<{ blob: Blob; filename: string }> {
    const response = await this.get(apiUrl(this.base, '/api/v1/export.csv', { from: range.from, to: range.to }), signal);
    const filename = attachmentName(response.headers.get('content-disposition')) ?? `samtykke-consents-${range.from}-${range.to}.csv`;
    return { blob: await response.blob(), filename };
  }

  private async get(url: string, signal?: AbortSignal): Promise<Response> {
    let response: Response;
    try {
      // credentials: 'omit': the token is the only credential; no cookie is ever sent or set.
      response = await this.fetcher(url, { headers: { authorization: `Bearer ${this.token}` }, credentials: 'omit', cache: 'no-store', ...(signal ? { signal } : {}) });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(url, { cause: error });
    }
    if (!response.ok) throw await apiError(response);
    return response;
  }
}

async function apiError(response: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    if (typeof error === 'object' && error !== null) {
      const { code: bodyCode, message: bodyMessage } = error as { code?: unknown; message?: unknown };
      if (typeof bodyCode === 'string') code = bodyCode;
      if (typeof bodyMessage === 'string') message = bodyMessage;
    }
  } catch {
    // Not the collector's JSON error shape (a proxy's HTML page, say): keep the status text.
  }
  return new ApiError(response.status, code, message);
}
