import { describe, expect, it } from 'vitest';
import { checkButtonWeight, type ButtonLook } from './button-weight.js';

// The default light theme as Chromium computes it for both buttons of the box layout.
const BUTTON: ButtonLook = {
  fontSize: '16px',
  fontWeight: '600',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  padding: ['8px', '16px', '8px', '16px'],
  borderWidth: ['2px', '2px', '2px', '2px'],
  color: 'rgb(31, 35, 40)',
  backgroundColor: 'rgb(255, 255, 255)',
  opacity: '1',
  textDecorationLine: 'none',
  width: 180,
  height: 44,
};
const CARD = 'rgb(255, 255, 255)';

const rulesOf = (accept: Partial<ButtonLook>, reject: Partial<ButtonLook> = {}, card = CARD) =>
  checkButtonWeight({ ...BUTTON, ...accept }, { ...BUTTON, ...reject }, card, 'banner').map((finding) => finding.rule);

describe('checkButtonWeight()', () => {
  it('finds nothing when both buttons share one style', () => {
    expect(checkButtonWeight(BUTTON, { ...BUTTON }, CARD, 'banner')).toEqual([]);
  });

  it.each<[string, Partial<ButtonLook>, Partial<ButtonLook>, string[]]>([
    ['a larger font', { fontSize: '22px' }, {}, ['font-size']],
    ['a bolder font', { fontWeight: '700' }, {}, ['font-weight']],
    ['another font', {}, { fontFamily: 'Georgia, serif' }, ['font-family']],
    ['more padding on one side', { padding: ['8px', '24px', '8px', '16px'] }, {}, ['padding']],
    ['a thinner border on one side', {}, { borderWidth: ['2px', '2px', '0px', '2px'] }, ['border-width']],
    ['11 % narrower', {}, { width: 160 }, ['width']],
    ['10 % narrower: still allowed', {}, { width: 162 }, []],
    ['a taller button', { height: 52 }, {}, ['height']],
    ['grey text on white', {}, { color: 'rgb(200, 200, 200)' }, ['text-contrast']],
    ['both buttons with low-contrast text: one finding', { color: 'rgb(200, 200, 200)' }, { color: 'rgb(200, 200, 200)' }, ['text-contrast']],
    ['a green Accept all with white text', { backgroundColor: 'rgb(10, 125, 40)', color: 'rgb(255, 255, 255)' }, {}, ['background']],
    ['a barely different background (under 1.5:1)', { backgroundColor: 'rgb(234, 238, 242)' }, {}, []],
    ['a transparent Reject all on a white card: same as white', {}, { backgroundColor: 'rgba(0, 0, 0, 0)' }, []],
    ['a faded Reject all', {}, { opacity: '0.6' }, ['opacity']],
    ['Reject all styled as a link', {}, { textDecorationLine: 'underline' }, ['text-decoration']],
    ['a bigger, green Accept all', { fontSize: '22px', backgroundColor: 'rgb(10, 125, 40)', color: 'rgb(255, 255, 255)', width: 230, height: 52 }, {}, ['font-size', 'width', 'height', 'background']],
  ])('%s', (_, accept, reject, expected) => {
    expect(rulesOf(accept, reject)).toEqual(expected);
  });

  it('treats a transparent button as the card behind it: dark text on a dark card fails', () => {
    const transparent = { backgroundColor: 'rgba(0, 0, 0, 0)' };
    expect(rulesOf(transparent, transparent, 'rgb(22, 27, 34)')).toEqual(['text-contrast']);
  });

  it('leaves colours it cannot read unchecked', () => {
    expect(rulesOf({ backgroundColor: 'oklch(0.5 0.15 145)', color: 'oklch(0.6 0.15 145)' })).toEqual([]);
  });

  it('names the rule, both values and the fix', () => {
    const [fontSize, contrast, background] = checkButtonWeight(
      { ...BUTTON, fontSize: '22px', backgroundColor: 'rgb(10, 125, 40)', color: 'rgb(255, 255, 255)' },
      { ...BUTTON, color: 'rgb(150, 150, 150)' },
      CARD,
      'preferences',
    );
    expect(fontSize).toMatchObject({ code: 'unequal-buttons', surface: 'preferences', rule: 'font-size' });
    expect(fontSize!.message).toBe(
      'Accept all and Reject all in the preferences dialog differ in font-size: 22px and 16px. Theme both buttons alike through the --samtykke-* custom properties or ::part(button), not ::part(accept-all) or ::part(reject-all) (requirement R9: equal visual weight).',
    );
    expect(contrast!.message).toContain('need text contrast of at least 4.50:1; found Reject all 2.96:1 (rgb(150, 150, 150) on rgb(255, 255, 255))');
    expect(background!.message).toContain('differ in background-color: rgb(10, 125, 40) and rgb(255, 255, 255), a contrast of 5.28:1 between them (at most 1.50:1 allowed)');
  });

  it('gives the size difference and both sizes', () => {
    const [width] = checkButtonWeight(BUTTON, { ...BUTTON, width: 120.44 }, CARD, 'banner');
    expect(width!.message).toContain('in the banner differ in width by 33 %: 180px and 120.4px (at most 10 % allowed)');
  });
});
