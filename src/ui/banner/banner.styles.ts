import { css } from '../shared/css.js';

export const bannerStyles = css`
  /* A fixed overlay: it never pushes page content (no layout shift), and outside the card itself the
     page stays clickable. */
  :host {
    position: fixed;
    inset-inline: 0;
    bottom: 0;
    z-index: var(--samtykke-z-index, 2147483000);
    display: block;
    pointer-events: none;
  }

  [part~='banner'] {
    pointer-events: auto;
    display: flex;
    flex-direction: column;
    gap: 1em;
    width: min(var(--samtykke-max-width, 40em), 100% - 2 * var(--_offset));
    max-height: calc(100vh - 2 * var(--_offset));
    margin: var(--_offset);
    padding: 1.25em;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }

  /* The text scrolls inside the banner when space is short; the buttons always stay in view. */
  .content {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    flex: 1 1 auto;
    min-height: 4.5em;
    overflow-y: auto;
  }

  .actions {
    flex: none;
  }

  /* Four buttons: two rows of two rather than three and one. */
  :host([layout='toggles']) .actions {
    grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
  }

  .purposes {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .purpose {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }

  .purpose input {
    margin-block-start: 0.1em;
  }

  :host([layout='bar']) [part~='banner'] {
    width: 100%;
    max-height: min(70vh, 100vh - var(--_offset));
    margin: 0;
    border-width: 1px 0 0;
    border-radius: 0;
  }

  @media (min-width: 64em) {
    :host([layout='bar']) [part~='banner'] {
      flex-direction: row;
      gap: 2em;
      padding-inline: max(1.25em, (100% - 80em) / 2);
    }

    :host([layout='bar']) .content {
      flex: 1 1 0;
    }

    :host([layout='bar']) .purposes {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.5em 2em;
    }

    :host([layout='bar']) .actions {
      flex: 0 0 min(36em, 45%);
      align-self: center;
    }
  }

  /* Phones: the box becomes a full-width sheet at the bottom, at most three quarters of the screen. */
  @media (max-width: 40em) {
    [part~='banner'] {
      width: 100%;
      max-height: 75vh;
      margin: 0;
      padding: 1em;
      border-width: 1px 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }

    /* Marks where the scrolling text ends and the buttons begin. */
    .actions {
      padding-block-start: 0.75em;
      border-top: 1px solid var(--_border);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='banner'] {
      animation: samtykke-slide-in 0.2s ease-out;
    }
  }

  /* Transform only: opacity would dim the text while it animates, and transforms cause no layout shift. */
  @keyframes samtykke-slide-in {
    from {
      transform: translateY(1em);
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
