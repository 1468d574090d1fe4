/** Test-only helpers shared by the element tests: mounting, shadow queries, focus, axe-core. */
import { loadPlaceholder, loadPreferences } from './define-elements.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { mount } from './index.js';
import { deepActiveElement } from './shared/focus.js';
import { createTestHost, type TestHost, type TestHostOptions } from './test-host.js';
import type { UiController } from './ui-host.js';

export { deepActiveElement };
/** WCAG contrast of two computed colours (alpha ignored); shared with dev mode's equal-weight check. */
export { contrastRatio } from './shared/contrast.js';

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const LANGUAGES_SHIPPED = ['da', 'nb', 'nn', 'sv', 'fi', 'is', 'en', 'de'] as const;

/** Mounts the UI tier against a recording host; decisions close the UI as the loader does. */
export async function mountUi(options: TestHostOptions = {}): Promise<{ test: TestHost; ui: UiController }> {
  const test = createTestHost(options);
  const ui = await mount(test.host);
  // The preferences and the placeholder are lazy chunks; element tests want them defined up front
  // (the lazy path itself is tested in index.browser.test.ts and end to end).
  await Promise.all([loadPreferences(), loadPlaceholder()]);
  test.controller = ui;
  return { test, ui };
}

/** One element in an element's shadow root, by part name; fails the test when missing. */
export function part<T extends HTMLElement = HTMLElement>(host: Element, name: string): T {
  const found = host.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${host.localName}>`);
  return found;
}

export function parts<T extends HTMLElement = HTMLElement>(host: Element, name: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

export function banner(): HTMLElementTagNameMap['samtykke-banner'] {
  const element = document.querySelector('samtykke-banner');
  if (!element) throw new Error('no <samtykke-banner>');
  return element;
}

export function preferences(): HTMLElementTagNameMap['samtykke-preferences'] {
  const element = document.querySelector('samtykke-preferences');
  if (!element) throw new Error('no <samtykke-preferences>');
  return element;
}

/** A short readable name for a node in failure messages. */
export function describeNode(node: unknown): string {
  if (!(node instanceof Element)) return String(node);
  const part = node.getAttribute('part');
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${part ? ` part="${part}"` : ''}>${(node.textContent ?? '').trim().slice(0, 40)}`;
}

/**
 * Asserts that two nodes are the same one. Compares identities and reports names only: handing our
 * elements themselves to chai makes the runner serialise their whole context (the string table included)
 * when an assertion fails, which can stall the browser instead of reporting the failure.
 */
export function expectNode(actual: unknown, expected: unknown, label = ''): void {
  if (actual !== expected) throw new Error(`${label ? `${label}: ` : ''}expected ${describeNode(actual)} to be ${describeNode(expected)}`);
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Removes everything the UI added to the page. */
export function cleanUp(ui?: UiController): void {
  ui?.hidePreferences();
  ui?.hideBanner();
  document.querySelectorAll('samtykke-banner, samtykke-preferences, samtykke-placeholder').forEach((element) => element.remove());
}

let axeLoaded: Promise<void> | undefined;

/** Loads axe-core from node_modules once per test page. */
export function loadAxe(): Promise<void> {
  axeLoaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return axeLoaded;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 A and AA) on `element`, shadow DOM included; returns readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  await loadAxe();
  const results = await window.axe!.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}
