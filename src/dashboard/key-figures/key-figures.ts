import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';
import { REFUSABLE_CATEGORIES, actionShare, type Action, type StatsResponse } from '../stats-response.js';

/**
 * The headline numbers of the period. Every figure carries `data-figure` (its name) and `data-value`
 * (the unformatted number), so tests and scripts read exactly what is shown.
 *
 * @summary Key figures: impressions, decisions, interaction rate, action shares and opt-in per category.
 * @csspart figure - Each figure's card.
 */
export class DashboardKeyFigures extends LitElement {
  static override styles = [
    baseStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr));
        gap: 0.75rem;
        margin: 0 0 1.25rem;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: 0.125rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .value {
        font-size: 1.75rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        order: 2;
      }
      .note {
        color: var(--_muted);
        font-size: 0.875rem;
        order: 3;
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;
  @property({ attribute: false }) stats: StatsResponse | undefined;

  override render() {
    const l = this.localization;
    const stats = this.stats;
    if (!l || !stats) return nothing;
    const { format } = l;
    const share = (action: Action) => html`${this.figure(action, l.t(`actions.${action}`), actionShare(stats, action), format.percent(actionShare(stats, action)), l.t('figures.ofDecisions', { count: format.count(stats.actions[action]), decisions: format.count(stats.decisions) }))}`;
    return html`
      <section aria-labelledby="figures-heading" data-from=${stats.from} data-to=${stats.to}>
        <h2 id="figures-heading">${l.t('figures.heading')}</h2>
        ${stats.impressions === 0 && stats.decisions === 0 ? html`<p>${l.t('figures.empty')}</p>` : nothing}
        <dl>
          ${this.figure('impressions', l.t('figures.impressions'), stats.impressions, format.count(stats.impressions))}
          ${this.figure('decisions', l.t('figures.decisions'), stats.decisions, format.count(stats.decisions))}
          ${this.figure('interactionRate', l.t('figures.interactionRate'), stats.interactionRate, format.percent(stats.interactionRate), l.t('figures.interactionNote'))}
          ${share('accept_all')} ${share('reject_all')} ${share('custom')}
        </dl>
        <h3>${l.t('figures.optInHeading')}</h3>
        <dl>
          ${REFUSABLE_CATEGORIES.map((category) =>
            this.figure(
              `optIn.${category}`,
              l.t(`categories.${category}`),
              stats.categories[category].rate,
              format.percent(stats.categories[category].rate),
              l.t('figures.ofDecisions', { count: format.count(stats.categories[category].granted), decisions: format.count(stats.decisions) }),
            ),
          )}
        </dl>
      </section>
    `;
  }

  private figure(name: string, label: string, value: number, text: string, note?: string) {
    return html`<div class="figure card" part="figure">
      <dt>${label}</dt>
      <dd class="value" data-figure=${name} data-value=${String(value)}>${text}</dd>
      ${note ? html`<dd class="note">${note}</dd>` : nothing}
    </div>`;
  }
}
