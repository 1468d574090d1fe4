import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError, NetworkError, type DashboardApi } from '../api-client.js';
import { saveBlob } from '../download.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';
import { ACTIONS, REFUSABLE_CATEGORIES, type ConsentHistory, type StoredRecord } from '../stats-response.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SOURCES = ['banner', 'preferences', 'api', 'gpc'] as const;
const DEVICES = ['mobile', 'tablet', 'desktop'] as const;

/**
 * Looks up one consent id and shows its history, oldest first: the proof of a decision that a visitor
 * or a regulator asks for. Every stored value is rendered as text.
 *
 * @summary Consent id look-up (proof of consent).
 */
export class DashboardProofLookup extends LitElement {
  static override styles = [
    baseStyles,
    css`
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 32rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .row input {
        flex: 1 1 16rem;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      }
      .result {
        margin-top: 1.25rem;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 1rem 0 0;
        display: grid;
        gap: 0.75rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(9rem, max-content) 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
        min-width: 0;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-bottom: 0.375rem;
        }
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;
  @property({ attribute: false }) api: DashboardApi | undefined;

  @state() private history: ConsentHistory | undefined;
  @state() private error = '';
  @state() private busy = false;

  @query('input') private input!: HTMLInputElement | null;

  override render() {
    const l = this.localization;
    if (!l) return nothing;
    return html`
      <section class="card" aria-labelledby="proof-heading">
        <h2 id="proof-heading">${l.t('proof.heading')}</h2>
        <p>${l.t('proof.intro')}</p>
        <form @submit=${this.submit} novalidate>
          <label for="consent-id">${l.t('proof.label')}</label>
          <p id="consent-id-hint" class="muted">${l.t('proof.hint')}</p>
          <div class="row">
            <input
              id="consent-id"
              name="consentId"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="consent-id-hint consent-id-error"
              aria-invalid=${this.error ? 'true' : 'false'}
            />
            <button type="submit" ?disabled=${this.busy}>${l.t('proof.submit')}</button>
          </div>
          <p id="consent-id-error" class="error" role="alert">${this.error}</p>
          <p class="status muted" role="status">${this.busy ? l.t('proof.searching') : this.history ? l.t('proof.count', { count: this.history.records.length }) : ''}</p>
        </form>
        ${this.history ? this.renderHistory(this.history, l) : nothing}
      </section>
    `;
  }

  private renderHistory(history: ConsentHistory, l: DashboardLocalization) {
    return html`<div class="result" data-consent-id=${history.consentId}>
      <h3>${l.t('proof.resultHeading', { id: history.consentId })}</h3>
      <button type="button" class="secondary" @click=${this.download}>${l.t('proof.download')}</button>
      <ol>
        ${history.records.map((record, index) => this.renderRecord(record, index, l))}
      </ol>
    </div>`;
  }

  private renderRecord(record: StoredRecord, index: number, l: DashboardLocalization) {
    const { format } = l;
    const action = (ACTIONS as readonly string[]).includes(record.action) ? l.t(`actions.${record.action as (typeof ACTIONS)[number]}`) : record.action;
    const source = (SOURCES as readonly string[]).includes(record.source) ? l.t(`proof.sources.${record.source as (typeof SOURCES)[number]}`) : record.source;
    const device = (DEVICES as readonly string[]).includes(record.device) ? l.t(`devices.${record.device as (typeof DEVICES)[number]}`) : record.device;
    const yesNo = (value: boolean) => l.t(value ? 'proof.yes' : 'proof.no');
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`<li class="card record" data-action=${record.action}>
      <h4>${l.t('proof.recordHeading', { number: index + 1, action, time: format.dateTime(record.timestamp) })}</h4>
      <dl>
        ${row(l.t('proof.fields.action'), action)}
        ${row(l.t('categories.technical'), l.t(record.categories.technical ? 'proof.granted' : 'proof.refused'))}
        ${REFUSABLE_CATEGORIES.map((category) => row(l.t(`categories.${category}`), l.t(record.categories[category] ? 'proof.granted' : 'proof.refused')))}
        ${row(l.t('proof.fields.timestamp'), html`${format.dateTime(record.timestamp)} <code>${record.timestamp}</code>`)}
        ${row(l.t('proof.fields.receivedAt'), html`${format.dateTime(record.receivedAt)} <code>${record.receivedAt}</code>`)}
        ${row(l.t('proof.fields.revision'), record.revision)}
        ${row(l.t('proof.fields.source'), source)}
        ${row(l.t('proof.fields.gpc'), yesNo(record.gpc))}
        ${row(l.t('proof.fields.locale'), `${format.languageName(record.locale)} (${record.locale})`)}
        ${row(l.t('proof.fields.variant'), record.variant ?? l.t('proof.none'))}
        ${row(l.t('proof.fields.device'), device)}
        ${row(l.t('proof.fields.pageUrl'), html`<code>${record.pageUrl}</code>`)}
        ${row(l.t('proof.fields.bannerVersion'), record.bannerVersion)}
        ${row(l.t('proof.fields.textHash'), html`<code>${record.textHash}</code>`)}
      </dl>
    </li>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const l = this.localization;
    const id = this.input?.value.trim() ?? '';
    if (!l || !this.api || this.busy) return;
    this.history = undefined;
    if (!UUID.test(id)) {
      this.error = l.t('proof.invalid');
      this.input?.focus();
      return;
    }
    this.error = '';
    this.busy = true;
    try {
      this.history = await this.api.history(id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.error = l.t('proof.notFound', { id });
      else if (error instanceof ApiError && error.status === 400) this.error = l.t('proof.invalid');
      else if (error instanceof ApiError && error.status === 401) this.dispatchEvent(new CustomEvent('unauthorized'));
      else this.error = l.t('proof.failed', { message: error instanceof NetworkError || error instanceof Error ? error.message : String(error) });
      this.input?.focus();
    } finally {
      this.busy = false;
    }
  }

  private download(): void {
    if (!this.history) return;
    const blob = new Blob([`${JSON.stringify(this.history, null, 2)}\n`], { type: 'application/json' });
    saveBlob(blob, `samtykke-consent-${this.history.consentId}.json`, this.renderRoot);
  }
}
