import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The build version is compiled in so records can say which banner a visitor saw.
const defineVersion = {
  name: 'samtykke-version',
  transform(code) {
    return code.includes('__SAMTYKKE_VERSION__') ? { code: code.replaceAll('__SAMTYKKE_VERSION__', version), map: null } : null;
  },
};

/**
 * Minifies the text of Lit `css` literals in our own sources (terser leaves template strings alone):
 * comments and layout whitespace go, `${…}` parts are kept as they are. Only spaces that CSS never
 * needs are removed (around braces, semicolons, commas and `>`, and after a colon), so a descendant
 * combinator before a pseudo-class (`a :hover`) or the spaces inside `calc()` survive.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}
// Runs after the TypeScript plugin, which compiles from the files on disk and ignores earlier transforms.
const cssLiterals = {
  name: 'samtykke-css-literals',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\bcss(Text)? ?`/.test(code)) return null;
    // TypeScript prints the tag as `css \``.
    const out = code.replace(/\b(css|cssText) ?`([^`]*)`/g, (_, tag, body) => {
      const parts = body.split(/(\$\{[^}]*\})/);
      return `${tag}\`${parts.map((part, i) => (i % 2 ? part : minifyCss(part))).join('').trim()}\``;
    });
    return { code: out, map: null };
  },
};

const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts', 'locales/*.json'], exclude: ['**/*.test.ts', 'src/ui/test-host.ts'], noEmitOnError: true, declaration: false, sourceMap: false });
// Only the loader uses this one: it runs on every page view, so it gets two more passes, and arrow
// functions for the function expressions that use neither `this` nor `arguments` (the loader has no
// constructor functions; gtag keeps `arguments` and stays a function).
const minify = () => terser({ ecma: 2020, module: false, compress: { passes: 5, pure_getters: true, unsafe_arrows: true }, format: { comments: false } });
const minifyModule = () => terser({ ecma: 2020, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } });

/** Locale JSON files become their own small chunks with stable names, so the loader can preload them. */
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId && /[\\/]locales[\\/][a-z]{2}\.json$/.test(chunk.facadeModuleId) ? 'locales/[name].js' : 'chunks/[name]-[hash].js';

/**
 * Lit gets a chunk of its own, shared by the preferences, the placeholder and the declaration. Without
 * this, rollup would put it in the entry (the entry may grow, so the loader's one import fetches all
 * shared code), and the banner, which renders without Lit, would download it on every first visit.
 */
function litChunk(id) {
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|tslib)[\\/]/.test(id)) return 'lit';
  return undefined;
}

export default [
  // The script-tag loader: one classic script, no imports; the UI tier is fetched by URL at run time.
  {
    input: 'src/loader.ts',
    output: { file: 'dist/samtykke.js', format: 'iife', sourcemap: false },
    plugins: [defineVersion, resolve({ browser: true }), json({ preferConst: true }), ts(), minify()],
  },
  // The lazy UI tier for the script-tag loader: the banner (plain DOM), the validated config and the
  // strings in one ES module, one chunk per locale next to it, and as chunks: the decision maker
  // (fetched after the banner's paint), Lit with the other elements, the SHA-256 fallback, the label lint.
  {
    input: { 'samtykke-ui': 'src/ui/index.ts' },
    // Shared code stays in the entry (no facade module), so the loader's one import fetches it all.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames, manualChunks: litChunk, sourcemap: false },
    plugins: [defineVersion, resolve({ browser: true }), json({ preferConst: true, compact: true }), ts(), cssLiterals, minifyModule()],
  },
  // Dev mode (`debug: true`), fetched by the loader from its own directory only then. A build of its
  // own, so the modules it shares with the UI tier (cookie patterns, categories) are copied into it
  // rather than split out of the UI tier's chunks, which stay exactly as they are.
  {
    input: 'src/dev/index.ts',
    output: { file: 'dist/samtykke-dev.js', format: 'es', sourcemap: false },
    plugins: [resolve({ browser: true }), ts(), minifyModule()],
  },
  // For bundlers: `import { init } from 'samtykke'`. Dependencies stay external so the site's bundler
  // dedupes Lit and i18next with its own.
  {
    input: { index: 'src/index.ts' },
    external: [/^lit/, /^@lit\//, 'i18next', 'js-cookie'],
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: false },
    plugins: [defineVersion, resolve({ browser: true }), json({ preferConst: true }), ts(), cssLiterals],
  },
  // The marketing dashboard, served by the collector with `--dashboard-dir dist/dashboard`: index.html,
  // the element module (also what an admin page imports to embed <samtykke-dashboard>), the page
  // script, and one chunk per dashboard locale. Chart.js, Lit and i18next are bundled: no CDN.
  {
    input: { 'samtykke-dashboard': 'src/dashboard/index.ts', page: 'src/dashboard/page.ts' },
    // page.js may borrow helpers from samtykke-dashboard.js instead of splitting them into a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/dashboard',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (/[\\/]locales[\\/]dashboard[\\/][a-z]{2}\.json$/.test(chunk.facadeModuleId ?? '') ? 'locales/[name].js' : 'chunks/[name]-[hash].js'),
      sourcemap: false,
    },
    plugins: [
      {
        name: 'samtykke-dashboard-html',
        buildStart() {
          this.addWatchFile('src/dashboard/index.html');
        },
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync('src/dashboard/index.html', 'utf8') });
        },
      },
      resolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      ts(),
      cssLiterals,
      minifyModule(),
    ],
  },
];
