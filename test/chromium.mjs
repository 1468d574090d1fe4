import { existsSync } from 'node:fs';

/** Flags that keep Chromium from reaching for the network this machine does not have. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, or CHROMIUM_PATH when set. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  return path;
}
