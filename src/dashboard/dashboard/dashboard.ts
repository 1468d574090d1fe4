import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError, DashboardApi, NetworkError, collectorBase } from '../api-client.js';
import { decisionChart, optInChart } from '../chart-specs.js';
import { resolveDashboardLanguage, type DashboardLanguage } from '../dashboard-language.js';
import { RANGE_PRESETS, presetRange, utcDay, type DayRange, type RangePreset } from '../date-range.js';
import { saveBlob } from '../download.js';
import { createDashboardLocalization, type DashboardLocalization } from '../localization.js';
import type { DashboardSignIn } from '../sign-in/sign-in.js';
import type { RangeChangeDetail, RangeChoice } from '../range-picker/range-picker.js';
import { baseStyles } from '../shared/base.styles.js';
import { BREAKDOWNS, type Breakdown, type StatsGroup, type StatsResponse } from '../stats-response.js';
import { TokenStore, tokenKey } from '../token-store.js';
import { dashboardStyles } from './dashboard.styles.js';

interface DashboardData {
  range: DayRange;
  /** Totals plus one group per day. */
  daily: StatsResponse;
  breakdowns: Record<Breakdown, StatsGroup[]>;
}

type Phase = 'signed-out' | 'loading' | 'ready' | 'error';

/**
 * The marketing dashboard of the Samtykke collector: key figures, daily trends, banner variant
 * comparison, breakdowns, CSV export and the consent-id look-up, for a period of UTC days.
 *
 * Served by the collector at /dashboard/, or embedded in another admin page:
 * `<samtykke-dashboard endpoint="https://consent.example.com">`. The admin token is asked for once per
 * browser tab and kept in sessionStorage (never in a cookie); it is sent only as
 * `Authorization: Bearer …` to the collector.
 *
 * Language: the element's `lang` attribute, else the page's (`<html lang>`), else the browser's, else
 * English; English, Danish, Norwegian Bokmål and Swedish are shipped.
 *
 * The `state` attribute is set by the element (read it, don't write it): `signed-out`, `loading`,
 * `ready` (figures and charts rendered) or `error`. On each `ready` it also records the
 * `performance.mark('samtykke-dashboard:ready')`.
 *
 * @summary Consent analytics dashboard.
 *
 * @cssproperty --samtykke-font-family - Font of all text. Default: the system UI font.
 * @cssproperty --samtykke-text - Text colour. Default: #1f2328.
 * @cssproperty --samtykke-muted-text - Notes and hints. Default: #57606a.
 * @cssproperty --samtykke-background - Cards, tables and inputs. Default: #ffffff.
 * @cssproperty --samtykke-surface - Behind the cards. Default: #f6f8fa.
 * @cssproperty --samtykke-border - Card and table borders. Default: #8c959f.
 * @cssproperty --samtykke-control-border - Inputs and secondary buttons. Default: #57606a.
 * @cssproperty --samtykke-accent - Primary buttons, the chosen period, links. Default: #0b57d0.
 * @cssproperty --samtykke-accent-text - Text on the accent colour. Default: #ffffff.
 * @cssproperty --samtykke-focus-ring - Focus outline. Default: #0b57d0.
 * @cssproperty --samtykke-error - Error messages. Default: #b3261e.
 * @cssproperty --samtykke-radius - Corner radius. Default: 0.5rem.
 */
