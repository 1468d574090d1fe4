// Experimental builds of Samtykke for bench/peers/ab.js (nothing here is shipped): the project's own
// rollup config for the loader and the UI tier, with one change applied at build time, written to
// /tmp/samtykke-exp/<variant>/. Variants (combine with "-"): base, noi18n (i18next replaced by
// i18next-shim.js, a lookup with {{name}} interpolation), latefocus (the banner heading is focused a
// frame after the first paint), early (the loader modulepreloads the UI first thing when there is no
// decision cookie).
//
//   EXP=base npx rollup -c bench/peers/experiments/build.mjs
//   EXP=noi18n npx rollup -c bench/peers/experiments/build.mjs
//   node bench/peers/ab.js --build base=/tmp/samtykke-exp/base --build noi18n=/tmp/samtykke-exp/noi18n --peer osano
import { fileURLToPath } from 'node:url';
import configs from '../../../rollup.config.mjs';

const variant = process.env.EXP ?? 'base';
const dir = `/tmp/samtykke-exp/${variant}`;
const shimPath = fileURLToPath(new URL('./i18next-shim.js', import.meta.url));
const shim = { name: 'exp-i18next-shim', resolveId: (id) => (id === 'i18next' ? shimPath : null) };
const replace = (file, from, to) => ({
  name: `exp-replace-${file}`,
  transform(code, id) {
    if (!id.endsWith(file)) return null;
    if (!code.includes(from)) throw new Error(`experiment: "${from}" not found in ${file}; src/ has changed`);
    return { code: code.replace(from, to), map: null };
  },
});
const uiPlugins = [];
const loaderPlugins = [];
if (variant.includes('noi18n')) uiPlugins.push(shim);
if (variant.includes('latefocus'))
  uiPlugins.push(replace('ui-controller.ts', 'element.focus({ preventScroll: true });', 'requestAnimationFrame(() => setTimeout(() => { if (element.isConnected && isNothingFocused(deepActiveElement())) element.focus({ preventScroll: true }); }));'));
if (variant.includes('early'))
  loaderPlugins.push(
    replace(
      'src/loader.ts',
      'const { config, rest } = readPageConfig(script);',
      "if (!/(?:^|; )samtykke=/.test(document.cookie)) { const early = document.createElement('link'); early.rel = 'modulepreload'; early.href = `${base}samtykke-ui.js`; document.head.append(early); }\n  const { config, rest } = readPageConfig(script);",
    ),
  );

const [loader, ui] = configs;
export default [
  { ...loader, output: { ...loader.output, file: `${dir}/samtykke.js` }, plugins: [...loaderPlugins, ...loader.plugins] },
  { ...ui, output: { ...ui.output, dir }, plugins: [...uiPlugins, ...ui.plugins] },
];
