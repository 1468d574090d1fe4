import { css } from './css.js';

/**
 * Buttons, links and switches, shared by every element so they look and behave the same everywhere.
 * All buttons use one style: equal visual weight is built in, not configured (requirement R9).
 * Targets are at least 24×24 CSS px at any font size from 9px up (WCAG 2.5.8); buttons are 44 px high.
 */
export const controlStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }

  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1em;
  }

  /* Headings with tabindex=-1 receive focus when a layer opens, for screen readers; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    /* A 24 px tall target even on one short line. */
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.125em;
    /* A link or button never wider than its container: a long word breaks instead (320 px, 200 % text). */
    max-width: 100%;
    overflow-wrap: break-word;
  }

  button {
    min-height: 2.75em;
    min-width: 2.75em;
    max-width: 100%;
    margin: 0;
    padding: 0.5em 1em;
    border: var(--_border-width) solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-background);
    color: var(--_button-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  button:hover {
    background: var(--_button-hover-background);
  }

  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  input[role='switch'] {
    appearance: none;
    flex: none;
    /* Inputs do not inherit the font by default; the switch is sized in em of the text around it. */
    font: inherit;
    width: 2.75em;
    height: 1.5em;
    margin: 0;
    border: var(--_border-width) solid var(--_switch-off);
    border-radius: 999px;
    /* The knob is a radial gradient, so no pseudo-elements on a replaced element are needed. */
    background: radial-gradient(circle closest-side, var(--_switch-off) 70%, transparent 76%) no-repeat left center;
    /* A square as tall as the inside of the track. */
    background-size: calc(1.5em - 2 * var(--_border-width)) 100%;
    background-color: var(--_background);
    cursor: pointer;
  }

  input[role='switch']:checked {
    border-color: var(--_switch-on);
    background-image: radial-gradient(circle closest-side, var(--_background) 70%, transparent 76%);
    background-position: right center;
    background-color: var(--_switch-on);
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
  }

  .actions {
    display: grid;
    /* Equal columns: each button gets the same width, and a row the same height. 10em fits the longest
       single word of every shipped language ("Einstellungen") without breaking it. */
    grid-template-columns: repeat(auto-fit, minmax(min(10em, 100%), 1fr));
    gap: 0.5em;
  }

  @media (prefers-reduced-motion: no-preference) {
    input[role='switch'] {
      transition: background-position 0.15s ease-out;
    }
  }

  /* In forced colours (Windows contrast themes) the drawn switch would lose its knob: use the native control. */
  @media (forced-colors: active) {
    input[role='switch'] {
      appearance: auto;
    }
  }
`;
