// The pages under test: one article page, the same for every tool, with four categories (technical,
// statistical, marketing, personalised), one held-back analytics script (TRACKER_PATH, statistical)
// and Samtykke's English banner texts wherever the tool takes them. Each tool is set up the way its
// own README or docs show for a minimal banner (see the note on each); its config is inline in the
// HTML, so the counted files are the tool's own.
//
// Per page: `banner` is a function *source* (it runs inside the page, in the probe) returning the
// element that is the visible banner box, or null; `accept` and `reject` are Playwright selectors of
// the first layer's Accept all and Reject all buttons (Playwright's CSS engine pierces open shadow
// roots).
//
// `html` is the document a first visit gets. A page whose server answers a returning visitor
// differently also has `htmlWithDecision`: the document for a request that carries the decision
// cookie (server.js chooses). A page with `variantOf` is another deployment of that page's tool, not
// a peer: the report never ranks it among the peers.
import { TRACKER_PATH } from './server.js';

export const CONTROLLER = 'Bench ApS';
export const POLICY_URL = '/policy';

/** Samtykke's English texts (locales/en.json), with the controller filled in. */
export const TEXTS = {
  title: 'Cookies on this website',
  intro: `${CONTROLLER} would like to use cookies and similar technology for the purposes below. Technical cookies are always on, because the site cannot work without them. The rest are only used if you say yes.`,
  thirdParties: 'Some of these cookies are set by third parties, such as analytics and advertising providers. You can see them all under Settings.',
  withdraw: 'You can change or withdraw your consent at any time with the cookie settings button at the bottom of every page.',
  policyLink: 'Read the cookie and privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  save: 'Save choices',
  preferencesTitle: 'Cookie settings',
  close: 'Close without saving',
  categories: {
    technical: { name: 'Technical', short: 'Needed for the site to work, for example security and remembering your cookie choice.', description: 'These cookies make the website work, for example by keeping it secure, remembering your cookie choice and handling bookings. They cannot be switched off.' },
    statistical: { name: 'Statistics', short: 'Measure how the site is used, so we can improve it.', description: 'These cookies count visits and show how the website is used, so that we can improve its design, usability and content. The data is collected as statistics.' },
    marketing: { name: 'Marketing', short: 'Show you ads for things you have looked at, also on other sites.', description: 'These cookies let us and our advertising partners show you ads related to what you have looked at, and measure whether the ads work. Embedded videos from other sites may also set them.' },
    personalised: { name: 'Personalisation', short: 'Adapt content on the site to what is relevant to you.', description: 'These cookies remember your preferences and adapt what the website shows you, so that you see the content that is most relevant to you.' },
  },
};
const CATS = ['technical', 'statistical', 'marketing', 'personalised'];
const purposesHtml = `<ul>${CATS.map((c) => `<li><strong>${TEXTS.categories[c].name}:</strong> ${TEXTS.categories[c].short}</li>`).join('')}</ul>`;
const purposesText = CATS.map((c) => `${TEXTS.categories[c].name}: ${TEXTS.categories[c].short}`).join(' ');

/** The article every page shows; the same bytes on every page. */
const ARTICLE = `
<header class="site"><strong>Coworking Plus</strong> <nav><a href="#">Desks</a> <a href="#">Rooms</a> <a href="#">Prices</a></nav></header>
<main>
<h1>Flexible desks in the middle of town</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}. Our members share bright rooms, fast internet and good coffee, with meeting rooms you can book by the hour and a kitchen that is always open. Come by for a free trial day and see whether a shared office suits the way you work.</p>`).join('\n')}
</main>`;
const FOOTER_LINK = (attrs) => `<footer><a href="#" ${attrs}>Cookie settings</a></footer>`;
const BASE_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}header.site{display:flex;gap:2em;padding:1em 2em;background:#f4f4f4}main{max-width:42em;margin:0 auto;padding:1em 2em}footer{padding:2em}`;

