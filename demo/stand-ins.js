// Local stand-ins for the trackers the demo site (and the README's recipes) load. Each one imitates
// its vendor closely enough to be believable: it processes the vendor's queue the way the real tag
// does, sets the vendor's first-party cookies, sends its "hits" to the vendor's host, and records
// itself in `window.__demoRan`. Nothing here reaches the internet: the demo serves these under
// /stand-ins/<vendor host>/<path>, and tests route the real hosts to the same code.

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Every host a stand-in exists for. */
export const STAND_IN_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'snap.licdn.com',
  'px.ads.linkedin.com',
  'static.hotjar.com',
  'www.youtube-nocookie.com',
  'www.youtube.com',
  'bat.bing.com',
  'www.clarity.ms',
  'matomo.example.com',
];

/**
 * Shared by every stand-in script: `ran(name, info)` records a run in `window.__demoRan` and tells
 * the page (`demo:ran`); `cookie(name, value, days)` sets a first-party cookie; `hit(host, path)` sends
 * a request to the vendor's host (through `BASE`, so the demo's /stand-ins/ or a test's route).
 */
function prelude(base) {
  return `var BASE = ${JSON.stringify(base)};
function ran(name, info) {
  var all = window.__demoRan = window.__demoRan || {};
  var entry = all[name] = all[name] || { at: new Date().toISOString() };
  for (var key in info || {}) entry[key] = info[key];
  document.dispatchEvent(new CustomEvent('demo:ran', { detail: name }));
  return entry;
}
function cookie(name, value, days) {
  document.cookie = name + '=' + value + '; path=/; max-age=' + Math.round(days * 86400) + '; SameSite=Lax';
}
function hasCookie(name) {
  return document.cookie.split('; ').some(function (pair) { return pair.split('=')[0] === name; });
}
function random() { return Math.floor(Math.random() * 2147483647); }
function now() { return Math.floor(Date.now() / 1000); }
function url(host, path) { return BASE + host + path; }
function hit(host, path) {
  var image = new Image(1, 1);
  image.src = url(host, path);
}
`;
}

/** gtag.js: processes the dataLayer (consent, js, config, event), honours Consent Mode, sets _ga. */
function gtag(base, id) {
  return `(function () {
${prelude(base)}
var id = ${JSON.stringify(id)};
var entry = ran('ga4', { id: id, hits: [] });
var consent = { analytics_storage: 'granted', ad_storage: 'granted' };
var configured = false;
function gcs() { return 'G1' + (consent.ad_storage === 'granted' ? '1' : '0') + (consent.analytics_storage === 'granted' ? '1' : '0'); }
function clientId() {
  var match = document.cookie.match(/(?:^|; )_ga=GA1\\.1\\.([^;]+)/);
  return match ? match[1] : null;
}
function send(name) {
  var granted = consent.analytics_storage === 'granted';
  var query = 'v=2&tid=' + id + '&en=' + encodeURIComponent(name) + '&gcs=' + gcs();
  if (granted) {
    if (!clientId()) cookie('_ga', 'GA1.1.' + random() + '.' + now(), 400);
    cookie('_ga_' + id.replace(/^G-/, ''), 'GS2.1.s' + now() + '$o1$g0$t' + now(), 400);
    query += '&cid=' + clientId();
  }
  entry.hits.push(name + ' (' + gcs() + ')');
  hit('www.google-analytics.com', '/g/collect?' + query);
}
function handle(args) {
  if (!args || typeof args !== 'object' || typeof args.length !== 'number' || typeof args[0] !== 'string') return;
  if (args[0] === 'consent' && args[2]) for (var key in args[2]) consent[key] = args[2][key];
  if (args[0] === 'config' && args[1] === id) {
    configured = true;
    if (!args[2] || args[2].send_page_view !== false) send('page_view');
  }
  if (args[0] === 'event' && configured) send(args[1]);
}
var dataLayer = window.dataLayer = window.dataLayer || [];
dataLayer.slice().forEach(handle);
var push = dataLayer.push;
dataLayer.push = function () {
  var result = push.apply(dataLayer, arguments);
  for (var i = 0; i < arguments.length; i++) handle(arguments[i]);
  return result;
};
})();
`;
}

