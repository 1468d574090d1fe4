// Experiment only (bench/peers/experiments/build.mjs): the subset of i18next that src/i18n/localization.ts uses,
// a key lookup with {{name}} interpolation. Not a drop-in replacement for anything else.
function get(table, key) { return key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), table); }
function set(table, key, value) { const parts = key.split('.'); let node = table; for (const part of parts.slice(0, -1)) node = node[part] ??= {}; node[parts.at(-1)] = value; }
function createInstance() {
  let resources = {}; let lng = 'en'; let defaults = {};
  const listeners = new Map();
  const emit = (name) => (listeners.get(name) ?? []).forEach((fn) => fn());
  const on = (name, fn) => listeners.set(name, [...(listeners.get(name) ?? []), fn]);
  const off = (name, fn) => listeners.set(name, (listeners.get(name) ?? []).filter((f) => f !== fn));
  return {
    async init(options) { lng = options.lng; resources = options.resources; defaults = options.interpolation?.defaultVariables ?? {}; },
    addResources(language, ns, flat) { for (const [key, value] of Object.entries(flat)) set(resources[language][ns], key, value); emit('added'); },
    t(key, values) { const text = get(resources[lng].translation, key); if (typeof text !== 'string') return key; return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (m, name) => String(values?.[name] ?? defaults[name] ?? m)); },
    getResourceBundle(language, ns) { return resources[language][ns]; },
    on, off, store: { on: (n, fn) => on(n, fn), off: (n, fn) => off(n, fn) },
  };
}
export default { createInstance };