function page({ head = '', body = '', afterArticle = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="data:,"><title>Bench page</title>
<style>${BASE_CSS}</style>
${head}
</head><body>
${ARTICLE}
${afterArticle}
${body}
</body></html>
`;
}

/** Loads the tracker by hand: what Osano's and Porsche's docs leave to the site. */
const INJECT_TRACKER = `function benchLoadTracker(){if(window.__trackerInjected)return;window.__trackerInjected=true;var s=document.createElement('script');s.src='${TRACKER_PATH}';document.head.appendChild(s);}`;

/** README quick start: the loader's tag, first in <head>, and what the body needs for Samtykke. */
const SAMTYKKE_LOADER = `<script src="/samtykke/samtykke.js" data-controller="${CONTROLLER}" data-policy-url="${POLICY_URL}"></script>`;
const SAMTYKKE_BODY = `<script type="text/plain" data-samtykke="statistical" data-src="${TRACKER_PATH}"></script>\n${FOOTER_LINK('data-samtykke-open')}`;
const SAMTYKKE_CONTROLS = {
  banner: `() => { const host = document.querySelector('samtykke-banner'); return host && host.shadowRoot ? host.shadowRoot.querySelector('[part~="banner"]') : null; }`,
  accept: 'samtykke-banner [part~="accept-all"]',
  reject: 'samtykke-banner [part~="reject-all"]',
};
/** README "Faster first visits": the hints a server adds for the UI and the visitor's locale. */
const SAMTYKKE_PRELOAD_HINTS = '<link rel="modulepreload" href="/samtykke/samtykke-ui.js"><link rel="modulepreload" href="/samtykke/locales/en.js">';

export const PAGES = [
  {
    // A static HTML banner with the same texts: no script, no extra file. The lower bound.
    id: 'floor',
    setup: 'a `<div>` with the same texts and three inert buttons, styled by an inline `<style>`; no script, no extra file.',
    name: 'floor (static HTML)',
    version: '-',
    html: page({
      head: `<style>#floor-banner{position:fixed;left:0;bottom:0;margin:1em;max-width:40em;padding:1.25em;background:#fff;border:1px solid #ccc;border-radius:.75em;box-shadow:0 4px 16px rgba(0,0,0,.2)}#floor-banner button{margin-right:.5em;padding:.5em 1em}</style>`,
      body: `<div id="floor-banner" role="region" aria-label="Cookie consent"><h2>${TEXTS.title}</h2><p>${TEXTS.intro}</p><h3>Purposes</h3>${purposesHtml}<p>${TEXTS.thirdParties}</p><p>${TEXTS.withdraw}</p><p><a href="${POLICY_URL}">${TEXTS.policyLink}</a></p><div><button>${TEXTS.acceptAll}</button><button>${TEXTS.rejectAll}</button><button>${TEXTS.settings}</button></div></div>`,
    }),
    banner: `() => document.getElementById('floor-banner')`,
    accept: null,
    reject: null,
  },
  {
    // README "Five-minute quick start": the loader first in <head>, the tag marked with data-samtykke.
    id: 'samtykke',
    setup: 'README quick start: `<script src="/samtykke/samtykke.js" data-controller data-policy-url>` first in `<head>`; the tracker as `<script type="text/plain" data-samtykke="statistical" data-src>`; default layout (box) and English from `<html lang>`.',
    name: 'Samtykke',
    packageName: null,
    html: page({ head: SAMTYKKE_LOADER, body: SAMTYKKE_BODY }),
    ...SAMTYKKE_CONTROLS,
  },
  {
    // README "Faster first visits": the same page, from a server that puts the two modulepreload
    // hints before the loader only when the request has no decision cookie, so a returning visit gets
    // exactly the quick-start page and fetches nothing but the loader.
    id: 'samtykke-hints',
    variantOf: 'samtykke',
    setup: 'README "Faster first visits": the Samtykke page with `<link rel="modulepreload">` for `samtykke-ui.js` and `locales/en.js` before the loader\'s tag, sent (as by a server that renders its pages) only in responses to requests without the `samtykke` cookie; with the cookie, exactly the Samtykke page.',
    name: 'Samtykke + preload hints',
    packageName: null,
    html: page({ head: `${SAMTYKKE_PRELOAD_HINTS}\n${SAMTYKKE_LOADER}`, body: SAMTYKKE_BODY }),
    htmlWithDecision: page({ head: SAMTYKKE_LOADER, body: SAMTYKKE_BODY }),
    ...SAMTYKKE_CONTROLS,
  },
  {
    // cookieconsent.orestbida.com "Getting started" (3.1.0): the stylesheet in <head>, a module in
    // <body> that imports cookieconsent.umd.js and calls CookieConsent.run (inline here); tags
    // blocked with type="text/plain" data-category.
    id: 'vanilla',
    setup: 'docs "Getting started" (3.1): `cookieconsent.css` in `<head>`, a module at the end of `<body>` importing `cookieconsent.umd.js` and calling `CookieConsent.run` with the four categories and the texts; the tracker as `<script type="text/plain" data-category="statistical" src>`.',
    name: 'vanilla-cookieconsent',
    packageName: 'vanilla-cookieconsent',
    html: page({
      head: `<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/dist/cookieconsent.css">`,
      body: `<script type="text/plain" data-category="statistical" src="${TRACKER_PATH}"></script>
${FOOTER_LINK('data-cc="show-preferencesModal"')}
<script type="module">
import '/vendor/vanilla-cookieconsent/dist/cookieconsent.umd.js';
CookieConsent.run({
  categories: { technical: { enabled: true, readOnly: true }, statistical: {}, marketing: {}, personalised: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: ${JSON.stringify(TEXTS.title)},
          description: ${JSON.stringify(`${TEXTS.intro} ${purposesHtml} ${TEXTS.thirdParties} ${TEXTS.withdraw}`)},
          acceptAllBtn: ${JSON.stringify(TEXTS.acceptAll)},
          acceptNecessaryBtn: ${JSON.stringify(TEXTS.rejectAll)},
          showPreferencesBtn: ${JSON.stringify(TEXTS.settings)},
          footer: ${JSON.stringify(`<a href="${POLICY_URL}">${TEXTS.policyLink}</a>`)}
        },
        preferencesModal: {
          title: ${JSON.stringify(TEXTS.preferencesTitle)},
          acceptAllBtn: ${JSON.stringify(TEXTS.acceptAll)},
          acceptNecessaryBtn: ${JSON.stringify(TEXTS.rejectAll)},
          savePreferencesBtn: ${JSON.stringify(TEXTS.save)},
          closeIconLabel: ${JSON.stringify(TEXTS.close)},
          sections: ${JSON.stringify(CATS.map((c) => ({ title: TEXTS.categories[c].name, description: TEXTS.categories[c].description, linkedCategory: c })))}
        }
      }
    }
  }
});
</script>`,
    }),
    banner: `() => document.querySelector('#cc-main .cm')`,
    accept: '#cc-main .cm [data-role="all"]',
    reject: '#cc-main .cm [data-role="necessary"]',
  },
  {
    // Klaro README "Getting started": the config (a klaroConfig global, inline here) and klaro.js,
    // both deferred; the tag blocked with type="text/plain" data-type data-name data-src. One service
    // per category, grouped by purpose (the default), with acceptAll as in the annotated config.js.
    id: 'klaro',
    setup: "README: an inline `klaroConfig` (the annotated config.js's defaults: cookie storage, `acceptAll: true`, grouped by purpose) and `<script defer src=\"klaro.js\">` (the build with CSS and translations) in `<head>`; one service per category; the tracker as `<script type=\"text/plain\" data-type data-name=\"analytics\" data-src>`.",
    name: 'Klaro',
    packageName: 'klaro',
    html: page({
      head: `<script>
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 182,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  groupByPurpose: true,
  showNoticeTitle: true,
  htmlTexts: true,
  lang: 'en',
  privacyPolicy: ${JSON.stringify(POLICY_URL)},
  translations: {
    zz: { privacyPolicyUrl: ${JSON.stringify(POLICY_URL)} },
    en: {
      consentNotice: { title: ${JSON.stringify(TEXTS.title)}, description: ${JSON.stringify(`${TEXTS.intro} ${purposesHtml} ${TEXTS.thirdParties} ${TEXTS.withdraw} <a href="${POLICY_URL}">${TEXTS.policyLink}</a>`)}, learnMore: ${JSON.stringify(TEXTS.settings)} },
      consentModal: { title: ${JSON.stringify(TEXTS.preferencesTitle)}, description: ${JSON.stringify(TEXTS.intro)} },
      ok: ${JSON.stringify(TEXTS.acceptAll)},
      acceptAll: ${JSON.stringify(TEXTS.acceptAll)},
      decline: ${JSON.stringify(TEXTS.rejectAll)},
      save: ${JSON.stringify(TEXTS.save)},
      purposes: ${JSON.stringify(Object.fromEntries(CATS.map((c) => [c, { title: TEXTS.categories[c].name, description: TEXTS.categories[c].description }])))}
    }
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['technical'], required: true },
    { name: 'analytics', title: 'Analytics', purposes: ['statistical'] },
    { name: 'ads', title: 'Advertising', purposes: ['marketing'] },
    { name: 'personalisation', title: 'Personalisation', purposes: ['personalised'] }
  ]
};
</script>
<script defer src="/vendor/klaro/dist/klaro.js"></script>`,
      body: `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="${TRACKER_PATH}"></script>\n${FOOTER_LINK('onclick="return klaro.show();"')}`,
    }),
    banner: `() => document.querySelector('#klaro .cookie-notice')`,
    accept: '#klaro .cookie-notice .cm-btn-success',
    reject: '#klaro .cookie-notice .cm-btn-danger',
  },
  {
    // tarteaucitron README "How to use": tarteaucitron.js then tarteaucitron.init with the README's
    // options (the shipped .min build, as the hosted install uses, so it fetches the .min lang,
    // services and css); groupServices on to show categories, orientation "bottom" for a banner.
    // The tag is a custom service ("Create custom service") that adds the script when allowed.
    id: 'tarteaucitron',
    setup: "README \"How to use\": `tarteaucitron.min.js` (the shipped minified build, so it loads the .min lang, services and css) and `tarteaucitron.init` with the README's options, `groupServices: true` and `orientation: \"bottom\"`; three custom services (analytic, ads, other), the statistical one calling `tarteaucitron.addScript` for the tracker.",
    name: 'tarteaucitron',
    packageName: 'tarteaucitronjs',
    html: page({
      head: `<script src="/vendor/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitronCustomText = {
  alertBigPrivacy: ${JSON.stringify(`${TEXTS.title}. ${TEXTS.intro} ${purposesText} ${TEXTS.thirdParties} ${TEXTS.withdraw}`)},
  acceptAll: ${JSON.stringify(TEXTS.acceptAll)},
  denyAll: ${JSON.stringify(TEXTS.rejectAll)},
  personalize: ${JSON.stringify(TEXTS.settings)},
  privacyUrl: ${JSON.stringify(TEXTS.policyLink)},
  title: ${JSON.stringify(TEXTS.preferencesTitle)},
  analytic: { title: ${JSON.stringify(TEXTS.categories.statistical.name)}, details: ${JSON.stringify(TEXTS.categories.statistical.description)} },
  ads: { title: ${JSON.stringify(TEXTS.categories.marketing.name)}, details: ${JSON.stringify(TEXTS.categories.marketing.description)} },
  other: { title: ${JSON.stringify(TEXTS.categories.personalised.name)}, details: ${JSON.stringify(TEXTS.categories.personalised.description)} },
  mandatoryText: ${JSON.stringify(TEXTS.categories.technical.description)}
};
tarteaucitron.init({
  privacyUrl: ${JSON.stringify(POLICY_URL)},
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: true,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  cookieslist: false,
  cookieslistEmbed: false,
  showIcon: true,
  iconPosition: 'BottomRight',
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  alwaysNeedConsent: false,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  mandatory: true,
  mandatoryCta: true,
  googleConsentMode: true,
  bingConsentMode: true,
  pianoConsentMode: true,
  pianoConsentModeEssential: false,
  softConsentMode: false,
  dataLayer: false,
  serverSide: false,
  partnersList: false
});
</script>`,
      body: `<script>
tarteaucitron.services.benchanalytics = { key: 'benchanalytics', type: 'analytic', name: 'Analytics', needConsent: true, cookies: [], js: function () { 'use strict'; tarteaucitron.addScript('${TRACKER_PATH}'); } };
tarteaucitron.services.benchads = { key: 'benchads', type: 'ads', name: 'Advertising', needConsent: true, cookies: [], js: function () { 'use strict'; } };
tarteaucitron.services.benchpersonal = { key: 'benchpersonal', type: 'other', name: 'Personalisation', needConsent: true, cookies: [], js: function () { 'use strict'; } };
(tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchads', 'benchpersonal');
</script>
${FOOTER_LINK('onclick="tarteaucitron.userInterface.openPanel(); return false;"')}`,
    }),
    banner: `() => document.getElementById('tarteaucitronAlertBig')`,
    accept: '#tarteaucitronPersonalize2',
    reject: '#tarteaucitronAllDenied2',
  },
  {
    // Osano cookieconsent 3: what its download wizard emits (the stylesheet and script in <head>,
    // initialise on window load, type "opt-in"); it has no categories and no blocking, so the site
    // loads the tag from onInitialise/onStatusChange when hasConsented(), as its docs show.
    id: 'osano',
    setup: "what the Osano download wizard emits: `cookieconsent.min.css` and `cookieconsent.min.js` in `<head>`, `cookieconsent.initialise({type: 'opt-in', \u2026})` on window load; Osano has no categories and no blocking, so the page loads the tracker from `onInitialise`/`onStatusChange` when `hasConsented()`, as its docs show.",
    name: 'Osano cookieconsent',
    packageName: 'cookieconsent',
    html: page({
      head: `<link rel="stylesheet" type="text/css" href="/vendor/cookieconsent/build/cookieconsent.min.css">
<script src="/vendor/cookieconsent/build/cookieconsent.min.js"></script>
<script>
${INJECT_TRACKER}
window.addEventListener('load', function () {
  window.cookieconsent.initialise({
    palette: { popup: { background: '#252e39' }, button: { background: '#14a7d0' } },
    type: 'opt-in',
    position: 'bottom-left',
    content: {
      header: ${JSON.stringify(TEXTS.title)},
      message: ${JSON.stringify(`${TEXTS.intro} ${purposesText} ${TEXTS.thirdParties} ${TEXTS.withdraw}`)},
      allow: ${JSON.stringify(TEXTS.acceptAll)},
      deny: ${JSON.stringify(TEXTS.rejectAll)},
      link: ${JSON.stringify(TEXTS.policyLink)},
      href: ${JSON.stringify(POLICY_URL)},
      policy: ${JSON.stringify(TEXTS.preferencesTitle)}
    },
    onInitialise: function (status) { if (this.hasConsented()) benchLoadTracker(); },
    onStatusChange: function (status, chosenBefore) { if (this.hasConsented()) benchLoadTracker(); }
  });
});
</script>`,
      body: FOOTER_LINK(''),
    }),
    banner: `() => document.querySelector('.cc-window')`,
    accept: '.cc-window .cc-allow',
    reject: '.cc-window .cc-deny',
  },
  {
    // Porsche's README "Real world examples … without Tag Manager": the module from
    // dist/cookie-consent-banner/, the element with its labels and slotted text, the categories set
    // by script, and the tag added on cookie_consent_preferences_updated / _restored.
    id: 'porsche',
    setup: 'README "without Tag Manager": `<script type="module" src="dist/cookie-consent-banner/cookie-consent-banner.esm.js">`, the `<cookie-consent-banner>` element with its labels and slotted text, `availableCategories` set by script (technical mandatory), the tracker added on `cookie_consent_preferences_updated` / `_restored`; default slide-in animation.',
    name: 'Porsche cookie-consent-banner',
    packageName: '@porscheofficial/cookie-consent-banner',
    html: page({
      head: `<script type="module" src="/vendor/porsche/dist/cookie-consent-banner/cookie-consent-banner.esm.js"></script>`,
      body: `<cookie-consent-banner
  headline=${JSON.stringify(TEXTS.title)}
  btn-label-accept-and-continue=${JSON.stringify(TEXTS.acceptAll)}
  btn-label-only-essential-and-continue=${JSON.stringify(TEXTS.rejectAll)}
  btn-label-persist-selection-and-continue=${JSON.stringify(TEXTS.save)}
  btn-label-select-all-and-continue=${JSON.stringify(TEXTS.acceptAll)}
  content-settings-description=${JSON.stringify(TEXTS.intro)}
>${TEXTS.intro} ${purposesText} ${TEXTS.thirdParties} ${TEXTS.withdraw}
  <a href="javascript:document.dispatchEvent(new Event('cookie_consent_details_show'))">${TEXTS.settings}</a>
  <a href="${POLICY_URL}">${TEXTS.policyLink}</a>
</cookie-consent-banner>
${FOOTER_LINK(`onclick="document.dispatchEvent(new Event('cookie_consent_show')); return false;"`)}
<script>
${INJECT_TRACKER}
document.querySelector('cookie-consent-banner').availableCategories = ${JSON.stringify(
        CATS.map((c) => ({ key: c, label: TEXTS.categories[c].name, description: TEXTS.categories[c].description, ...(c === 'technical' ? { isMandatory: true } : {}) })),
      )};
function benchOnConsent(event) { if (event.detail && event.detail.acceptedCategories && event.detail.acceptedCategories.indexOf('statistical') !== -1) benchLoadTracker(); }
window.addEventListener('cookie_consent_preferences_restored', benchOnConsent);
window.addEventListener('cookie_consent_preferences_updated', benchOnConsent);
</script>`,
    }),
    banner: `() => { const host = document.querySelector('cookie-consent-banner'); return host && host.shadowRoot ? host.shadowRoot.querySelector('.cc_body') : null; }`,
    accept: 'cookie-consent-banner [part="button-accept-all"]',
    reject: 'cookie-consent-banner [part="button-essential-only"]',
  },
];

/** Whether a page is a peer of Samtykke: neither Samtykke, nor a variant of a page, nor the floor. */
export const isPeer = (page) => page.id !== 'samtykke' && page.id !== 'floor' && !page.variantOf;
