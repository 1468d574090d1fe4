/** The focused element, looking inside open shadow roots (ours and the page's). */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses the first of `candidates` that can still take focus (connected, not `<body>`); true if one did. */
export function restoreFocus(...candidates: Array<Element | null | undefined>): boolean {
  for (const candidate of candidates) {
    if (candidate instanceof HTMLElement && candidate.isConnected && candidate !== document.body) {
      candidate.focus();
      if (deepActiveElement() === candidate) return true;
    }
  }
  return false;
}

/**
 * Resolves once the browser has painted the current DOM: focusing forces a synchronous style and
 * layout pass, which before the first paint only delays the banner reaching the screen. A hidden tab
 * runs no animation frames, so a timer stands in after a short wait.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });
}
