import { css } from 'lit';

/*
 * Styling API of every dashboard element: the custom properties below, read on `:host` with a default,
 * so a value set on <samtykke-dashboard> or any ancestor (`:root`) wins. Default colours meet WCAG 2.2
 * AA contrast: text 4.5:1 or more on both backgrounds, borders and focus ring 3:1 or more.
 *
 * | property                         | default     | used for |
 * |----------------------------------|-------------|----------|
 * | --samtykke-font-family           | system-ui   | all text |
 * | --samtykke-text                  | #1f2328     | text |
 * | --samtykke-muted-text            | #57606a     | notes and hints |
 * | --samtykke-background            | #ffffff     | cards, tables, inputs |
 * | --samtykke-surface               | #f6f8fa     | the page behind the cards |
 * | --samtykke-border                | #8c959f     | card and table borders (decorative) |
 * | --samtykke-control-border        | #57606a     | inputs and secondary buttons |
 * | --samtykke-accent                | #0b57d0     | primary buttons, selected period, links |
 * | --samtykke-accent-text           | #ffffff     | text on the accent colour |
 * | --samtykke-focus-ring            | #0b57d0     | focus outline |
 * | --samtykke-error                 | #b3261e     | error messages |
 * | --samtykke-radius                | 0.5rem      | cards, buttons, inputs |
 */
export const baseStyles = css`
  :host {
    --_font: var(--samtykke-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--samtykke-text, #1f2328);
    --_muted: var(--samtykke-muted-text, #57606a);
    --_background: var(--samtykke-background, #ffffff);
    --_surface: var(--samtykke-surface, #f6f8fa);
    --_border: var(--samtykke-border, #8c959f);
    --_control-border: var(--samtykke-control-border, #57606a);
    --_accent: var(--samtykke-accent, #0b57d0);
    --_accent-text: var(--samtykke-accent-text, #ffffff);
    --_focus: var(--samtykke-focus-ring, #0b57d0);
    --_error: var(--samtykke-error, #b3261e);
    --_radius: var(--samtykke-radius, 0.5rem);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .muted {
    color: var(--_muted);
  }
  .card {
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  button.secondary {
    background: var(--_background);
    color: var(--_text);
    border-color: var(--_control-border);
  }
  button:hover {
    filter: brightness(0.92);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  label {
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .error:empty,
  .status:empty {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Wide tables scroll sideways inside their own focusable region on narrow screens (WCAG 1.4.10). */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    background: var(--_background);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.375rem 0.625rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  /* Headers wrap so narrow screens scroll less; numbers never break. */
  th {
    white-space: normal;
    min-width: 5rem;
  }
  thead th {
    border-bottom: 2px solid var(--_control-border);
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 600;
    min-width: 7rem;
  }
  @media (max-width: 30rem) {
    .card {
      padding: 0.75rem;
    }
    th,
    td {
      padding: 0.375rem 0.375rem;
    }
    tbody th {
      min-width: 6rem;
    }
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
