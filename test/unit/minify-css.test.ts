import { describe, expect, it } from 'vitest';
// @ts-expect-error: the rollup config is plain JavaScript without types.
import { minifyCss } from '../../rollup.config.mjs';

describe('minifyCss() for Lit css literals', () => {
  it.each([
    ['a {\n  color: red;\n}\n', 'a{color:red}'],
    ['/* why */ a { color: red; }', 'a{color:red}'],
    ['a > b, c { margin: 0 }', 'a>b,c{margin:0}'],
    // A descendant combinator before a pseudo-class is meaningful whitespace.
    ['nav :focus-visible { outline: none }', 'nav :focus-visible{outline:none}'],
    ['a { width: calc(100% - 2em) }', 'a{width:calc(100% - 2em)}'],
    ['@media (prefers-color-scheme: dark) {\n  :host { color: #fff; }\n}', '@media (prefers-color-scheme:dark){:host{color:#fff}}'],
    ['a { font: 1em / 1.5 system-ui, sans-serif }', 'a{font:1em / 1.5 system-ui,sans-serif}'],
  ])('%j', (input, expected) => {
    expect(minifyCss(input).trim()).toBe(expected);
  });
});
