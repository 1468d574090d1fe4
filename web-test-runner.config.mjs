import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, chromiumArgs } from './test/chromium.mjs';

// Element and DOM tests in Debian's Chromium (playwright's own browser download never works here).
export default {
  files: ['src/**/*.browser.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15_000 } },
  testsFinishTimeout: 600_000,
};
