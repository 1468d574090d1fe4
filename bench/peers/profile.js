// "Where the time goes": extra, unmeasured-in-the-tables page loads of Samtykke, the fastest peer
// of the cell and the floor, at CPU 4× on both networks, with
//  - the request waterfall from Resource Timing (the page's own clock, like the banner probe),
//  - a CDP CPU profile (Profiler, 100 µs sampling) from navigation to banner visible, summed per
//    script file and, for Samtykke, per function (self time). Under CPU throttling the profiler's
//    samples keep their proportions but absolute self times are only indicative.
// The profiler itself slows the page a little: these loads are diagnostic, not part of the tables.
import { open, rejectDecision } from './measure.js';
import { isPeer } from './pages.js';
import { median, table } from './stats.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const short = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '') : '');

/** One load with a CPU profile: first visit (until banner visible) or returning (until load + idle). */
async function profiledLoad(browser, server, pageDef, cell, storageState) {
  const { context, page, cdp, probe } = await open(browser, pageDef, cell, storageState);
  try {
    let documentRequest = null;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!documentRequest && event.type === 'Document') documentRequest = event;
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/p/${pageDef.id}.html`, { waitUntil: 'load', timeout: 60_000 });
    if (!storageState && !(await probe.wait('rendered', 20_000))) throw new Error('no banner');
    await sleep(storageState ? 500 : 300);
    const { profile } = await cdp.send('Profiler.stop');
    const script = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const state = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        banner: window.__bench.rendered,
        timeOrigin: performance.timeOrigin,
        documentEnd: navigation.responseEnd,
        domContentLoaded: navigation.domContentLoadedEventStart,
        resources: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd })),
      };
    });
    // CDP timestamps and the profile share the monotonic clock; wallTime maps it to timeOrigin.
    const navigationMonotonicUs = (state.timeOrigin - (documentRequest.wallTime * 1000 - documentRequest.timestamp * 1000)) * 1000;
    return { state, script, cpu: summariseProfile(profile, navigationMonotonicUs, storageState ? Infinity : state.banner) };
  } finally {
    await context.close();
  }
}

/** Self time per script file and per function, for samples between navigation and banner visible. */
function summariseProfile(profile, navigationUs, untilMs) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFile = new Map();
  const byFunction = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const ms = (at - navigationUs) / 1000;
    if (ms < 0 || ms > untilMs) continue;
    const frame = nodes.get(profile.samples[i]).callFrame;
    if (frame.functionName === '(idle)') continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const file = frame.url && frame.url.startsWith('http')
      ? short(frame.url).replace(/^\/p\//, 'inline scripts of /p/')
      : frame.functionName === '(program)'
        ? '(native: HTML, compile, style, layout, paint)'
        : frame.functionName === '(garbage collector)'
          ? '(garbage collector)'
          : '(built-ins, bench probe, Playwright)';
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    if (frame.url) {
      const key = `${frame.functionName || '(anonymous)'} ${short(frame.url).split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    }
  }
  return { byFile, byFunction };
}

const fmt = (value) => (value === null || value === undefined ? 'n/a' : Math.round(value).toString());

