#!/usr/bin/env node
// Entry of `npx samtykke-server`: runs the compiled collector in dist/server/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/server/cli.js', import.meta.url);

if (!existsSync(cli)) {
  process.stderr.write(
    'samtykke-server: the collector is not built (dist/server/cli.js is missing).\n' +
      'Run `npm run build` (or `npx tsc -p server/tsconfig.json`) in the samtykke package first.\n',
  );
  process.exit(1);
}

const { main } = await import(cli.href);
main().catch((error) => {
  process.stderr.write(`samtykke-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
