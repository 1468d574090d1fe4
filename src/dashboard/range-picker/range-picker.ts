import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_RANGE_DAYS, RANGE_PRESETS, checkCustomRange, presetRange, type DayRange, type RangePreset } from '../date-range.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';

export type RangeChoice = RangePreset | 'custom';

export interface RangeChangeDetail {
  choice: RangeChoice;
  range: DayRange;
}

/**
 * The period: the last 7, 30 or 90 days, or a custom period from two date inputs. Presets apply at once;
 * a custom period applies with its button, after checking the dates.
 *
 * @summary Period picker of the dashboard.
 * @event range-change - `detail: { choice, range }`, after the user picked a preset or applied dates. Not composed.
 */
export class DashboardRangePicker extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 0.375rem;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .choices label {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
        min-height: 2.75rem;
        padding: 0.25rem 0.75rem;
        border: 2px solid var(--_control-border);
        border-radius: var(--_radius);
        background: var(--_background);
        font-weight: 400;
        cursor: pointer;
      }
      .choices label:has(input:checked) {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
        font-weight: 600;
      }
      .choices input {
        width: 1.125rem;
        height: 1.125rem;
        min-height: 0;
        margin: 0;
        accent-color: var(--_accent);
      }
      .custom {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem;
        margin-top: 0.75rem;
      }
      .custom label {
        display: grid;
        gap: 0.25rem;
      }
      .note {
        margin: 0.5rem 0 0;
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;
  @property({ attribute: false }) choice: RangeChoice = 30;
  @property({ attribute: false }) range: DayRange | undefined;
  /** Today's UTC day, `YYYY-MM-DD`: the end of the presets and the latest date allowed. */
  @property() today = '';

  /** Shown while "Custom period" is picked but not yet applied. */
  @state() private pendingCustom = false;
  @state() private error = '';

  override render() {
    const l = this.localization;
    if (!l || !this.range) return nothing;
    const custom = this.choice === 'custom' || this.pendingCustom;
    return html`
      <form @submit=${this.applyCustom} novalidate>
        <fieldset>
          <legend>${l.t('range.legend')}</legend>
          <div class="choices">
            ${RANGE_PRESETS.map(
              (days) => html`<label
                ><input type="radio" name="choice" value=${days} .checked=${!custom && this.choice === days} @change=${() => this.pickPreset(days)} />${l.t('range.last', {
                  count: days,
                })}</label
              >`,
            )}
            <label><input type="radio" name="choice" value="custom" .checked=${custom} @change=${this.pickCustom} />${l.t('range.custom')}</label>
          </div>
        </fieldset>
        ${custom
          ? html`<div class="custom">
              <label>${l.t('range.from')}<input id="from" type="date" max=${this.today} .value=${this.range.from} aria-describedby="range-error" aria-invalid=${this.error ? 'true' : 'false'} /></label>
              <label>${l.t('range.to')}<input id="to" type="date" max=${this.today} .value=${this.range.to} aria-describedby="range-error" aria-invalid=${this.error ? 'true' : 'false'} /></label>
              <button type="submit">${l.t('range.apply')}</button>
            </div>`
          : nothing}
        <p id="range-error" class="error" role="alert">${this.error}</p>
        <p class="note muted">${l.t('dashboard.range', { from: l.format.day(this.range.from), to: l.format.day(this.range.to) })}. ${l.t('range.utcNote')}</p>
      </form>
    `;
  }

  private pickPreset(days: RangePreset): void {
    this.pendingCustom = false;
    this.error = '';
    this.emit({ choice: days, range: presetRange(days, this.today) });
  }

  private pickCustom(): void {
    this.pendingCustom = true;
    this.error = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#from')?.focus());
  }

  private applyCustom(event: SubmitEvent): void {
    event.preventDefault();
    const l = this.localization;
    const from = this.renderRoot.querySelector<HTMLInputElement>('#from')?.value ?? '';
    const to = this.renderRoot.querySelector<HTMLInputElement>('#to')?.value ?? '';
    if (!l) return;
    const check = checkCustomRange(from, to);
    if (!check.ok) {
      this.error = check.reason === 'tooLong' ? l.t('range.tooLong', { max: MAX_RANGE_DAYS }) : l.t(`range.${check.reason}`);
      return;
    }
    this.error = '';
    this.pendingCustom = false;
    this.emit({ choice: 'custom', range: check.range });
  }

  private emit(detail: RangeChangeDetail): void {
    this.dispatchEvent(new CustomEvent<RangeChangeDetail>('range-change', { detail }));
  }
}
