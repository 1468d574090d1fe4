/**
 * `localStorage` or `sessionStorage`, or undefined where reading the property throws (storage disabled
 * by the browser, a sandboxed frame).
 */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}
