// The in-page probe, added as an init script (it runs before any script of the page, in every
// page load). The same code for every page; only the function that finds the banner box differs.
//
// - Banner visible: on every animation frame (rAF) the probe looks for the banner box and records
//   performance.now() (ms since navigation start) of the first frame in which it is *rendered*:
//   connected, non-zero width and height, display not none, visibility visible, and an opacity
//   above 0 on it and every ancestor (across shadow roots). A second time, *in view*, also needs the
//   box to overlap the viewport (banners that slide in from below the fold are rendered before
//   they are in view). The loop stops once both are known. Each is also reported to the harness
//   through a Playwright binding (__benchNotify), so the harness never polls the page meanwhile.
// - Layout shifts (CLS, excluding shifts after input) and long tasks: PerformanceObserver, buffered.
// - Every trusted click, by its event timeStamp, in the capture phase on window (before any handler
//   of the tool): the start of "click to held-back script".
export function probeSource(findBanner) {
  return `(() => {
  const find = ${findBanner};
  const state = { rendered: null, inView: null, cls: 0, shifts: 0, longTasks: [], clicks: [], frames: 0 };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) { state.cls += entry.value; state.shifts++; }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('click', (event) => { if (event.isTrusted) state.clicks.push(event.timeStamp); }, true);
  const shown = (element) => {
    if (!element || !element.isConnected) return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible') return false;
    for (let node = element; node; ) {
      const s = getComputedStyle(node);
      if (s.display === 'none' || Number(s.opacity) <= 0) return false;
      node = node.parentElement || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
    }
    return true;
  };
  const inView = (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  Object.defineProperty(window, '__benchBannerShown', { value: () => { try { return shown(find()); } catch { return false; } } });
  const tick = () => {
    state.frames++;
    let element = null;
    try { element = find(); } catch {}
    if (shown(element)) {
      const now = performance.now();
      if (state.rendered === null) {
        state.rendered = now;
        if (typeof window.__benchNotify === 'function') window.__benchNotify('rendered');
      }
      if (state.inView === null && inView(element)) {
        state.inView = now;
        if (typeof window.__benchNotify === 'function') window.__benchNotify('inView');
      }
    }
    if ((state.rendered === null || state.inView === null) && !state.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}
