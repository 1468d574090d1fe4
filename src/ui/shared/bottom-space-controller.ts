const SCROLL_PADDING = 'scroll-padding-bottom';
const PADDING = 'padding-bottom';

/**
 * Keeps a fixed overlay at the bottom of the viewport from hiding what the visitor focuses
 * (WCAG 2.4.11 Focus Not Obscured, whose Understanding text names cookie banners).
 *
 * Between `connect()` and `disconnect()` (the owning element's connected and disconnected callbacks),
 * the page root gets `scroll-padding-bottom` equal to the height the
 * overlay covers, so focusing or scrolling to an element stops above the overlay, and as much extra
 * `padding-bottom`, so even the last element of the page can scroll clear of it. The padding only
 * lengthens the page at its end, so nothing moves. Both follow the overlay's size (ResizeObserver),
 * and disconnecting puts back exactly the inline values the page had.
 *
 * One exception keeps the layout shift at zero: on a page too short to scroll, the padding would add
 * a classic (non-overlay) scrollbar, narrowing and shifting the page. There the padding waits until
 * the visitor focuses something the overlay covers; a shift right after input does not count as a
 * layout shift (Layout Instability API, `hadRecentInput`), and the element is then scrolled clear.
 */
export class BottomSpaceController {
  private observer: ResizeObserver | undefined;
  private observed: Element | null = null;
  private saved: Array<[property: string, value: string, priority: string]> = [];
  private baseScrollPadding = 'auto';
  private basePadding = '0px';
  private covered = 0;
  private measured = false;
  /** The padding is in place. */
  private padded = false;

  constructor(
    /** The overlay element itself: focus inside it needs no room. */
    private readonly host: Element,
    /** The overlay's box; null until rendered. */
    private readonly overlay: () => Element | null,
  ) {}

  connect(): void {
    const root = document.documentElement;
    this.saved = [SCROLL_PADDING, PADDING].map((property) => [property, root.style.getPropertyValue(property), root.style.getPropertyPriority(property)]);
    // The page's own paddings are read in the first reserve(), where style is already up to date:
    // reading them here would force a style pass before the banner's first paint.
    this.measured = false;
    this.observer = new ResizeObserver(() => this.reserve());
    document.addEventListener('focusin', this.onFocusIn);
  }

  /** Follows the overlay's box; call after every render that may have replaced it. */
  track(): void {
    const overlay = this.overlay();
    if (overlay === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = overlay;
    if (overlay) this.observer.observe(overlay);
  }

  disconnect(): void {
    document.removeEventListener('focusin', this.onFocusIn);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = null;
    this.restore(SCROLL_PADDING);
    this.restore(PADDING);
    this.saved = [];
    this.padded = false;
  }

  private reserve(): void {
    if (!this.observed?.isConnected) return;
    const root = document.documentElement;
    // Everything is read before anything is written: ResizeObserver runs after layout, so these reads
    // cost nothing, and the page is laid out again at most once below.
    if (!this.measured) {
      const computed = getComputedStyle(root);
      this.baseScrollPadding = computed.scrollPaddingBottom || 'auto';
      this.basePadding = computed.paddingBottom || '0px';
      this.measured = true;
    }
    this.covered = Math.max(0, Math.ceil(window.innerHeight - this.observed.getBoundingClientRect().top));
    const width = root.clientWidth;
    const scrolls = root.scrollHeight > root.clientHeight;
    root.style.setProperty(SCROLL_PADDING, this.baseScrollPadding === 'auto' ? `${this.covered}px` : `calc(${this.baseScrollPadding} + ${this.covered}px)`);
    this.pad();
    // A scrollbar appeared (the page did not scroll before): undone before the next paint, so no shift
    // is ever shown; onFocusIn adds the padding when it is needed. A page that already scrolls cannot
    // gain a scrollbar, so it needs no second layout to check.
    if (!this.padded && !scrolls && root.clientWidth < width) this.restore(PADDING);
    else this.padded = true;
  }

  private pad(): void {
    document.documentElement.style.setProperty(PADDING, `calc(${this.basePadding} + ${this.covered}px)`);
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target;
    if (this.padded || !(target instanceof Element) || target === this.host || !this.observed) return;
    const box = target.getBoundingClientRect();
    const overlay = this.observed.getBoundingClientRect();
    const overlaps = box.bottom > overlay.top && box.right > overlay.left && box.left < overlay.right;
    if (!overlaps) return;
    this.pad();
    this.padded = true;
    target.scrollIntoView({ block: 'nearest' });
  };

  private restore(property: string): void {
    const saved = this.saved.find(([name]) => name === property);
    if (!saved) return;
    const [, value, priority] = saved;
    if (value) document.documentElement.style.setProperty(property, value, priority);
    else document.documentElement.style.removeProperty(property);
  }
}
