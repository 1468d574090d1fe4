import { css, cssText } from './css.js';

/*
 * Theming API: the `--samtykke-*` custom properties below. Set them on the elements or anywhere above
 * them (`:root` works: each one is read on `:host` with its default, so inherited values win over the
 * default). `theme="dark"` (or `auto` with a dark `prefers-color-scheme`) switches the defaults; a
 * site's own value applies to both themes unless scoped, e.g. `samtykke-banner[theme=dark] { … }`.
 *
 * For the README (copy as is):
 *
 * | property                              | default (light / dark)                 | used for |
 * |---------------------------------------|----------------------------------------|----------|
 * | --samtykke-font-family                | system-ui, sans-serif                  | all text |
 * | --samtykke-font-size                  | 1rem                                   | base size; every size and space scales from it |
 * | --samtykke-line-height                | 1.5                                    | body text |
 * | --samtykke-text                       | #1f2328 / #e6edf3                      | text |
 * | --samtykke-background                 | #ffffff / #161b22                      | banner, dialog, placeholder |
 * | --samtykke-surface                    | #f6f8fa / #21262d                      | notices, cookie tables, placeholder body |
 * | --samtykke-border                     | #57606a / #8b949e                      | outlines and dividers |
 * | --samtykke-border-width               | 2px                                    | buttons and switches |
 * | --samtykke-radius                     | 0.75em                                 | banner card, dialog, placeholder |
 * | --samtykke-link                       | #0b57d0 / #79b8ff                      | links |
 * | --samtykke-button-background          | #ffffff / #161b22                      | every button: Accept all, Reject all, Settings, Save alike |
 * | --samtykke-button-text                | #1f2328 / #e6edf3                      | every button's text |
 * | --samtykke-button-border              | #1f2328 / #e6edf3                      | every button's border |
 * | --samtykke-button-hover-background    | #eaeef2 / #30363d                      | every button under the pointer |
 * | --samtykke-button-radius              | 0.5em                                  | every button |
 * | --samtykke-switch-on                  | #0b57d0 / #79b8ff                      | switch track when on |
 * | --samtykke-switch-off                 | #57606a / #8b949e                      | switch track border and knob when off |
 * | --samtykke-focus-ring                 | #0b57d0 / #79b8ff                      | the focus outline |
 * | --samtykke-shadow                     | 0 0.25em 1.5em rgb(0 0 0 / 0.25)       | banner and dialog |
 * | --samtykke-backdrop                   | rgb(0 0 0 / 0.5)                       | behind the preferences dialog |
 * | --samtykke-z-index                    | 2147483000                             | banner stacking |
 * | --samtykke-offset                     | 1em                                    | gap between the box banner and the viewport edge |
 * | --samtykke-max-width                  | 40em                                   | box banner width |
 * | --samtykke-dialog-max-width           | 42em                                   | preferences dialog width |
 *
 * There is deliberately one set of button properties: a theme cannot make Accept all look more
 * important than Reject all (EDPB cookie banner taskforce, report of 17 Jan 2023, type D).
 */

const darkDefaults = cssText`
  color-scheme: dark;
  --_text: var(--samtykke-text, #e6edf3);
  --_background: var(--samtykke-background, #161b22);
  --_surface: var(--samtykke-surface, #21262d);
  --_border: var(--samtykke-border, #8b949e);
  --_link: var(--samtykke-link, #79b8ff);
  --_button-background: var(--samtykke-button-background, #161b22);
  --_button-text: var(--samtykke-button-text, #e6edf3);
  --_button-border: var(--samtykke-button-border, #e6edf3);
  --_button-hover-background: var(--samtykke-button-hover-background, #30363d);
  --_switch-on: var(--samtykke-switch-on, #79b8ff);
  --_switch-off: var(--samtykke-switch-off, #8b949e);
  --_focus-ring: var(--samtykke-focus-ring, #79b8ff);
`;

/** The custom properties with their defaults, and the base typography, for every element's `:host`. */
export const themeStyles = css`
  :host {
    color-scheme: light;
    --_font-family: var(--samtykke-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--samtykke-text, #1f2328);
    --_background: var(--samtykke-background, #ffffff);
    --_surface: var(--samtykke-surface, #f6f8fa);
    --_border: var(--samtykke-border, #57606a);
    --_border-width: var(--samtykke-border-width, 2px);
    --_radius: var(--samtykke-radius, 0.75em);
    --_link: var(--samtykke-link, #0b57d0);
    --_button-background: var(--samtykke-button-background, #ffffff);
    --_button-text: var(--samtykke-button-text, #1f2328);
    --_button-border: var(--samtykke-button-border, #1f2328);
    --_button-hover-background: var(--samtykke-button-hover-background, #eaeef2);
    --_button-radius: var(--samtykke-button-radius, 0.5em);
    --_switch-on: var(--samtykke-switch-on, #0b57d0);
    --_switch-off: var(--samtykke-switch-off, #57606a);
    --_focus-ring: var(--samtykke-focus-ring, #0b57d0);
    --_shadow: var(--samtykke-shadow, 0 0.25em 1.5em rgb(0 0 0 / 0.25));
    --_offset: var(--samtykke-offset, 1em);

    font-family: var(--_font-family);
    font-size: var(--samtykke-font-size, 1rem);
    line-height: var(--samtykke-line-height, 1.5);
    color: var(--_text);
    text-align: start;
  }

  :host([theme='dark']) {
    ${darkDefaults}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkDefaults}
    }
  }

  [hidden] {
    display: none;
  }
`;
