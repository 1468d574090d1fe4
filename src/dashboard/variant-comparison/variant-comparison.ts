import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';
import type { StatsGroup } from '../stats-response.js';
import { MIN_DECISIONS_PER_VARIANT, VARIANT_MEASURES, compareVariants, proportionOf, variantFigures, type ChallengerVerdict, type MeasureResult } from '../variant-verdict.js';
import { pText, verdictText } from '../verdict-text.js';

/**
 * Banner variants side by side, the first one as the control, with a two-proportion z-test of every
 * other variant against it and the verdict in words (see variant-verdict.ts for the rules).
 *
 * @summary A/B comparison of banner variants.
 */
export class DashboardVariantComparison extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .verdicts {
        display: grid;
        gap: 0.75rem;
        margin-top: 1rem;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      li {
        margin-bottom: 0.25rem;
      }
      li[data-outcome='raises'],
      li[data-outcome='lowers'] {
        font-weight: 600;
      }
      .p {
        display: block;
        font-size: 0.875rem;
        color: var(--_muted);
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;
  /** The groups of a `groupBy=variant` answer. */
  @property({ attribute: false }) groups: StatsGroup[] = [];
  /** The period in words, for the table caption. */
  @property() period = '';

  override render() {
    const l = this.localization;
    if (!l) return nothing;
    const variants = variantFigures(this.groups);
    const [control] = variants;
    return html`
      <section class="card" aria-labelledby="variants-heading">
        <h2 id="variants-heading">${l.t('variants.heading')}</h2>
        ${!control
          ? html`<p>${l.t('variants.none')}</p>`
          : variants.length === 1
            ? html`<p>${l.t('variants.single', { variant: control.variant })}</p>`
            : this.renderComparison(l, compareVariants(variants))}
      </section>
    `;
  }

  private renderComparison(l: DashboardLocalization, verdicts: ChallengerVerdict[]) {
    const { format } = l;
    const control = verdicts[0]!.control;
    const challengers = verdicts.map((verdict) => verdict.challenger);
    const resultOf = (verdict: ChallengerVerdict, measure: MeasureResult['measure']) => verdict.measures.find((result) => result.measure === measure)!;
    return html`
      <p>${l.t('variants.intro', { control: control.variant, min: MIN_DECISIONS_PER_VARIANT })}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="variants-caption">
        <table>
          <caption id="variants-caption">${l.t('variants.caption', { range: this.period })}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('variants.measure')}</th>
              <th scope="col">${l.t('variants.control', { variant: control.variant })}</th>
              ${challengers.map((challenger) => html`<th scope="col">${l.t('variants.variant', { variant: challenger.variant })}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">${l.t('variants.measures.impressions')}</th>
              <td>${format.count(control.impressions)}</td>
              ${challengers.map((challenger) => html`<td>${format.count(challenger.impressions)}</td>`)}
            </tr>
            <tr>
              <th scope="row">${l.t('variants.measures.decisions')}</th>
              <td>${format.count(control.decisions)}</td>
              ${challengers.map((challenger) => html`<td>${format.count(challenger.decisions)}</td>`)}
            </tr>
            ${VARIANT_MEASURES.map((measure) => {
              const rate = (figures: typeof control) => {
                const { successes, trials } = proportionOf(figures, measure);
                return trials > 0 ? format.percent(successes / trials) : '–';
              };
              return html`<tr data-measure=${measure}>
                <th scope="row">${l.t(`variants.measures.${measure}`)}</th>
                <td>${rate(control)}</td>
                ${verdicts.map((verdict) => {
                  const result = resultOf(verdict, measure);
                  return html`<td data-variant=${verdict.challenger.variant} data-outcome=${result.outcome}>
                    ${rate(verdict.challenger)}${result.p === null ? nothing : html`<span class="p">${pText(result.p, l)}</span>`}
                  </td>`;
                })}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <div class="verdicts">${verdicts.map((verdict) => this.renderVerdict(verdict, l))}</div>
    `;
  }

  private renderVerdict(verdict: ChallengerVerdict, l: DashboardLocalization) {
    const text = verdictText(verdict, l);
    return html`<section class="verdict" data-variant=${verdict.challenger.variant} data-summary=${verdict.summary} aria-labelledby="verdict-${verdict.challenger.variant}">
      <h3 id="verdict-${verdict.challenger.variant}">${l.t('variants.verdictHeading', { challenger: verdict.challenger.variant, control: verdict.control.variant })}</h3>
      ${text.summary ? html`<p class="summary">${text.summary}</p>` : nothing}
      ${text.measures.length
        ? html`<ul>
            ${text.measures.map(
              ({ result, text: sentence }) => html`<li data-measure=${result.measure} data-outcome=${result.outcome}>
                ${result.outcome === 'raises' ? html`<span aria-hidden="true">▲ </span>` : result.outcome === 'lowers' ? html`<span aria-hidden="true">▼ </span>` : nothing}${sentence}
              </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }
}
