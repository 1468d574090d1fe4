import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApiError, NetworkError } from '../api-client.js';
import type { DashboardLocalization } from '../localization.js';
import { baseStyles } from '../shared/base.styles.js';

/**
 * The admin token form. It checks the token with `verify` (a request to the collector) and fires
 * `signed-in` only once the collector accepted it; a refused token is said in words, with the
 * collector's own explanation, and the field is marked invalid.
 *
 * @summary Sign-in to the dashboard with the collector's admin token.
 * @event signed-in - `detail: { token }`, after the collector accepted the token. Not composed.
 */
export class DashboardSignIn extends LitElement {
  static override styles = [
    baseStyles,
    css`
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 28rem;
      }
      input {
        width: 100%;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  @property({ attribute: false }) localization: DashboardLocalization | undefined;

  /** Resolves when the collector accepts the token; rejects with ApiError or NetworkError. */
  @property({ attribute: false }) verify: ((token: string) => Promise<void>) | undefined;

  /** Where the collector is, for the "could not be reached" message. */
  @property() endpoint = '';

  /** A message to show above the form, e.g. that the session ended. */
  @property() notice = '';

  @state() private error = '';
  @state() private busy = false;

  @query('input') private input!: HTMLInputElement | null;

  /** Moves focus to the token field. */
  override focus(): void {
    this.input?.focus();
  }

  override render() {
    const l = this.localization;
    if (!l) return nothing;
    return html`
      <section class="card" aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">${l.t('signIn.heading')}</h2>
        ${this.notice ? html`<p id="sign-in-notice" class="error">${this.notice}</p>` : nothing}
        <p>${l.t('signIn.intro')}</p>
        <form @submit=${this.submit} novalidate>
          <label for="token">${l.t('signIn.tokenLabel')}</label>
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="current-password"
            spellcheck="false"
            aria-describedby=${this.notice ? 'sign-in-notice token-error' : 'token-error'}
            aria-invalid=${this.error ? 'true' : 'false'}
          />
          <p id="token-error" class="error" role="alert">${this.error}</p>
          <button type="submit" ?disabled=${this.busy}>${l.t('signIn.submit')}</button>
          <p class="status muted" role="status">${this.busy ? l.t('signIn.checking') : ''}</p>
        </form>
      </section>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const l = this.localization;
    const token = this.input?.value.trim() ?? '';
    if (!l || !this.verify || this.busy) return;
    if (!token) {
      this.error = l.t('signIn.empty');
      this.input?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await this.verify(token);
      if (this.input) this.input.value = '';
      this.dispatchEvent(new CustomEvent('signed-in', { detail: { token } }));
    } catch (error) {
      this.error = this.describe(error, l);
      this.input?.focus();
    } finally {
      this.busy = false;
    }
  }

  private describe(error: unknown, l: DashboardLocalization): string {
    if (error instanceof ApiError && error.status === 401) return l.t('signIn.refused', { message: error.message });
    if (error instanceof ApiError) return l.t('signIn.failed', { status: error.status, message: error.message });
    if (error instanceof NetworkError) return l.t('signIn.unreachable', { endpoint: this.endpoint });
    return l.t('signIn.failed', { status: '–', message: error instanceof Error ? error.message : String(error) });
  }
}
