#!/usr/bin/env node
// `npm run bench`: every benchmark in turn, each printing its own table. Run `npm run build` first.
// One benchmark alone: node bench/<name> (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const quick = process.argv.includes('--quick');
const benches = [
  ['peer consent tools, side by side', 'peers/run.js'],
  ['loader main-thread time', 'loader.js'],
  ['collector ingest and stats', 'collector/run.js'],
  ['dashboard first render', 'dashboard.js'],
];

if (!existsSync(here('../dist/samtykke.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
for (const [title, file] of benches) {
  if (!existsSync(here(file))) continue;
  console.log(`\n=== ${title} (bench/${file}) ===`);
  const result = spawnSync(process.execPath, [here(file), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
