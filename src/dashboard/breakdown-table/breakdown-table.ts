import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';
import { REFUSABLE_CATEGORIES, actionShare, type Breakdown, type GroupKey, type StatsGroup } from '../stats-response.js';

const HEADINGS = { locale: 'breakdown.locale', device: 'breakdown.device', revision: 'breakdown.revision', variant: 'breakdown.variant' } as const;
const KEY_HEADERS = { locale: 'breakdown.keyLocale', device: 'breakdown.keyDevice', revision: 'breakdown.keyRevision', variant: 'breakdown.keyVariant' } as const;
const DEVICES = ['mobile', 'tablet', 'desktop'] as const;

/**
 * The period's figures split by one dimension (a `groupBy` of the stats endpoint), as a table with row
 * and column headers. Keys come from the collector and are rendered as text.
 *
 * @summary Breakdown table by language, device, policy revision or banner variant.
 */
export class DashboardBreakdownTable extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .card {
        padding: 0.75rem;
      }
      td.key {
        text-align: start;
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;
  @property({ reflect: true }) breakdown: Breakdown = 'locale';
  @property({ attribute: false }) groups: StatsGroup[] = [];

  override render() {
    const l = this.localization;
    if (!l) return nothing;
    const { format } = l;
    const heading = l.t(HEADINGS[this.breakdown]);
    const percent = (value: number, has: boolean) => (has ? format.percent(value) : '–');
    return html`
      <section class="card" aria-labelledby="breakdown-heading">
        <h3 id="breakdown-heading">${heading}</h3>
        ${this.groups.length === 0
          ? html`<p>${l.t('breakdown.empty')}</p>`
          : html`<div class="scroll" role="region" tabindex="0" aria-labelledby="breakdown-heading">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${l.t(KEY_HEADERS[this.breakdown])}</th>
                    <th scope="col">${l.t('figures.impressions')}</th>
                    <th scope="col">${l.t('figures.decisions')}</th>
                    <th scope="col">${l.t('figures.interactionRate')}</th>
                    <th scope="col">${l.t('actions.accept_all')}</th>
                    <th scope="col">${l.t('actions.reject_all')}</th>
                    <th scope="col">${l.t('actions.custom')}</th>
                    ${REFUSABLE_CATEGORIES.map((category) => html`<th scope="col">${l.t(`categories.${category}`)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${this.groups.map(
                    (group) => html`<tr data-key=${String(group.key)}>
                      <th scope="row">${this.keyLabel(group.key, l)}</th>
                      <td>${format.count(group.impressions)}</td>
                      <td>${format.count(group.decisions)}</td>
                      <td>${percent(group.interactionRate, group.impressions > 0)}</td>
                      <td>${percent(actionShare(group, 'accept_all'), group.decisions > 0)}</td>
                      <td>${percent(actionShare(group, 'reject_all'), group.decisions > 0)}</td>
                      <td>${percent(actionShare(group, 'custom'), group.decisions > 0)}</td>
                      ${REFUSABLE_CATEGORIES.map((category) => html`<td>${percent(group.categories[category].rate, group.decisions > 0)}</td>`)}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`}
      </section>
    `;
  }

  private keyLabel(key: GroupKey, l: DashboardLocalization): string {
    if (key === null) return l.t('breakdown.noVariant');
    const text = String(key);
    switch (this.breakdown) {
      case 'locale':
        return `${l.format.languageName(text)} (${text})`;
      case 'device':
        return (DEVICES as readonly string[]).includes(text) ? l.t(`devices.${text as (typeof DEVICES)[number]}`) : text;
      case 'revision':
        return l.t('breakdown.revisionValue', { revision: text });
      default:
        return text;
    }
  }
}
