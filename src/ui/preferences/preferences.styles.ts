import { css } from '../shared/css.js';

export const preferencesStyles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(var(--samtykke-dialog-max-width, 42em), 100% - 2em);
    max-width: none;
    max-height: calc(100% - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: hidden;
    /* Long words (Finnish, Icelandic, German) break rather than overflow at 320 px with 200 % text (R51). */
    overflow-wrap: break-word;
    hyphens: auto;
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: var(--samtykke-backdrop, rgb(0 0 0 / 0.5));
  }

  header,
  footer,
  .body {
    padding: 1em 1.25em;
  }

  /* The gap is 0.75em, not 1em: at 320 px "Cookieinställningar" then fits beside the close button with a
     few pixels to spare, where 1em left it a fraction of a pixel short and broke the word. */
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    border-bottom: 1px solid var(--_border);
  }

  /* At 320 px with 200 % text a long title ("Cookie-Einstellungen") is wider than the header: it breaks,
     rather than pushing the close button out of the dialog, which clips it (R51). */
  header h2 {
    min-width: 0;
  }

  [part~='close'] {
    flex: none;
    display: grid;
    place-items: center;
    padding: 0;
  }

  [part~='close'] svg {
    width: 1.25em;
    height: 1.25em;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 1em;
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
  }

  footer {
    border-top: 1px solid var(--_border);
  }

  .notice {
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_switch-on);
    background: var(--_surface);
  }

  .category {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-block-end: 1em;
    border-bottom: 1px solid var(--_border);
  }

  /* Wraps when the name and the switch do not fit on one line (320 px with 200 % text), so the switch
     moves under the name instead of out of the dialog (R51). */
  .category-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }

  .category-header h3 {
    min-width: 0;
  }

  .category-header label {
    cursor: pointer;
  }

  .always-on {
    margin-inline-start: auto;
    font-size: 0.875em;
  }

  summary {
    min-height: 1.5em;
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  details > :not(summary) {
    margin-block-start: 0.5em;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    background: var(--_surface);
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
  }

  dt {
    font-weight: 600;
    /* "Einwilligungs-ID" at 200 % text is wider than a 320 px screen's column. */
    overflow-wrap: anywhere;
  }

  dd {
    overflow-wrap: anywhere;
  }

  .receipt {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
  }

  /* Phones: the dialog takes the whole screen, and the receipt's label/value pairs stack. */
  @media (max-width: 30em) {
    dialog {
      width: 100%;
      max-height: 100%;
      height: 100%;
      border-radius: 0;
    }

    dl {
      grid-template-columns: 1fr;
    }

    dd {
      margin-block-end: 0.5em;
    }
  }
`;
