import type { Page } from 'playwright-core';
import { DASHBOARD_TOKEN } from './dashboard-collector.js';

/** Page helpers for test/e2e/dashboard.test.ts; playwright's locators pierce the open shadow roots. */

export const dashboard = (page: Page) => page.locator('samtykke-dashboard');

export async function waitUntilReady(page: Page, range?: { from: string; to: string }): Promise<void> {
  await page.locator('samtykke-dashboard[state="ready"]').waitFor();
  if (range) await page.locator(`samtykke-dashboard-key-figures section[data-from="${range.from}"][data-to="${range.to}"]`).waitFor();
}

export async function signIn(page: Page, origin: string, token = DASHBOARD_TOKEN): Promise<void> {
  await page.goto(`${origin}/dashboard/`);
  await page.locator('samtykke-dashboard-sign-in #token').fill(token);
  await page.locator('samtykke-dashboard-sign-in button[type="submit"]').click();
}

/** The key figures as shown: `data-value` and the visible text of every `[data-figure]`. */
export async function shownFigures(page: Page): Promise<Record<string, { value: number; text: string }>> {
  const cells = page.locator('samtykke-dashboard-key-figures [data-figure]');
  const figures: Record<string, { value: number; text: string }> = {};
  for (const cell of await cells.all()) {
    const name = (await cell.getAttribute('data-figure'))!;
    figures[name] = { value: Number(await cell.getAttribute('data-value')), text: (await cell.textContent())!.trim() };
  }
  return figures;
}

/** Rows of a table as arrays of cell texts (row header first). */
export async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page, shadow roots included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  });
}

/** `19,588` → 19588; `75.8%` → 75.8 (English formatting). */
export function parseShown(text: string): number {
  return Number(text.replace(/[,%\s\u00a0\u202f]/g, ''));
}
