export type DemoLanguage = 'da' | 'nb' | 'sv' | 'en';
export type DemoPage = 'home' | 'booking' | 'policy';

export function pagePath(language: DemoLanguage, page: DemoPage): string;
export function siteConfig(language: DemoLanguage, options?: { collector?: string }): Record<string, unknown> & {
  categories: Record<string, { cookies?: Array<{ name: string }>; clear?: string[] }>;
};
export const TECHNICAL_COOKIES: string[];
