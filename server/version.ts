import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package version, for the OpenAPI document and `--version`. Looked up at run time because the
 * compiled file lives at a different depth (dist/server/) than its source (server/).
 */
function findVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'name' in manifest && manifest.name === 'samtykke' && 'version' in manifest) {
        return String(manifest.version);
      }
    } catch {
      // No package.json at this level; keep climbing.
    }
  }
  return '0.0.0';
}

export const SERVER_VERSION = findVersion();
