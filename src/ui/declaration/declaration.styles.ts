import { css } from '../shared/css.js';

export const declarationStyles = css`
  /* Part of the page's text flow, not an overlay: it takes the width it is given. It paints its own
     background so its colours always go together, also in the dark theme on a light page; set
     --samtykke-background (e.g. to transparent) and padding on the element to blend it in. */
  :host {
    display: block;
    background: var(--_background);
  }

  [part~='declaration'] {
    display: flex;
    flex-direction: column;
    gap: 1.25em;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.3;
  }

  .heading {
    font-size: 1.25em;
  }

  .category-heading {
    font-size: 1.1em;
  }

  .category {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-block-start: 1em;
    border-top: 1px solid var(--_border);
  }

  .choice {
    align-self: flex-start;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  caption {
    padding-block-end: 0.25em;
    font-weight: 600;
    text-align: start;
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  th {
    background: var(--_surface);
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }

  .consent {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
  }

  dt {
    font-weight: 600;
  }

  dd {
    overflow-wrap: anywhere;
  }

  /* Narrow columns: each cookie becomes a block of label and value pairs, the headers read from the
     cells' data-label; the table stays a table for assistive technology. */
  @container declaration (max-width: 32em) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    tr,
    td {
      display: block;
    }

    tr {
      margin-block-end: 0.5em;
      border: 1px solid var(--_border);
    }

    td {
      display: grid;
      grid-template-columns: minmax(6em, 35%) 1fr;
      gap: 0.5em;
      border: 0;
      border-bottom: 1px solid var(--_border);
    }

    td:last-child {
      border-bottom: 0;
    }

    td::before {
      content: attr(data-label);
      font-weight: 600;
    }

    dl {
      grid-template-columns: 1fr;
    }
  }

  .container {
    container: declaration / inline-size;
  }
`;
