// The demo site's pages, rendered from the texts table: the same three pages in four languages.
import { COMPANY, LANGUAGES, TEXTS, VIDEO_ID } from './texts.js';
import { pagePath, siteConfig } from './site-config.js';
import { CONVERSIONS, HEAD_TAGS, youtube } from './snippets.js';

export const PAGES = ['home', 'booking', 'policy'];

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]);
}

/** `{name}` placeholders filled with escaped values. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? escapeHtml(values[key]) : match));
}

/** JSON safe inside <script>: no "</script>" or "<!--" can end the block early. */
function scriptJson(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

function languageSwitcher(language, page) {
  const t = TEXTS[language];
  const links = LANGUAGES.map((code) => {
    const current = code === language ? ' aria-current="true"' : '';
    return `<li><a href="${pagePath(code, page)}" hreflang="${code}" lang="${code}"${current}>${TEXTS[code].languageName}</a></li>`;
  }).join('');
  return `<nav class="languages" aria-label="${t.nav.language}"><ul>${links}</ul></nav>`;
}

function header(language, page) {
  const t = TEXTS[language];
  const item = (target) =>
    `<li><a href="${pagePath(language, target)}"${target === page ? ' aria-current="page"' : ''}>${t.nav[target]}</a></li>`;
  return `<a class="skip" href="#main">${t.nav.skip}</a>
<p class="demo-notice">${t.demoNotice}</p>
<header class="site-header">
  <a class="brand" href="${pagePath(language, 'home')}"><span class="brand-mark" aria-hidden="true"></span>${COMPANY.brand}</a>
  <nav class="main-nav" aria-label="${t.nav.label}"><ul>${PAGES.map(item).join('')}</ul></nav>
  ${languageSwitcher(language, page)}
</header>`;
}

function footer(language) {
  const t = TEXTS[language];
  return `<footer class="site-footer">
  <div>
    <p class="brand">${COMPANY.brand}</p>
    <p>${t.footer.about}</p>
  </div>
  <div>
    <h2>${t.footer.contact}</h2>
    <p>${COMPANY.legalName}<br>${COMPANY.street}, ${COMPANY.city}<br>${COMPANY.registration}<br><a href="mailto:${COMPANY.email}">${COMPANY.email}</a></p>
  </div>
  <div>
    <h2>${t.footer.links}</h2>
    <ul>
      <li><a href="${pagePath(language, 'policy')}">${t.footer.policy}</a></li>
      <li><a href="#" data-samtykke-open>${t.footer.cookieSettings}</a></li>
    </ul>
  </div>
</footer>`;
}

/** The "what ran" panel: its markup here, its behaviour in /assets/demo-panel.js. */
function panel(language) {
  const t = TEXTS[language].panel;
  return `<aside class="demo-panel" aria-labelledby="demo-panel-heading">
  <h2 id="demo-panel-heading">${t.heading}</h2>
  <p>${t.intro}</p>
  <h3>${t.trackers}</h3>
  <ul class="demo-ran" data-demo="ran"></ul>
  <p data-demo="requests"></p>
  <p data-demo="consent"></p>
  <h3>${t.cookies}</h3>
  <ul class="demo-cookies" data-demo="cookies"></ul>
  <button type="button" data-demo="reset">${t.reset}</button>
  <script type="application/json" id="demo-panel-texts">${scriptJson(t)}</script>
</aside>`;
}

function homeMain(language) {
  const t = TEXTS[language].home;
  const locations = Object.entries(t.locations)
    .map(([id, location]) => `<li class="card location" data-location="${id}"><h3>${location.name}</h3><p>${location.text}</p><p class="your-location" hidden>${t.yourLocation}</p></li>`)
    .join('');
  const plans = t.plans
    .map((plan) => `<li class="card plan"><h3>${plan.name}</h3><p class="price">${plan.price} <span>${plan.unit}</span></p><p>${plan.text}</p></li>`)
    .join('');
  return `<section class="hero">
  <h1>${t.heading}</h1>
  <p class="lead">${t.lead}</p>
  <p><a class="button" href="${pagePath(language, 'booking')}">${t.cta}</a></p>
</section>
<section aria-labelledby="locations-heading">
  <h2 id="locations-heading">${t.locationsHeading}</h2>
  <ul class="cards">${locations}</ul>
</section>
<section aria-labelledby="plans-heading">
  <h2 id="plans-heading">${t.plansHeading}</h2>
  <ul class="cards">${plans}</ul>
</section>
<section class="video" aria-labelledby="video-heading">
  <h2 id="video-heading">${t.videoHeading}</h2>
  <p>${t.videoText}</p>
  ${youtube(VIDEO_ID, t.videoTitle)}
</section>`;
}

function bookingMain(language, booking) {
  const t = TEXTS[language].booking;
  const home = TEXTS[language].home;
  if (booking) {
    return `<section class="thanks" aria-labelledby="thanks-heading">
  <h1 id="thanks-heading">${t.thanksHeading}</h1>
  <p role="status">${fill(t.thanks, { name: booking.name || '…' })}</p>
  <p><a href="${pagePath(language, 'home')}">${TEXTS[language].nav.home}</a></p>
</section>
${CONVERSIONS}`;
  }
  const options = Object.entries(home.locations)
    .map(([id, location]) => `<option value="${id}">${location.name}</option>`)
    .join('');
  const products = Object.entries(t.products)
    .map(([id, name], index) => `<label class="choice"><input type="radio" name="product" value="${id}"${index === 0 ? ' checked' : ''}> ${name}</label>`)
    .join('');
  const today = new Date().toISOString().slice(0, 10);
  return `<h1>${t.heading}</h1>
<p class="lead">${t.lead}</p>
<form class="booking" method="post" action="${pagePath(language, 'booking')}">
  <p><label for="location">${t.location}</label><select id="location" name="location" autocomplete="off">${options}</select></p>
  <p><label for="date">${t.date}</label><input id="date" name="date" type="date" min="${today}" value="${today}" required></p>
  <fieldset><legend>${t.product}</legend>${products}</fieldset>
  <p><label for="name">${t.name}</label><input id="name" name="name" autocomplete="name" required maxlength="100"></p>
  <p><label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="email" required maxlength="200"></p>
  <p><label for="company">${t.company}</label><input id="company" name="company" autocomplete="organization" maxlength="100"></p>
  <p class="small">${fill(t.privacy, { policy: pagePath(language, 'policy') })}</p>
  <p><button class="button" type="submit">${t.submit}</button></p>
</form>`;
}

function policyMain(language) {
  const t = TEXTS[language].policy;
  const sections = t.sections
    .map(
      (section) => `<section>
  <h2>${section.heading}</h2>
  ${section.body.map((paragraph) => `<p>${paragraph}</p>`).join('\n  ')}
  ${section.declaration ? `<samtykke-declaration heading-level="3"><p class="declaration-fallback">${t.declarationFallback}</p></samtykke-declaration>` : ''}
</section>`,
    )
    .join('\n');
  return `<article class="policy">
<h1>${t.heading}</h1>
<p class="small">${t.updated}</p>
${sections}
</article>`;
}

const TITLES = { home: (t) => t.home.title, booking: (t) => t.booking.title, policy: (t) => t.policy.title };

/**
 * One page as HTML. `collector` is the collector's origin for the config; `booking` is a submitted
 * booking request (the confirmation page), or null.
 */
export function renderPage(language, page, { collector = '', booking = null } = {}) {
  const t = TEXTS[language];
  const main = page === 'home' ? homeMain(language) : page === 'booking' ? bookingMain(language, booking) : policyMain(language);
  const alternates = LANGUAGES.map((code) => `<link rel="alternate" hreflang="${code}" href="${pagePath(code, page)}">`).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[page](t)}</title>
${alternates}
<!-- Samtykke: the config block first, then the loader, before any tag that sets cookies. -->
<script type="application/json" id="samtykke-config">
${scriptJson(siteConfig(language, { collector }))}
</script>
<script src="/samtykke/samtykke.js"></script>
${HEAD_TAGS.join('\n')}
<link rel="icon" href="/assets/favicon.svg">
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/demo-panel.js" defer></script>
</head>
<body class="page-${page}">
${header(language, page)}
<div class="layout">
<main id="main">
${main}
</main>
${panel(language)}
</div>
${footer(language)}
</body>
</html>
`;
}