/** gtm.js: reads the dataLayer events, including Samtykke's samtykke_consent. Sets no cookie itself. */
function gtm(base, id) {
  return `(function () {
${prelude(base)}
var entry = ran('gtm', { id: ${JSON.stringify(id)}, events: [], samtykke: null });
function handle(item) {
  if (!item || typeof item !== 'object' || typeof item.length === 'number' || !item.event) return;
  entry.events.push(item.event);
  if (item.event === 'samtykke_consent') entry.samtykke = item.samtykke;
}
var dataLayer = window.dataLayer = window.dataLayer || [];
dataLayer.slice().forEach(handle);
var push = dataLayer.push;
dataLayer.push = function () {
  var result = push.apply(dataLayer, arguments);
  for (var i = 0; i < arguments.length; i++) handle(arguments[i]);
  return result;
};
dataLayer.push({ event: 'gtm.dom' });
})();
`;
}

/** fbevents.js: takes over fbq's queue (consent, init, track), sets _fbp, sends /tr hits. */
function metaPixel(base) {
  return `(function () {
${prelude(base)}
var fbq = window.fbq;
if (!fbq) return;
var entry = ran('meta', { pixels: [], events: [], consent: 'grant', consentCalls: [] });
var held = [];
function send(event) {
  if (entry.consent === 'revoke') { held.push(event); return; }
  if (!hasCookie('_fbp')) cookie('_fbp', 'fb.1.' + Date.now() + '.' + random(), 90);
  entry.pixels.forEach(function (pixel) {
    entry.events.push(event);
    hit('www.facebook.com', '/tr/?id=' + pixel + '&ev=' + encodeURIComponent(event) + '&noscript=0');
  });
}
function process(args) {
  if (args[0] === 'consent') {
    entry.consent = args[1];
    entry.consentCalls.push(args[1]);
    if (args[1] === 'grant') held.splice(0).forEach(send);
  } else if (args[0] === 'init') {
    entry.pixels.push(String(args[1]));
  } else if (args[0] === 'track' || args[0] === 'trackCustom') {
    send(args[1]);
  }
}
var queue = fbq.queue || [];
fbq.queue = [];
fbq.callMethod = function () { process(arguments); };
queue.forEach(process);
})();
`;
}

/** insight.min.js: reads the partner ids, sets li_fat_id, sends a page view, takes over lintrk. */
function linkedInInsight(base) {
  return `(function () {
${prelude(base)}
var ids = (window._linkedin_data_partner_ids || []).slice();
if (window._linkedin_partner_id && ids.indexOf(window._linkedin_partner_id) < 0) ids.push(window._linkedin_partner_id);
var entry = ran('linkedin', { partners: ids, conversions: [] });
if (!hasCookie('li_fat_id')) cookie('li_fat_id', 'member%3A' + random(), 30);
ids.forEach(function (id) { hit('px.ads.linkedin.com', '/collect/?pid=' + id + '&fmt=js&url=' + encodeURIComponent(location.origin + location.pathname)); });
function process(action, data) {
  if (action === 'track' && data && data.conversion_id) {
    entry.conversions.push(data.conversion_id);
    ids.forEach(function (id) { hit('px.ads.linkedin.com', '/collect/?pid=' + id + '&conversionId=' + data.conversion_id + '&fmt=js'); });
  }
}
var queue = (window.lintrk && window.lintrk.q) || [];
window.lintrk = function (action, data) { process(action, data); };
queue.forEach(function (item) { process(item[0], item[1]); });
})();
`;
}

/** hotjar-<id>.js: sets _hjSessionUser_<id> and _hjSession_<id>, takes over hj's queue. */
function hotjar(base, id) {
  return `(function () {
${prelude(base)}
var id = (window._hjSettings && window._hjSettings.hjid) || ${JSON.stringify(id)};
var entry = ran('hotjar', { id: id, calls: [] });
var user = btoa(JSON.stringify({ id: String(random()), created: Date.now(), existing: hasCookie('_hjSessionUser_' + id) }));
if (!hasCookie('_hjSessionUser_' + id)) cookie('_hjSessionUser_' + id, user, 365);
cookie('_hjSession_' + id, btoa(JSON.stringify({ id: String(random()), c: Date.now() })), 1 / 48);
var queue = (window.hj && window.hj.q) || [];
window.hj = function () { entry.calls.push(Array.prototype.slice.call(arguments).join(' ')); };
queue.forEach(function (args) { window.hj.apply(null, args); });
})();
`;
}

