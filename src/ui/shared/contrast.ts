/**
 * WCAG 2.x contrast of computed colours: shared by the element tests (R9, R47) and dev mode's
 * equal-weight check, so both measure the same way. Reads what `getComputedStyle` gives for sRGB
 * colours: `rgb()`, `rgba()` (comma or space syntax), `color(srgb …)` and `transparent`.
 */

/** A colour with 0–255 channels and 0–1 alpha. */
export interface Rgba {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

const TRANSPARENT: Rgba = { red: 0, green: 0, blue: 0, alpha: 0 };

/** A computed colour as channels, or null for anything else (`oklch()`, `lab()`, keywords, …). */
export function parseColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { ...TRANSPARENT };
  const functional = /^(rgba?|color)\((.*)\)$/.exec(text);
  if (!functional) return null;
  const name = functional[1]!;
  let body = functional[2]!.trim();
  if (name === 'color') {
    if (!body.startsWith('srgb ')) return null;
    body = body.slice(5);
  }
  const [channelText = '', alphaText] = body.split('/');
  const parts = channelText.split(/[\s,]+/).filter(Boolean);
  // rgba(r, g, b, a) carries its alpha as a fourth channel; the space syntax after a slash.
  const alphaPart = alphaText?.trim() ?? (parts.length === 4 ? parts.pop() : undefined);
  if (parts.length !== 3) return null;
  const scale = name === 'color' ? 255 : 1;
  const channels = parts.map((part) => (part.endsWith('%') ? (Number(part.slice(0, -1)) * 255) / 100 : Number(part) * scale));
  const alpha = alphaPart === undefined ? 1 : alphaPart.endsWith('%') ? Number(alphaPart.slice(0, -1)) / 100 : Number(alphaPart);
  if ([...channels, alpha].some((number) => !Number.isFinite(number))) return null;
  const [red, green, blue] = channels as [number, number, number];
  return { red, green, blue, alpha };
}

/** `top` painted over `bottom` (source-over). */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return { ...TRANSPARENT };
  const mix = (upper: number, lower: number): number => (upper * top.alpha + lower * bottom.alpha * (1 - top.alpha)) / alpha;
  return { red: mix(top.red, bottom.red), green: mix(top.green, bottom.green), blue: mix(top.blue, bottom.blue), alpha };
}

/** WCAG relative luminance; alpha is ignored (composite first). */
export function relativeLuminance(color: Rgba): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue);
}

/**
 * WCAG contrast ratio (1 to 21) of two colours, alpha ignored. Strings are parsed with `parseColor()`;
 * one it cannot read gives NaN, which fails every `>=` comparison.
 */
export function contrastRatio(first: Rgba | string, second: Rgba | string): number {
  const [one, two] = [first, second].map((color) => (typeof color === 'string' ? parseColor(color) : color));
  if (!one || !two) return Number.NaN;
  const [light, dark] = [relativeLuminance(one), relativeLuminance(two)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