export class SamtykkeDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  /**
   * The collector's URL, e.g. `https://consent.example.com`. Empty: the page's own origin, which is
   * right when the collector serves the dashboard.
   * @default ''
   */
  @property() endpoint = '';

  /**
   * The period shown first: the last 7, 30 or 90 days. Other values are ignored.
   * @default 30
   */
  @property({ type: Number }) days = 30;

  /** The `lang` attribute, watched so the texts follow it. */
  @property({ attribute: 'lang' }) langAttribute: string | null = null;

  @state() private localization: DashboardLocalization | undefined;
  @state() private phase: Phase = 'signed-out';
  @state() private choice: RangeChoice = 30;
  @state() private range: DayRange = presetRange(30, utcDay(new Date()));
  @state() private data: DashboardData | undefined;
  @state() private loadError = '';
  /** Why the sign-in form is shown again; translated at render time, as the texts may load later. */
  @state() private signInNotice: 'sessionEnded' | '' = '';
  @state() private exportStatus = '';
  @state() private exportError = '';
  @state() private exporting = false;

  @query('h1') private heading!: HTMLElement | null;
  @query('samtykke-dashboard-sign-in') private signIn!: DashboardSignIn | null;

  private base = '';
  private tokens: TokenStore | undefined;
  private api: DashboardApi | undefined;
  private loading: AbortController | undefined;
  private requestedLanguage: DashboardLanguage | undefined;
  /** The data whose rendering has finished (see markReady). */
  private renderedData: DashboardData | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const preset = this.presetFromDays();
    if (preset && !this.hasUpdated) {
      this.choice = preset;
      this.range = presetRange(preset, utcDay(new Date()));
    }
    this.connectCollector();
    void this.loadTexts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    if (changed.has('endpoint') && collectorBase(this.endpoint, location.origin) !== this.base) this.connectCollector();
    if (changed.has('langAttribute') && this.resolveLanguage() !== this.requestedLanguage) void this.loadTexts();
    const preset = this.presetFromDays();
    if (changed.has('days') && preset && preset !== this.choice) this.changeRange({ choice: preset, range: presetRange(preset, utcDay(new Date())) });
  }

  private presetFromDays(): RangePreset | null {
    return (RANGE_PRESETS as readonly number[]).includes(this.days) ? (this.days as RangePreset) : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setAttribute('state', this.phase === 'ready' && this.renderedData !== this.data ? 'loading' : this.phase);
    if (this.phase === 'ready' && this.localization && this.renderedData !== this.data) void this.markReady();
  }

  override render() {
    const l = this.localization;
    if (!l) return nothing;
    return html`<div class="page" lang=${l.language} aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
      <header>
        <div>
          <h1 tabindex="-1">${l.t('dashboard.title')}</h1>
          <p class="muted">${l.t('dashboard.collector', { endpoint: this.base.replace(/^https?:\/\//, '') })}</p>
        </div>
        ${this.phase === 'signed-out' ? nothing : html`<button type="button" class="secondary" @click=${() => this.signOut('')}>${l.t('dashboard.signOut')}</button>`}
      </header>
      ${this.phase === 'signed-out' ? this.renderSignIn(l) : this.renderDashboard(l)}
    </div>`;
  }

  private renderSignIn(l: DashboardLocalization) {
    return html`<samtykke-dashboard-sign-in
      .localization=${l}
      .verify=${(token: string) => this.verify(token)}
      .endpoint=${this.base}
      .notice=${this.signInNotice ? l.t(`dashboard.${this.signInNotice}`) : ''}
      @signed-in=${(event: CustomEvent<{ token: string }>) => this.signedIn(event.detail.token)}
    ></samtykke-dashboard-sign-in>`;
  }

  private renderDashboard(l: DashboardLocalization) {
    const data = this.data;
    const period = l.t('dashboard.range', { from: l.format.day(this.range.from), to: l.format.day(this.range.to) });
    return html`
      <div class="toolbar card">
        <samtykke-dashboard-range-picker
          .localization=${l}
          .choice=${this.choice}
          .range=${this.range}
          .today=${utcDay(new Date())}
          @range-change=${(event: CustomEvent<RangeChangeDetail>) => this.changeRange(event.detail)}
        ></samtykke-dashboard-range-picker>
        <div class="export">
          <button type="button" class="secondary" ?disabled=${this.exporting} @click=${this.exportCsv}>${l.t('export.button')}</button>
          <p class="muted">${l.t('export.description', { range: period })}</p>
          <p class="status" role="status">${this.exportStatus}</p>
          <p class="error" role="alert">${this.exportError}</p>
        </div>
      </div>
      <p class="load-status status muted" role="status">
        ${this.phase === 'loading' ? l.t('dashboard.loading', { range: period }) : this.phase === 'ready' ? l.t('dashboard.loaded', { range: period }) : ''}
      </p>
      <div class="problem" role="alert">
        ${this.phase === 'error'
          ? html`<p class="error">${l.t('dashboard.loadFailed', { message: this.loadError })}</p>
              <button type="button" @click=${() => void this.load()}>${l.t('dashboard.retry')}</button>`
          : nothing}
      </div>
      ${data
        ? html`
            <samtykke-dashboard-key-figures .localization=${l} .stats=${data.daily}></samtykke-dashboard-key-figures>
            <section aria-labelledby="trends-heading">
              <h2 id="trends-heading">${l.t('dashboard.trendsHeading')}</h2>
              <div class="charts">
                <samtykke-dashboard-trend-chart data-chart="decisions" .spec=${decisionChart(data.daily, l)}></samtykke-dashboard-trend-chart>
                <samtykke-dashboard-trend-chart data-chart="opt-in" .spec=${optInChart(data.daily, l)}></samtykke-dashboard-trend-chart>
              </div>
            </section>
            <samtykke-dashboard-variant-comparison .localization=${l} .groups=${data.breakdowns.variant} .period=${period}></samtykke-dashboard-variant-comparison>
            <section aria-labelledby="breakdown-heading">
              <h2 id="breakdown-heading">${l.t('dashboard.breakdownHeading')}</h2>
              <div class="breakdowns">
                ${BREAKDOWNS.map(
                  (breakdown) => html`<samtykke-dashboard-breakdown-table .localization=${l} .breakdown=${breakdown} .groups=${data.breakdowns[breakdown]}></samtykke-dashboard-breakdown-table>`,
                )}
              </div>
            </section>
          `
        : nothing}
      <samtykke-dashboard-proof-lookup .localization=${l} .api=${this.api} @unauthorized=${() => this.signOut('sessionEnded')}></samtykke-dashboard-proof-lookup>
    `;
  }

  /** (Re)reads the collector address and the token stored for it; loads at once when there is one. */
  private connectCollector(): void {
    this.base = collectorBase(this.endpoint, location.origin);
    this.tokens = new TokenStore(tokenKey(this.base));
    const token = this.tokens.read();
    this.data = undefined;
    if (token) {
      this.api = new DashboardApi({ base: this.base, token });
      void this.load();
    } else {
      this.api = undefined;
      this.phase = 'signed-out';
    }
  }

  private resolveLanguage(): DashboardLanguage {
    const inherited = (this.parentElement?.closest('[lang]') ?? document.documentElement).getAttribute('lang');
    return resolveDashboardLanguage(this.getAttribute('lang'), inherited, navigator.languages ?? []);
  }

  private async loadTexts(): Promise<void> {
    const language = this.resolveLanguage();
    this.requestedLanguage = language;
    const localization = await createDashboardLocalization(language);
    // A newer request (the lang attribute changed meanwhile) wins.
    if (this.requestedLanguage === language) this.localization = localization;
  }

  private async verify(token: string): Promise<void> {
    const api = new DashboardApi({ base: this.base, token });
    await api.stats(this.range);
  }

  private async signedIn(token: string): Promise<void> {
    this.tokens?.write(token);
    this.api = new DashboardApi({ base: this.base, token });
    this.signInNotice = '';
    void this.load();
    await this.updateComplete;
    this.heading?.focus();
  }

  private async signOut(notice: 'sessionEnded' | ''): Promise<void> {
    this.loading?.abort();
    this.tokens?.clear();
    this.api = undefined;
    this.data = undefined;
    this.exportStatus = '';
    this.exportError = '';
    this.signInNotice = notice;
    this.phase = 'signed-out';
    await this.updateComplete;
    await this.signIn?.updateComplete;
    this.signIn?.focus();
  }

  private changeRange({ choice, range }: RangeChangeDetail): void {
    this.choice = choice;
    this.range = range;
    this.exportStatus = '';
    this.exportError = '';
    void this.load();
  }

  /** Five requests in parallel: totals with the daily split, and one per breakdown. */
  private async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    const range = this.range;
    this.phase = 'loading';
    this.loadError = '';
    try {
      const [daily, ...grouped] = await Promise.all([api.stats(range, 'day', controller.signal), ...BREAKDOWNS.map((breakdown) => api.stats(range, breakdown, controller.signal))]);
      if (controller.signal.aborted) return;
      const breakdowns = Object.fromEntries(BREAKDOWNS.map((breakdown, index) => [breakdown, grouped[index]?.groups ?? []])) as Record<Breakdown, StatsGroup[]>;
      this.data = { range, daily: daily, breakdowns };
      this.phase = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 401) {
        void this.signOut('sessionEnded');
        return;
      }
      this.loadError = error instanceof NetworkError ? (this.localization?.t('signIn.unreachable', { endpoint: this.base }) ?? error.message) : error instanceof Error ? error.message : String(error);
      this.phase = 'error';
    }
  }

  private async exportCsv(): Promise<void> {
    const l = this.localization;
    if (!this.api || !l || this.exporting) return;
    this.exporting = true;
    this.exportError = '';
    this.exportStatus = l.t('export.working');
    try {
      const { blob, filename } = await this.api.exportCsv(this.range);
      saveBlob(blob, filename, this.renderRoot);
      this.exportStatus = l.t('export.done', { file: filename });
    } catch (error) {
      this.exportStatus = '';
      if (error instanceof ApiError && error.status === 401) {
        void this.signOut('sessionEnded');
        return;
      }
      this.exportError = l.t('export.failed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.exporting = false;
    }
  }

  /** Waits for every child element (charts included) to finish rendering, then says so. */
  private async markReady(): Promise<void> {
    const data = this.data;
    const children = [...this.renderRoot.querySelectorAll('*')].filter((element): element is LitElement => element instanceof LitElement);
    await Promise.all(children.map((child) => child.updateComplete));
    if (this.data !== data || this.phase !== 'ready') return;
    this.renderedData = data;
    this.setAttribute('state', 'ready');
    performance.mark('samtykke-dashboard:ready');
  }
}
