import { compositeOver, contrastRatio, parseColor, type Rgba } from '../ui/shared/contrast.js';
import { WARNING_CODES, type ButtonSurface, type UnequalButtonsFinding, type WeightRule } from './findings.js';

/** What the check needs of one button: computed values as `getComputedStyle` gives them, and its box. */
export interface ButtonLook {
  fontSize: string;
  fontWeight: string;
  fontFamily: string;
  /** Top, right, bottom, left. */
  padding: readonly [string, string, string, string];
  /** Top, right, bottom, left. */
  borderWidth: readonly [string, string, string, string];
  color: string;
  backgroundColor: string;
  opacity: string;
  textDecorationLine: string;
  width: number;
  height: number;
}

/** Largest difference of width or height, as a share of the larger one (R9: ±10 %). */
export const MAX_SIZE_DIFFERENCE = 0.1;
/** Smallest text contrast for both buttons (R9, WCAG 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;
/** Largest contrast between the two backgrounds when a theme makes them differ (R9). */
export const MAX_BACKGROUND_CONTRAST = 1.5;

/** Behind the surface when its own background is transparent too: the page is most likely white. */
const WHITE: Rgba = { red: 255, green: 255, blue: 255, alpha: 1 };

const SURFACE_NAMES: Record<ButtonSurface, string> = { banner: 'banner', preferences: 'preferences dialog' };

const FIX =
  'Theme both buttons alike through the --samtykke-* custom properties or ::part(button), not ::part(accept-all) or ::part(reject-all) (requirement R9: equal visual weight).';

const ratio = (value: number): string => `${value.toFixed(2)}:1`;
const percent = (share: number): string => `${Math.round(share * 100)} %`;
const px = (value: number): string => `${Math.round(value * 10) / 10}px`;

/** The colour as painted: `color` over `behind`, opaque. Null when the colour cannot be read. */
function painted(color: string, behind: Rgba): Rgba | null {
  const parsed = parseColor(color);
  return parsed && compositeOver(parsed, behind);
}

/**
 * Compares the Accept all and Reject all buttons of one surface against the rules of requirement R9
 * and returns one finding per broken rule, naming the two values. `surfaceBackground` is the computed
 * background of the banner card or the dialog, what a transparent button shows. Colours it cannot
 * read (`oklch()` and other non-sRGB computed values) are left unchecked rather than guessed.
 */
export function checkButtonWeight(accept: ButtonLook, reject: ButtonLook, surfaceBackground: string, surface: ButtonSurface): UnequalButtonsFinding[] {
  const findings: UnequalButtonsFinding[] = [];
  const where = `the ${SURFACE_NAMES[surface]}`;
  const add = (rule: WeightRule, what: string): void => {
    findings.push({ code: WARNING_CODES.unequalButtons, surface, rule, message: `Accept all and Reject all in ${where} ${what}. ${FIX}` });
  };

  const identical: Array<[WeightRule, (look: ButtonLook) => string]> = [
    ['font-size', (look) => look.fontSize],
    ['font-weight', (look) => look.fontWeight],
    ['font-family', (look) => look.fontFamily],
    ['padding', (look) => look.padding.join(' ')],
    ['border-width', (look) => look.borderWidth.join(' ')],
  ];
  for (const [rule, read] of identical) {
    const [one, two] = [read(accept), read(reject)];
    if (one !== two) add(rule, `differ in ${rule}: ${one} and ${two}`);
  }

  for (const rule of ['width', 'height'] as const) {
    const [one, two] = [accept[rule], reject[rule]];
    const larger = Math.max(one, two);
    const difference = larger > 0 ? Math.abs(one - two) / larger : 0;
    if (difference > MAX_SIZE_DIFFERENCE) add(rule, `differ in ${rule} by ${percent(difference)}: ${px(one)} and ${px(two)} (at most ${percent(MAX_SIZE_DIFFERENCE)} allowed)`);
  }

  const behindSurface = painted(surfaceBackground, WHITE) ?? WHITE;
  const [acceptBackground, rejectBackground] = [painted(accept.backgroundColor, behindSurface), painted(reject.backgroundColor, behindSurface)];
  const lowContrast: string[] = [];
  for (const [label, look, background] of [['Accept all', accept, acceptBackground], ['Reject all', reject, rejectBackground]] as const) {
    const text = background && painted(look.color, background);
    if (!background || !text) continue;
    const contrast = contrastRatio(text, background);
    if (contrast < MIN_TEXT_CONTRAST) lowContrast.push(`${label} ${ratio(contrast)} (${look.color} on ${look.backgroundColor})`);
  }
  if (lowContrast.length > 0) add('text-contrast', `need text contrast of at least ${ratio(MIN_TEXT_CONTRAST)}; found ${lowContrast.join(', ')}`);

  if (acceptBackground && rejectBackground && accept.backgroundColor !== reject.backgroundColor) {
    const contrast = contrastRatio(acceptBackground, rejectBackground);
    if (contrast > MAX_BACKGROUND_CONTRAST) {
      add('background', `differ in background-color: ${accept.backgroundColor} and ${reject.backgroundColor}, a contrast of ${ratio(contrast)} between them (at most ${ratio(MAX_BACKGROUND_CONTRAST)} allowed)`);
    }
  }

  const [acceptOpacity, rejectOpacity] = [Number(accept.opacity), Number(reject.opacity)];
  if (acceptOpacity < 1 || rejectOpacity < 1) add('opacity', `must both be fully opaque; opacity is ${accept.opacity} and ${reject.opacity}`);

  const underlined = (look: ButtonLook): boolean => /\bunderline\b/.test(look.textDecorationLine);
  if (underlined(accept) || underlined(reject)) add('text-decoration', `must both look like buttons, not links; text-decoration-line is ${accept.textDecorationLine} and ${reject.textDecorationLine}`);

  return findings;
}
