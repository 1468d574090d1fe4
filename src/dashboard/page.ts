import { RANGE_PRESETS } from './date-range.js';
import { resolveDashboardLanguage } from './dashboard-language.js';
import { defineDashboardElements } from './index.js';

/**
 * The stand-alone page the collector serves at /dashboard/. It creates the dashboard with its options
 * from the address, before it connects: `?lang=da` (else the browser's languages), `?days=90` (the
 * first period: 7, 30 or 90). The page declares the language that is on screen (WCAG 3.1.1).
 */
defineDashboardElements();
const params = new URLSearchParams(location.search);
const requested = params.get('lang');
const language = resolveDashboardLanguage(requested, null, navigator.languages ?? []);
document.documentElement.lang = language;

const dashboard = document.createElement('samtykke-dashboard');
if (requested) dashboard.setAttribute('lang', language);
const days = params.get('days');
if (days && (RANGE_PRESETS as readonly number[]).includes(Number(days))) dashboard.setAttribute('days', days);
(document.querySelector('main') ?? document.body).append(dashboard);
