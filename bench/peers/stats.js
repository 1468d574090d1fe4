// Small statistics and formatting helpers for the report.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function range(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length, of: values.length };
}

const round = (value, digits) => (digits === 0 ? String(Math.round(value)) : value.toFixed(digits));

/** "412 (388–470)" with an optional unit; "n/a" when nothing was measured; "(k of n)" when some failed. */
export function fmtRange(values, { digits = 0, unit = '', scale = 1 } = {}) {
  const r = range(values);
  if (!r) return 'n/a';
  const s = (v) => round(v * scale, digits);
  const missing = r.n < r.of ? ` [${r.of - r.n} of ${r.of} missing]` : '';
  return `${s(r.median)}${unit} (${s(r.min)}–${s(r.max)})${missing}`;
}

export function fmtMedian(values, { digits = 0, unit = '', scale = 1 } = {}) {
  const m = median(values);
  return m === null ? 'n/a' : `${round(m * scale, digits)}${unit}`;
}

export const kb = (bytes) => (bytes / 1000).toFixed(1);

export function table(header, rows, align) {
  const aligns = align ?? header.map((_, i) => (i === 0 ? 'l' : 'r'));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(aligns.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
