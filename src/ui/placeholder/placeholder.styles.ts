import { css } from '../shared/css.js';

export const placeholderStyles = css`
  /* Takes the blocked iframe's place and size (set by the mount from the iframe), so nothing jumps. The
     size can be overridden from the page: samtykke-placeholder { width: 100%; }. */
  :host {
    box-sizing: border-box;
    display: inline-block;
    width: var(--_samtykke-width, 300px);
    height: var(--_samtykke-height, 150px);
    max-width: 100%;
    /* Scrolls when the embed is smaller than the text; also puts the baseline where the iframe had it. */
    overflow: auto;
    vertical-align: baseline;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  [part~='placeholder'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5em;
    min-height: 100%;
    padding: 1em;
  }

  .title {
    font-weight: 600;
  }

  .actions {
    margin-block-start: 0.25em;
  }
`;
