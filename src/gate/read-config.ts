import { configFromDataset, formatConfigError, mergeConfigSources, validateGateConfig, type ConfigError, type GateConfigResult } from '../core/config.js';

/**
 * Collects the config from its four sources (contract section 2), later winning: built-in defaults,
 * the `#samtykke-config` JSON block, `window.samtykkeConfig`, the loader tag's `data-*` attributes.
 * The keys the loader reads are validated here; every problem goes to the console with its field and
 * reason, and what is valid is kept. The other keys are validated by the lazy tier.
 */
export function readPageConfig(script: HTMLScriptElement | null, programmatic?: unknown): GateConfigResult {
  const errors: ConfigError[] = [];
  let fromJson: unknown;
  const block = document.getElementById('samtykke-config');
  if (block) {
    try {
      fromJson = JSON.parse(block.textContent ?? '');
    } catch (error) {
      errors.push({ field: '#samtykke-config', reason: `is not valid JSON (${(error as Error).message}); it was ignored` });
    }
  }
  const fromWindow = programmatic ?? (window as unknown as { samtykkeConfig?: unknown }).samtykkeConfig;
  for (const [field, source] of [['#samtykke-config', fromJson], ['window.samtykkeConfig', fromWindow]] as const) {
    if (source !== undefined && (typeof source !== 'object' || source === null || Array.isArray(source))) {
      errors.push({ field, reason: 'must be an object; it was ignored' });
    }
  }
  const dataset = script ? configFromDataset({ ...script.dataset }) : {};
  const result = validateGateConfig(mergeConfigSources([fromJson, fromWindow, dataset]));
  for (const error of [...errors, ...result.errors]) console.error(formatConfigError(error));
  return result;
}
