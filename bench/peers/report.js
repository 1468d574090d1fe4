// Turns the samples into the Markdown report: bytes per page view, then one table per cell for the
// first visit and one for the returning visit, then Samtykke against its targets.
import { isPeer } from './pages.js';
import { fmtMedian, fmtRange, kb, median, table } from './stats.js';

const pick = (samples, fn) => samples.map((s) => (s.failed ? null : fn(s)));

function bytesTable(pages, samplesOf) {
  const rows = pages.map((p) => {
    const samples = samplesOf(p.id).filter((s) => !s.failed);
    const col = (visit) => {
      const files = samples.map((s) => s[visit].files);
      if (files.length === 0) return ['n/a', 'n/a', 'n/a', 'n/a'];
      const counts = new Set(files.map((f) => `${f.count}/${f.br}`));
      const varies = counts.size > 1 ? ' *' : '';
      return [`${median(files.map((f) => f.count))}${varies}`, kb(median(files.map((f) => f.raw))), kb(median(files.map((f) => f.gzip))), kb(median(files.map((f) => f.br)))];
    };
    return [p.name, ...col('first'), ...col('returning')];
  });
  return table(['page', 'first: files', 'raw KB', 'gzip KB', 'br KB', 'returning: files', 'raw KB', 'gzip KB', 'br KB'], rows);
}

function leakCell(values) {
  const finite = values.filter((v) => typeof v === 'number');
  if (finite.length === 0) return 'n/a';
  const samplesWithLeak = finite.filter((v) => v > 0).length;
  const total = finite.reduce((a, b) => a + b, 0);
  return `${total} in ${samplesWithLeak}/${finite.length}`;
}

function firstVisitTable(pages, samplesOf) {
  const rows = pages.map((p) => {
    const s = samplesOf(p.id);
    return [
      p.name,
      fmtRange(pick(s, (x) => x.first.bannerMs)),
      fmtRange(pick(s, (x) => x.first.inViewMs)),
      fmtRange(pick(s, (x) => x.first.scriptMs)),
      `${fmtMedian(pick(s, (x) => x.first.longTasks.count))} / ${fmtMedian(pick(s, (x) => x.first.longTasks.totalMs))}`,
      fmtRange(pick(s, (x) => x.first.cls), { digits: 3 }),
      fmtRange(pick(s, (x) => x.first.heap), { digits: 2, scale: 1e-6 }),
      p.accept ? fmtRange(pick(s, (x) => x.first.acceptMs)) : 'n/a',
      p.accept ? leakCell(pick(s, (x) => x.first.leaksBeforeConsent)) : 'n/a',
    ];
  });
  return table(['page', 'banner visible ms', 'in view ms', 'script ms', 'long tasks n / ms', 'CLS', 'JS heap MB', 'Accept all → held-back ms', 'leaks before consent'], rows);
}

function returningTable(pages, samplesOf) {
  const rows = pages.map((p) => {
    const s = samplesOf(p.id);
    return [
      p.name,
      fmtRange(pick(s, (x) => x.returning.scriptMs)),
      `${fmtMedian(pick(s, (x) => x.returning.longTasks.count))} / ${fmtMedian(pick(s, (x) => x.returning.longTasks.totalMs))}`,
      fmtRange(pick(s, (x) => x.returning.cls), { digits: 3 }),
      fmtRange(pick(s, (x) => x.returning.heap), { digits: 2, scale: 1e-6 }),
      p.reject ? leakCell(pick(s, (x) => x.reject.leaksAfterReject)) : 'n/a',
      p.reject ? leakCell(pick(s, (x) => x.returning.leaks)) : 'n/a',
      p.reject ? `${s.filter((x) => !x.failed && x.returning.bannerShown).length}/${s.filter((x) => !x.failed).length}` : 'always',
    ];
  });
  return table(['page', 'script ms', 'long tasks n / ms', 'CLS', 'JS heap MB', 'leaks after Reject all (same page)', 'leaks on return', 'banner shown again'], rows);
}

