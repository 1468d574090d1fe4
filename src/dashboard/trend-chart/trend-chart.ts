import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ChartSpec } from '../chart-specs.js';
import { baseStyles } from '../shared/base.styles.js';
import { registerChartParts } from './chart-setup.js';

type TrendChart = Chart<'bar' | 'line', Array<number | null>, string>;

/**
 * A Chart.js chart of one value per day, with its text alternative: a summary in words under the chart
 * (also the canvas's description) and the full data as a table behind a disclosure.
 *
 * @summary Daily trend chart with an accessible text alternative.
 * @csspart canvas-box - The box the canvas fills; set its height to resize the chart.
 */
export class DashboardTrendChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      figure {
        margin: 0;
      }
      .canvas-box {
        position: relative;
        height: 18rem;
      }
      @media (max-width: 30rem) {
        .canvas-box {
          height: 14rem;
        }
      }
      .summary {
        margin: 0.75rem 0 0.5rem;
        color: var(--_muted);
        font-size: 0.9375rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        min-height: 2.75rem;
        display: flex;
        align-items: center;
        color: var(--_accent);
      }
      .scroll {
        max-height: 24rem;
        overflow-y: auto;
      }
    `,
  ];

  @property({ attribute: false }) spec: ChartSpec | undefined;

  @query('canvas') private canvas!: HTMLCanvasElement | null;
  private chart: TrendChart | undefined;
  private chartKind: ChartSpec['kind'] | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    return html`
      <figure class="card">
        <figcaption><h3 id="chart-heading">${spec.heading}</h3></figcaption>
        <div class="canvas-box" part="canvas-box">
          <canvas role="img" aria-labelledby="chart-heading" aria-describedby="chart-summary"></canvas>
        </div>
        <p id="chart-summary" class="summary">${spec.summary}</p>
        ${spec.empty
          ? nothing
          : html`<details>
              <summary>${spec.texts.showTable}</summary>
              <div class="scroll" role="region" tabindex="0" aria-label=${spec.heading}>
                <table>
                  <caption class="visually-hidden">${spec.heading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${spec.texts.dayHeader}</th>
                      ${spec.series.map((series) => html`<th scope="col">${series.label}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${spec.rowHeaders.map(
                      (day, index) => html`<tr>
                        <th scope="row">${day}</th>
                        ${spec.series.map((series) => {
                          const value = series.values[index];
                          return html`<td>${value === null || value === undefined ? '–' : spec.formatValue(value)}</td>`;
                        })}
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </details>`}
      </figure>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('spec')) this.draw();
  }

  private draw(): void {
    const spec = this.spec;
    const canvas = this.canvas;
    if (!spec || !canvas) return;
    const config = this.configure(spec);
    // Reuse the chart when its kind is unchanged (a new period); Chart.js then only redraws.
    if (this.chart && this.chart.canvas === canvas && this.chartKind === spec.kind) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update('none');
      return;
    }
    this.chart?.destroy();
    const ChartClass = registerChartParts();
    this.chart = new ChartClass(canvas, config) as TrendChart;
    this.chartKind = spec.kind;
  }

  private configure(spec: ChartSpec): ChartConfiguration<'bar' | 'line', Array<number | null>, string> {
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--_text').trim() || '#1f2328';
    const grid = style.getPropertyValue('--_border').trim() || '#8c959f';
    const font = { family: style.getPropertyValue('--_font').trim() || 'system-ui, sans-serif', size: 13 };
    const stacked = spec.kind === 'stacked-bars';
    const datasets = spec.series.map(
      (series): ChartDataset<'bar' | 'line', Array<number | null>> =>
        stacked
          ? { type: 'bar', label: series.label, data: series.values, backgroundColor: series.color, borderWidth: 0, stack: 'decisions' }
          : {
              type: 'line',
              label: series.label,
              data: series.values,
              borderColor: series.color,
              backgroundColor: series.color,
              borderDash: series.dash,
              borderWidth: 2,
              pointStyle: series.pointStyle,
              pointRadius: spec.labels.length > 45 ? 0 : 3,
              pointHoverRadius: 5,
              spanGaps: false,
              tension: 0,
            },
    );
    return {
      type: stacked ? 'bar' : 'line',
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // No animation: the figures appear at once, and nothing moves for people who asked for less motion.
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked, ticks: { color: text, font, maxRotation: 0, autoSkipPadding: 12 }, grid: { display: false }, border: { color: grid } },
          y: {
            stacked,
            beginAtZero: true,
            ...(spec.max !== undefined ? { max: spec.max } : {}),
            title: { display: true, text: spec.axisTitle, color: text, font },
            ticks: { color: text, font, callback: (value) => spec.formatTick(Number(value)) },
            grid: { color: `${grid}55` },
            border: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, font, usePointStyle: !stacked, boxWidth: 14 } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.raw === null ? '–' : spec.formatValue(Number(item.raw))}` } },
        },
      },
    };
  }
}
