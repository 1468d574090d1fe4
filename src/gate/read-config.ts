import { configFromDataset, formatConfigError, isPlainObject, mergeConfigSources, validateGateConfig, type GateConfigResult } from '../core/config.js';

/**
 * Collects the config from its four sources (contract section 2), later winning: built-in defaults,
 * the `#samtykke-config` JSON block, `window.samtykkeConfig`, the loader tag's `data-*` attributes.
 * The keys the loader reads are validated here; every problem goes to the console with its field and
 * reason, and what is valid is kept. The other keys are validated by the lazy tier.
 */
export function readPageConfig(script: HTMLScriptElement | null, programmatic?: unknown): GateConfigResult {
  const report = (field: string, reason: string): void => console.error(formatConfigError({ field, reason }));
  let fromJson: unknown;
  const block = document.getElementById('samtykke-config');
  if (block) {
    try {
      fromJson = JSON.parse(block.textContent!);
    } catch (error) {
      report('#samtykke-config', `is not valid JSON (${(error as Error).message}); it was ignored`);
    }
  }
  const fromWindow = programmatic ?? (window as unknown as { samtykkeConfig?: unknown }).samtykkeConfig;
  for (const [field, source] of [['#samtykke-config', fromJson], ['window.samtykkeConfig', fromWindow]] as const) {
    if (source !== undefined && !isPlainObject(source)) report(field, 'must be an object; it was ignored');
  }
  const result = validateGateConfig(mergeConfigSources([fromJson, fromWindow, script ? configFromDataset(script.dataset) : {}]));
  for (const { field, reason } of result.errors) report(field, reason);
  return result;
}