/** bat.js: the UET constructor; reads consent from the queue, sets _uetsid/_uetvid only with ad_storage. */
function uet(base) {
  return `(function () {
${prelude(base)}
function UET(options) {
  this.ti = options.ti;
  this.entry = ran('uet', { ti: options.ti, events: [], adStorage: 'granted' });
  var queue = options.q || [];
  this.pushAll(queue);
}
UET.prototype.send = function (event) {
  var granted = this.entry.adStorage === 'granted';
  if (granted) {
    if (!hasCookie('_uetvid')) cookie('_uetvid', random().toString(16), 390);
    cookie('_uetsid', random().toString(16), 1);
  }
  this.entry.events.push(event + ' (' + (granted ? 'G' : 'D') + ')');
  hit('bat.bing.com', '/action/0?ti=' + this.ti + '&evt=' + encodeURIComponent(event) + '&asc=' + (granted ? 'G' : 'D'));
};
// uetq.push('consent', 'update', {...}) arrives as three array items; walk them as UET does.
UET.prototype.pushAll = function (items) {
  for (var i = 0; i < items.length; i++) {
    var item = items[i];
    if (item === 'consent') {
      var signals = items[i + 2] || {};
      if (signals.ad_storage) this.entry.adStorage = signals.ad_storage;
      i += 2;
    } else if (item === 'pageLoad') {
      this.send('pageLoad');
    } else if (item === 'event') {
      this.send(items[i + 1]);
      i += 2;
    }
  }
};
UET.prototype.push = function () { this.pushAll(Array.prototype.slice.call(arguments)); };
window.UET = UET;
})();
`;
}

/** Clarity's tag: sets _clck and _clsk, takes over clarity's queue. */
function clarity(base, id) {
  return `(function () {
${prelude(base)}
var entry = ran('clarity', { id: ${JSON.stringify(id)}, calls: [] });
if (!hasCookie('_clck')) cookie('_clck', random().toString(36) + '%7C2%7C0%7C0', 365);
cookie('_clsk', random().toString(36) + '%7C' + Date.now() + '%7C1%7C0', 1);
hit('www.clarity.ms', '/collect?id=' + ${JSON.stringify(id)});
var queue = (window.clarity && window.clarity.q) || [];
window.clarity = function () { entry.calls.push(Array.prototype.slice.call(arguments).join(' ')); };
queue.forEach(function (args) { window.clarity.apply(null, args); });
})();
`;
}

/**
 * matomo.js: replaces _paq with a tracker that honours requireConsent: page views wait until
 * setConsentGiven, then go out with _pk_ cookies; forgetConsentGiven deletes them again.
 */
function matomo(base) {
  return `(function () {
${prelude(base)}
var entry = ran('matomo', { consentRequired: false, consentGiven: false, calls: [], hits: [] });
var trackerUrl = null;
var siteId = '0';
var waiting = [];
function send(action) {
  if (entry.consentRequired && !entry.consentGiven) { waiting.push(action); return; }
  var suffix = siteId + '.' + location.hostname.length.toString(16);
  if (!hasCookie('_pk_id.' + suffix)) cookie('_pk_id.' + suffix, random().toString(16) + '.' + now(), 395);
  cookie('_pk_ses.' + suffix, '1', 1 / 48);
  entry.hits.push(action);
  if (trackerUrl) new Image(1, 1).src = trackerUrl + '?idsite=' + siteId + '&action_name=' + encodeURIComponent(action) + '&rec=1';
}
function process(command) {
  if (!command || typeof command.length !== 'number') return;
  var name = command[0];
  entry.calls.push(String(name));
  if (name === 'requireConsent') entry.consentRequired = true;
  else if (name === 'setTrackerUrl') trackerUrl = command[1];
  else if (name === 'setSiteId') siteId = String(command[1]);
  else if (name === 'trackPageView') send(document.title || location.pathname);
  else if (name === 'setConsentGiven' || name === 'rememberConsentGiven') {
    entry.consentGiven = true;
    waiting.splice(0).forEach(send);
  } else if (name === 'forgetConsentGiven') {
    entry.consentGiven = false;
    document.cookie.split('; ').forEach(function (pair) {
      var cookieName = pair.split('=')[0];
      if (cookieName.indexOf('_pk_') === 0) document.cookie = cookieName + '=; path=/; max-age=0';
    });
  }
}
var queue = Array.isArray(window._paq) ? window._paq : [];
window._paq = { push: function () { for (var i = 0; i < arguments.length; i++) process(arguments[i]); return 0; } };
queue.forEach(process);
})();
`;
}

