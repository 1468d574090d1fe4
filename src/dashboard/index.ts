import { DashboardBreakdownTable } from './breakdown-table/breakdown-table.js';
import { SamtykkeDashboard } from './dashboard/dashboard.js';
import { DashboardKeyFigures } from './key-figures/key-figures.js';
import { DashboardProofLookup } from './proof-lookup/proof-lookup.js';
import { DashboardRangePicker } from './range-picker/range-picker.js';
import { defineElement } from './shared/define-element.js';
import { DashboardSignIn } from './sign-in/sign-in.js';
import { DashboardTrendChart } from './trend-chart/trend-chart.js';
import { DashboardVariantComparison } from './variant-comparison/variant-comparison.js';

/** Registers `<samtykke-dashboard>` and its parts; safe to call more than once. */
export function defineDashboardElements(): void {
  defineElement('samtykke-dashboard-sign-in', DashboardSignIn);
  defineElement('samtykke-dashboard-range-picker', DashboardRangePicker);
  defineElement('samtykke-dashboard-key-figures', DashboardKeyFigures);
  defineElement('samtykke-dashboard-trend-chart', DashboardTrendChart);
  defineElement('samtykke-dashboard-breakdown-table', DashboardBreakdownTable);
  defineElement('samtykke-dashboard-variant-comparison', DashboardVariantComparison);
  defineElement('samtykke-dashboard-proof-lookup', DashboardProofLookup);
  defineElement('samtykke-dashboard', SamtykkeDashboard);
}

defineDashboardElements();

export { SamtykkeDashboard };
