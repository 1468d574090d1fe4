import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

let registered = false;

/**
 * Registers only the Chart.js parts the dashboard draws with (bars, lines, two scales, legend and
 * tooltip), so the bundler leaves the rest of Chart.js out. The registry belongs to the dashboard's
 * own bundled copy of Chart.js, not to any Chart.js the page may load.
 */
export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
    registered = true;
  }
  return Chart;
}
