/**
 * Sends one JSON body to the collector without ever throwing or delaying the page. The body goes as
 * `text/plain` so the cross-origin POST is a "simple" request: no CORS preflight, and sendBeacon may
 * use it. The beacon survives a reload right after a withdrawal; fetch with keepalive is the fallback.
 */
export function sendToCollector(endpoint: string, path: '/api/v1/consents' | '/api/v1/impressions', body: unknown): void {
  try {
    const url = endpoint + path;
    const json = JSON.stringify(body);
    if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, json)) return;
    fetch(url, { method: 'POST', body: json, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => {
      // Nothing to do: proof is best effort from the browser; the decision itself is already stored.
    });
  } catch {
    // Same as above: never let telemetry break a decision.
  }
}