export async function whereTheTimeGoes({ browser, server, pages, samplesIn, cells, quick }) {
  const runs = quick ? 2 : 5;
  const out = ['## Where the time goes', ''];
  out.push(`Diagnostic loads outside the tables: ${runs} per page, CPU 4×, each a fresh context with a CPU profile running (it slows the page a little). Medians. Times are ms since navigation start.`);
  out.push('');
  const floor = pages.find((p) => p.id === 'floor');
  const samtykke = pages.find((p) => p.id === 'samtykke');
  const wanted = [
    { id: '4x-local', cpu: 4, network: 'local', label: 'CPU 4×, localhost' },
    { id: '4x-mobile', cpu: 4, network: 'mobile', label: 'CPU 4×, mobile network' },
  ];
  for (const cell of wanted) {
    // The fastest peer in this cell's table (median banner visible), else Osano.
    const peers = pages.filter(isPeer);
    const measured = cells.some((c) => c.id === cell.id);
    const ranked = peers
      .map((p) => ({ p, v: measured ? median(samplesIn(cell.id, p.id).filter((s) => !s.failed).map((s) => s.first.bannerMs)) : null }))
      .filter((e) => e.v !== null)
      .sort((a, b) => a.v - b.v);
    const fastest = ranked[0]?.p ?? peers.find((p) => p.id === 'osano') ?? peers[0];
    const subjects = [samtykke, fastest, floor].filter(Boolean);
    const loads = new Map(subjects.map((p) => [p.id, []]));
    for (let run = 0; run < runs; run++) {
      for (const pageDef of subjects) {
        try {
          loads.get(pageDef.id).push(await profiledLoad(browser, server, pageDef, cell));
        } catch (error) {
          process.stderr.write(`  profile ${pageDef.id} ${cell.id}: ${String(error.message).split('\n')[0]}\n`);
        }
      }
    }
    out.push(`### ${cell.label}: Samtykke, the fastest peer here (${fastest.name}) and the floor`);
    out.push('');
    // Waterfall: every resource, median start and end, then DOMContentLoaded and the banner.
    const rows = [];
    for (const pageDef of subjects) {
      const list = loads.get(pageDef.id);
      if (!list.length) continue;
      const names = [...new Set(list.flatMap((l) => l.state.resources.map((r) => short(r.name))))];
      rows.push([`**${pageDef.name}**`, '', '', `document received ${fmt(median(list.map((l) => l.state.documentEnd)))}`]);
      for (const name of names) {
        const entries = list.map((l) => l.state.resources.find((r) => short(r.name) === name)).filter(Boolean);
        rows.push([name, fmt(median(entries.map((e) => e.start))), fmt(median(entries.map((e) => e.end))), '']);
      }
      rows.push(['DOMContentLoaded', fmt(median(list.map((l) => l.state.domContentLoaded))), '', '']);
      rows.push(['banner visible', fmt(median(list.map((l) => l.state.banner))), '', '']);
    }
    out.push(table(['request / event', 'start', 'end', ''], rows, ['l', 'r', 'r', 'l']));
    out.push('');
    // Samtykke's critical path, split into its steps.
    const sam = loads.get('samtykke') ?? [];
    if (sam.length) {
      const res = (l, suffix) => l.state.resources.find((r) => short(r.name).endsWith(suffix));
      const step = (fn) => fmt(median(sam.map(fn).filter((v) => Number.isFinite(v))));
      out.push(`Samtykke's banner path (medians): loader requested at ${step((l) => res(l, '/samtykke.js')?.start)} and received at ${step((l) => res(l, '/samtykke.js')?.end)}; ` +
        `the loader then runs for ${step((l) => Math.min(res(l, '/samtykke-ui.js')?.start, res(l, '/locales/en.js')?.start) - res(l, '/samtykke.js')?.end)} ms before it requests the UI (at ${step((l) => res(l, '/samtykke-ui.js')?.start)}) and the locale (at ${step((l) => res(l, '/locales/en.js')?.start)}, in parallel); ` +
        `the UI arrives at ${step((l) => res(l, '/samtykke-ui.js')?.end)} and the locale at ${step((l) => res(l, '/locales/en.js')?.end)}; ` +
        `from the UI's arrival to the banner on screen takes ${step((l) => l.state.banner - Math.max(res(l, '/samtykke-ui.js')?.end, res(l, '/locales/en.js')?.end))} ms ` +
        `(DOMContentLoaded at ${step((l) => l.state.domContentLoaded)}, banner visible at ${step((l) => l.state.banner)}).`);
      out.push('');
    }
    // CPU per file until the banner is visible.
    const files = [...new Set(subjects.flatMap((p) => (loads.get(p.id) ?? []).flatMap((l) => [...l.cpu.byFile.keys()])))];
    const cpuRows = files
      .map((file) => [file, ...subjects.map((p) => median((loads.get(p.id) ?? []).map((l) => l.cpu.byFile.get(file) ?? 0)))])
      .filter((row) => row.slice(1).some((v) => v >= 1))
      .sort((a, b) => Math.max(...b.slice(1)) - Math.max(...a.slice(1)))
      .map((row) => [row[0], ...row.slice(1).map(fmt)]);
    out.push('Main-thread CPU from navigation to banner visible, per script file (profile self time, ms; "native" is everything outside JavaScript):');
    out.push('');
    out.push(table(['file', ...subjects.map((p) => p.name)], cpuRows));
    out.push('');
    if (sam.length) {
      const functions = [...new Set(sam.flatMap((l) => [...l.cpu.byFunction.keys()]))]
        .map((key) => [key, median(sam.map((l) => l.cpu.byFunction.get(key) ?? 0))])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10);
      out.push(`Samtykke's hottest functions before the banner is visible (self time, ms, minified names): ${functions.map(([k, v]) => `\`${k}\` ${v.toFixed(1)}`).join(', ')}.`);
      out.push('');
    }
  }
  // Returning visit, CPU 4× on localhost: Samtykke against the peer with the least returning script time.
  {
    const cell = { id: '4x-local', cpu: 4, network: 'local' };
    const peers = pages.filter((p) => isPeer(p) && p.reject);
    const ranked = peers
      .map((p) => ({ p, v: median(samplesIn(cell.id, p.id).filter((s) => !s.failed).map((s) => s.returning.scriptMs)) }))
      .filter((e) => e.v !== null)
      .sort((a, b) => a.v - b.v);
    const best = ranked[0]?.p ?? peers.find((p) => p.id === 'vanilla');
    const subjects = [samtykke, best].filter(Boolean);
    const loads = new Map(subjects.map((p) => [p.id, []]));
    for (const pageDef of subjects) {
      try {
        const decision = await rejectDecision(browser, server, pageDef);
        for (let run = 0; run < runs; run++) loads.get(pageDef.id).push(await profiledLoad(browser, server, pageDef, cell, decision.storageState));
      } catch (error) {
        process.stderr.write(`  profile returning ${pageDef.id}: ${String(error.message).split('\n')[0]}\n`);
      }
    }
    out.push(`### CPU 4×, localhost, returning visit (stored Reject all): Samtykke and ${best?.name}`);
    out.push('');
    out.push(`ScriptDuration with the profiler running: ${subjects.map((p) => `${p.name} ${fmt(median((loads.get(p.id) ?? []).map((l) => l.script)))} ms`).join(', ')}. CPU per file over the whole load (profile self time, ms):`);
    out.push('');
    const files = [...new Set(subjects.flatMap((p) => (loads.get(p.id) ?? []).flatMap((l) => [...l.cpu.byFile.keys()])))];
    out.push(table(['file', ...subjects.map((p) => p.name)], files
      .map((file) => [file, ...subjects.map((p) => median((loads.get(p.id) ?? []).map((l) => l.cpu.byFile.get(file) ?? 0)))])
      .filter((row) => row.slice(1).some((v) => v >= 1))
      .sort((a, b) => Math.max(...b.slice(1)) - Math.max(...a.slice(1)))
      .map((row) => [row[0], ...row.slice(1).map(fmt)])));
    out.push('');
    const sam = loads.get('samtykke') ?? [];
    if (sam.length) {
      const functions = [...new Set(sam.flatMap((l) => [...l.cpu.byFunction.keys()]))]
        .map((key) => [key, median(sam.map((l) => l.cpu.byFunction.get(key) ?? 0))])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8);
      out.push(`Samtykke's hottest functions on a returning visit (self time, ms): ${functions.map(([k, v]) => `\`${k}\` ${v.toFixed(1)}`).join(', ')}.`);
      out.push('');
    }
  }
  return out.join('\n');
}
