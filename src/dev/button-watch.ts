import { checkButtonWeight, type ButtonLook } from './button-weight.js';
import type { ButtonSurface, Finding, WeightRule } from './findings.js';

type Report = (finding: Finding, element?: Element) => void;

/** The elements with an Accept all and a Reject all button, and the part whose background is behind them. */
const SURFACES: Record<string, { surface: ButtonSurface; backdropPart: string }> = {
  'samtykke-banner': { surface: 'banner', backdropPart: 'banner' },
  'samtykke-preferences': { surface: 'preferences', backdropPart: 'dialog' },
};

/** The rules a hover background would upset. */
const COLOUR_RULES = new Set<WeightRule>(['background', 'text-contrast']);

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

function readLook(button: Element): ButtonLook {
  const style = getComputedStyle(button);
  const box = button.getBoundingClientRect();
  const sides = (read: (side: (typeof SIDES)[number]) => string) => SIDES.map(read) as unknown as readonly [string, string, string, string];
  return {
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    fontFamily: style.fontFamily,
    padding: sides((side) => style.getPropertyValue(`padding-${side}`)),
    borderWidth: sides((side) => style.getPropertyValue(`border-${side}-width`)),
    color: style.color,
    backgroundColor: style.backgroundColor,
    opacity: style.opacity,
    textDecorationLine: style.textDecorationLine,
    width: box.width,
    height: box.height,
  };
}

/** After the element has rendered and been laid out: two frames, as the first one may run before layout settles. */
const afterRender = (callback: () => void): void => void requestAnimationFrame(() => requestAnimationFrame(callback));

/**
 * Requirement R9 in the page: each `<samtykke-banner>` when it is shown (at start, later, again after a
 * withdrawal) and each `<samtykke-preferences>` dialog when it opens has its Accept all and Reject all
 * buttons compared as rendered, with the site's theme applied. Runs until the page goes: dev mode only.
 */
export function watchButtonWeight(report: Report): void {
  const watchedDialogs = new WeakSet<Element>();

  function check(host: Element, surface: ButtonSurface, backdropPart: string): void {
    const root = host.shadowRoot;
    if (!host.isConnected || !root) return;
    const accept = root.querySelector('[part~="accept-all"]');
    const reject = root.querySelector('[part~="reject-all"]');
    if (!accept || !reject) return;
    // A button under the pointer shows its hover background (a new banner can appear right under it):
    // its colours are compared once the pointer has left it, everything else now.
    const hovered = [accept, reject].find((button) => button.matches(':hover'));
    if (hovered) hovered.addEventListener('pointerleave', () => afterRender(() => check(host, surface, backdropPart)), { once: true });
    const backdrop = root.querySelector(`[part~="${backdropPart}"]`) ?? host;
    for (const finding of checkButtonWeight(readLook(accept), readLook(reject), getComputedStyle(backdrop).backgroundColor, surface)) {
      if (!hovered || !COLOUR_RULES.has(finding.rule)) report(finding, host);
    }
  }

  /** The preferences element stays in the page between openings: check each time its dialog opens. */
  function watchDialog(host: Element, backdropPart: string): void {
    if (watchedDialogs.has(host)) return;
    watchedDialogs.add(host);
    // Loaded lazily: its shadow root exists once the element is defined and connected.
    void customElements.whenDefined(host.localName).then(() => {
      const root = host.shadowRoot;
      if (!root) return;
      const checkIfOpen = (): void => {
        if (root.querySelector('dialog[open]')) afterRender(() => check(host, 'preferences', backdropPart));
      };
      new MutationObserver(checkIfOpen).observe(root, { subtree: true, attributes: true, attributeFilter: ['open'] });
      checkIfOpen();
    });
  }

  function found(element: Element): void {
    const known = SURFACES[element.localName];
    if (!known) return;
    if (known.surface === 'preferences') watchDialog(element, known.backdropPart);
    else afterRender(() => check(element, known.surface, known.backdropPart));
  }

  document.querySelectorAll(Object.keys(SURFACES).join(',')).forEach(found);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => node instanceof Element && found(node));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