/** Samtykke against the issue's targets, per cell. */
function targets(pages, cells, samplesIn) {
  const lines = [];
  const med = (cell, id, fn) => median(pick(samplesIn(cell.id, id), fn));
  const peers = pages.filter(isPeer);
  const sam = pages.find((p) => p.id === 'samtykke');
  // Other deployments of Samtykke (the preload hints) are measured against the same fastest peer.
  const variants = pages.filter((p) => p.variantOf === 'samtykke');
  if (!sam) return '';
  const ok = (pass) => (pass ? 'met' : '**missed**');
  const anyCell = cells[0];
  const returningBr = (cell, id) => med(cell, id, (x) => x.returning.files.br);
  const minOf = (values) => {
    const finite = values.filter((v) => v !== null && Number.isFinite(v));
    return finite.length ? Math.min(...finite) : null;
  };
  const smallestPeerBr = minOf(peers.map((p) => returningBr(anyCell, p.id)));
  const samBr = returningBr(anyCell, 'samtykke');
  lines.push(`- Returning visit, fewest bytes of all tools: Samtykke ${kb(samBr)} KB br; smallest peer ${kb(smallestPeerBr)} KB → ${ok(samBr <= smallestPeerBr)}; loader ≤ 4 KB br (the issue's aim) → ${ok(samBr <= 4000)}.`);
  for (const cell of cells) {
    const samScript = med(cell, 'samtykke', (x) => x.returning.scriptMs);
    const bestPeerScript = minOf(peers.map((p) => med(cell, p.id, (x) => x.returning.scriptMs)));
    const samBanner = med(cell, 'samtykke', (x) => x.first.bannerMs);
    const fastest = peers.map((p) => ({ p, v: med(cell, p.id, (x) => x.first.bannerMs) })).filter((e) => e.v !== null).sort((a, b) => a.v - b.v)[0];
    const samCls = Math.max(0, ...pick(samplesIn(cell.id, 'samtykke'), (x) => Math.max(x.first.cls, x.returning.cls)).filter((v) => v !== null));
    const samAccept = med(cell, 'samtykke', (x) => x.first.acceptMs);
    const leaks = pick(samplesIn(cell.id, 'samtykke'), (x) => x.first.leaksBeforeConsent + x.reject.leaksAfterReject + x.returning.leaks).filter((v) => v !== null);
    const failed = samplesIn(cell.id, 'samtykke').filter((x) => x.failed).length;
    lines.push(`- **${cell.label}**: returning script time ${samScript?.toFixed(0)} ms vs least of the peers ${bestPeerScript.toFixed(0)} ms → ${ok(samScript <= bestPeerScript)}; ` +
      `first-visit banner ${samBanner?.toFixed(0)} ms vs fastest peer (${fastest?.p.name}) ${fastest?.v.toFixed(0)} ms → ${ok(samBanner <= fastest?.v)}; ` +
      `CLS max ${samCls.toFixed(3)} → ${ok(samCls === 0)}; leaks ${leaks.reduce((a, b) => a + b, 0)} in ${leaks.length} samples${failed ? ` (${failed} failed)` : ''} → ${ok(leaks.every((v) => v === 0) && failed === 0)}` +
      (cell.cpu === 4 ? `; Accept all → held-back ${samAccept?.toFixed(1)} ms (target < 50${cell.network === 'mobile' ? ', includes a 150 ms round trip for the script' : ''}) → ${ok(samAccept < 50)}` : '') + '.');
    for (const variant of variants) {
      const banner = med(cell, variant.id, (x) => x.first.bannerMs);
      lines.push(`- **${cell.label}**, ${variant.name}: first-visit banner ${banner?.toFixed(0)} ms vs fastest peer (${fastest?.p.name}) ${fastest?.v.toFixed(0)} ms → ${ok(banner !== null && banner <= fastest?.v)}.`);
    }
  }
  return lines.join('\n');
}