/** The video "player" in the YouTube embed's place: no cookies, it tells the page it loaded. */
function youtubeEmbed(videoId) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Video (YouTube stand-in)</title>
<style>
  html, body { margin: 0; height: 100%; background: #0f0f0f; color: #fff; font: 15px/1.4 system-ui, sans-serif; }
  main { height: 100%; display: grid; place-items: center; text-align: center; background: linear-gradient(135deg, #12343b, #2d545e 55%, #e1b382); }
  .play { width: 68px; height: 48px; border: 0; border-radius: 12px; background: #f00; cursor: pointer; display: grid; place-items: center; margin: 0 auto 0.75em; }
  .play::before { content: ''; border-style: solid; border-width: 10px 0 10px 18px; border-color: transparent transparent transparent #fff; margin-left: 4px; }
  p { margin: 0.25em 1em; text-shadow: 0 1px 2px #000; }
</style>
</head>
<body>
<main>
  <div>
    <button class="play" type="button" aria-label="Play"></button>
    <p><strong>Video ${videoId.replace(/[^\w-]/g, '')}</strong></p>
    <p>YouTube stand-in: loaded only after consent, from this machine.</p>
  </div>
</main>
<script>
  try { parent.postMessage({ demoStandIn: 'youtube', videoId: ${JSON.stringify(videoId)} }, '*'); } catch (error) {}
</script>
</body>
</html>
`;
}

const script = (body) => ({ status: 200, type: 'text/javascript; charset=utf-8', body });
const pixel = () => ({ status: 200, type: 'image/gif', body: GIF });
const noContent = () => ({ status: 204, type: 'text/plain', body: '' });

/**
 * What a stand-in host answers for `pathname` + `params`; null when nothing stands in there.
 * `base` is how the stand-in scripts reach vendor hosts: "/stand-ins/" in the demo, "https://" when a
 * test routes the real hosts here.
 */
export function standInResponse(host, pathname, params, base = '/stand-ins/') {
  switch (host) {
    case 'www.googletagmanager.com':
      if (pathname === '/gtag/js') return script(gtag(base, params.get('id') ?? 'G-UNKNOWN'));
      if (pathname === '/gtm.js') return script(gtm(base, params.get('id') ?? 'GTM-UNKNOWN'));
      if (pathname === '/ns.html') return { status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>GTM</title>' };
      return null;
    case 'www.google-analytics.com':
      return pathname.startsWith('/g/collect') ? noContent() : null;
    case 'connect.facebook.net':
      return /^\/[a-z]{2}_[A-Z]{2}\/fbevents\.js$/.test(pathname) ? script(metaPixel(base)) : null;
    case 'www.facebook.com':
      return pathname === '/tr' || pathname === '/tr/' ? pixel() : null;
    case 'snap.licdn.com':
      return pathname === '/li.lms-analytics/insight.min.js' ? script(linkedInInsight(base)) : null;
    case 'px.ads.linkedin.com':
      return pathname === '/collect' || pathname === '/collect/' ? pixel() : null;
    case 'static.hotjar.com': {
      const match = /^\/c\/hotjar-(\d+)\.js$/.exec(pathname);
      return match ? script(hotjar(base, Number(match[1]))) : null;
    }
    case 'www.youtube-nocookie.com':
    case 'www.youtube.com': {
      const match = /^\/embed\/([\w-]+)$/.exec(pathname);
      return match ? { status: 200, type: 'text/html; charset=utf-8', body: youtubeEmbed(match[1]) } : null;
    }
    case 'bat.bing.com':
      if (pathname === '/bat.js') return script(uet(base));
      return pathname.startsWith('/action/') ? noContent() : null;
    case 'www.clarity.ms': {
      const match = /^\/tag\/(\w+)$/.exec(pathname);
      if (match) return script(clarity(base, match[1]));
      return pathname === '/collect' ? noContent() : null;
    }
    case 'matomo.example.com':
      if (pathname === '/matomo.js') return script(matomo(base));
      return pathname === '/matomo.php' ? noContent() : null;
    default:
      return null;
  }
}
