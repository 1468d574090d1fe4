/** Test-only helpers shared by the element tests: mounting, shadow queries, focus, axe-core. */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { loadPlaceholder, loadPreferences } from './define-elements.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { mount } from './index.js';
import { compositeOver, contrastRatio, parseColor, type Rgba } from './shared/contrast.js';
import { deepActiveElement } from './shared/focus.js';
import { createTestHost, type TestHost, type TestHostOptions } from './test-host.js';
import type { UiController } from './ui-host.js';

export { deepActiveElement };
/** WCAG contrast of two computed colours (alpha ignored); shared with dev mode's equal-weight check. */
export { contrastRatio };

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults>; getRules(): Array<{ ruleId: string }> };
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

/** True when the centre of `control` is visible and hit-testable at its place (not scrolled away or covered). */
export function isHittable(host: Element, control: Element): boolean {
  const box = control.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
  const hit = host.shadowRoot!.elementFromPoint(x, y);
  return hit === control || control.contains(hit);
}

/**
 * Adds the WCAG 1.4.12 text-spacing overrides (line height 1.5, paragraph spacing 2, letter spacing 0.12
 * and word spacing 0.16 times the font size) to an element's shadow root, as a user style sheet would.
 */
export async function applyTextSpacing(host: Element): Promise<void> {
  const spacing = new CSSStyleSheet();
  spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, spacing];
  await nextFrame();
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Removes everything the UI added to the page. */
export function cleanUp(ui?: UiController): void {
  ui?.hidePreferences();
  ui?.hideBanner();
  document.querySelectorAll('samtykke-banner, samtykke-preferences, samtykke-placeholder').forEach((element) => element.remove());
}

/** The parent of `element` in the flat tree: a shadow root's host stands in for the root. */
function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const WHITE: Rgba = { red: 255, green: 255, blue: 255, alpha: 1 };

/**
 * The opaque colour painted behind `element`: the background colours of its ancestors, across shadow
 * roots, composited over a white canvas. Background images (the switches' knob gradients) are not
 * read; none of our containers has one.
 */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node = composedParent(element); node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (!color) throw new Error(`unreadable background-color on ${describeNode(node)}`);
    layers.push(color);
    if (color.alpha === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => compositeOver(layer, below), WHITE);
}

/**
 * Asserts R48 (2.4.7 Focus Visible, with R47's 1.4.11 contrast) for one control: no outline while it is
 * not focused; focused by keyboard (`:focus-visible`), a solid outline at least 2 px wide whose colour
 * has 3:1 or more against every colour next to it. With a positive `outline-offset` the ring is drawn on
 * the background around the control on both sides; without one it also touches the control's own
 * border and background, which are then compared too.
 */
export async function expectVisibleFocus(control: HTMLElement): Promise<void> {
  const name = describeNode(control);
  control.blur();
  const before = getComputedStyle(control).outlineStyle;
  control.focus();
  await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
  expectNode(deepActiveElement(), control, 'focus');
  expect(control.matches(':focus-visible'), name).to.equal(true);
  const style = getComputedStyle(control);
  expect(before, `${name}: outline before focus`).to.equal('none');
  expect(style.outlineStyle, `${name}: outline-style`).to.equal('solid');
  expect(parseFloat(style.outlineWidth), `${name}: outline-width`).to.be.at.least(2);
  const ring = parseColor(style.outlineColor);
  if (!ring) throw new Error(`${name}: unreadable outline-color ${style.outlineColor}`);
  const behind = backgroundBehind(control);
  const adjacent = [behind];
  if (parseFloat(style.outlineOffset) <= 0) {
    const own = compositeOver(parseColor(style.backgroundColor) ?? WHITE, behind);
    adjacent.push(own, compositeOver(parseColor(style.borderTopColor) ?? own, own));
  }
  for (const color of adjacent) {
    expect(contrastRatio(compositeOver(ring, behind), color), `${name}: focus ring ${style.outlineColor} against rgb(${[color.red, color.green, color.blue].map(Math.round).join(', ')})`).to.be.at.least(3);
  }
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

function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Runs axe-core (WCAG 2.2 A and AA) on `element`, shadow DOM included; returns readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  await loadAxe();
  return describeViolations(await window.axe!.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } }));
}

/**
 * The best-practice rules R53 asks for besides WCAG. `focus-order-semantics` is tagged experimental,
 * which axe runs only when a rule list names it, as this one does.
 */
export const BEST_PRACTICE_RULES = ['aria-dialog-name', 'region', 'focus-order-semantics'] as const;

/**
 * Runs exactly the named axe-core rules on `element`; returns readable violations. Fails when the bundled
 * axe does not know a rule, so a renamed or dropped rule cannot pass by not running.
 */
export async function axeRuleViolations(element: Element, rules: readonly string[]): Promise<string[]> {
  await loadAxe();
  const known = new Set(window.axe!.getRules().map((rule) => rule.ruleId));
  const unknown = rules.filter((rule) => !known.has(rule));
  if (unknown.length > 0) throw new Error(`axe-core does not know the rules ${unknown.join(', ')}`);
  return describeViolations(await window.axe!.run(element, { runOnly: { type: 'rule', values: [...rules] } }));
}