export function buildReport({ meta, pages, cells, samplesIn, profileSection }) {
  const out = [];
  out.push('# Samtykke against peer consent tools');
  out.push('');
  out.push(`Run ${meta.date} with \`node bench/peers/run.js${meta.argv ? ` ${meta.argv}` : ''}\`: ${meta.samples} samples per page per cell, pages interleaved round-robin, a fresh browser context (profile) for every page load; ${meta.minutes} minutes.`);
  out.push(`Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memGiB} GiB RAM, ${meta.os}; Node ${meta.node}; ${meta.chromium} (headless, Debian's /usr/bin/chromium); load average ${meta.loadBefore} before, ${meta.loadDuring ?? '?'} at the ends of the rounds and ${meta.loadAfter} after (the 2 cores are shared with other sessions' builds and tests, so absolute times carry their noise; pages are interleaved so it falls on all of them alike).`);
  out.push(`Versions: ${meta.versions}.`);
  out.push('');
  out.push('## How it is measured');
  out.push('');
  out.push(meta.method);
  out.push('');
  out.push('How each page is set up (bench/peers/pages.js has the full HTML):');
  out.push('');
  for (const p of pages) out.push(`- **${p.name}**: ${p.setup}`);
  out.push('');
  out.push('## Bytes per page view');
  out.push('');
  out.push('The tool\'s own files (everything the page fetched except the HTML document, which carries each tool\'s inline config, and the held-back tracker), with the compressed sizes computed by the bench server from the exact bodies it served (brotli quality 11, gzip level 9). Returning = a stored Reject all decision. A `*` after the count: not every sample fetched the same files.');
  out.push('');
  out.push(bytesTable(pages, (id) => samplesIn(cells[0].id, id)));
  out.push('');
  // htmlBr is computed from `html`, the first-visit document; say so where a page has two.
  out.push(`HTML documents (br): ${pages.map((p) => `${p.name} ${kb(meta.htmlBr[p.id])} KB${p.htmlWithDecision ? ' (first visit)' : ''}`).join(', ')}.`);
  out.push('');
  for (const cell of cells) {
    out.push(`## ${cell.label}`);
    out.push('');
    out.push('First visit (median (min–max); long tasks: median count / median total ms; leaks: tracker requests, total in samples-with-a-leak / samples):');
    out.push('');
    out.push(firstVisitTable(pages, (id) => samplesIn(cell.id, id)));
    out.push('');
    const ignored = pages
      .map((p) => [p.name, samplesIn(cell.id, p.id).filter((x) => !x.failed && x.first.acceptClicks > 1).length, samplesIn(cell.id, p.id).filter((x) => !x.failed && x.first.acceptClicks).length])
      .filter(([, k]) => k > 0);
    if (ignored.length) {
      out.push(`The first click on Accept all did nothing, and a second click (1 s later) was needed, in: ${ignored.map(([name, k, n]) => `${name} ${k}/${n} samples`).join(', ')}. The latency counts from the click that worked.`);
      out.push('');
    }
    out.push('Returning visit, with the Reject all decision the tool itself stored:');
    out.push('');
    out.push(returningTable(pages, (id) => samplesIn(cell.id, id)));
    const failures = pages.map((p) => [p.name, samplesIn(cell.id, p.id).filter((s) => s.failed)]).filter(([, f]) => f.length);
    if (failures.length) {
      out.push('');
      out.push(`Failed samples: ${failures.map(([name, f]) => `${name} ${f.length} (${[...new Set(f.map((s) => s.error))].join('; ')})`).join('; ')}.`);
    }
    out.push('');
  }
  out.push('## Samtykke against its targets');
  out.push('');
  out.push(targets(pages, cells, samplesIn));
  out.push('');
  if (profileSection) out.push(profileSection);
  return out.join('\n');
}
