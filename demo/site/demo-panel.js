// The demo's "what ran?" panel: which tracker stand-ins ran (each records itself in window.__demoRan),
// how many requests went to them, the decision in force, and the cookies that exist right now.
// Refreshed on every decision (samtykke:consent), on every stand-in run, and once a second.
(function () {
  var panel = document.querySelector('.demo-panel');
  if (!panel) return;
  var texts = JSON.parse(document.getElementById('demo-panel-texts').textContent);
  var config = JSON.parse(document.getElementById('samtykke-config').textContent);
  var technical = (config.categories.technical.cookies || []).map(function (cookie) { return cookie.name; });
  var TRACKERS = ['ga4', 'gtm', 'meta', 'linkedin', 'hotjar', 'youtube', 'personalise'];
  var ran = (window.__demoRan = window.__demoRan || {});
  var find = function (name) { return panel.querySelector('[data-demo="' + name + '"]'); };

  // The YouTube stand-in runs in its iframe and says so by message.
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data || event.data.demoStandIn !== 'youtube') return;
    ran.youtube = ran.youtube || { at: new Date().toISOString(), videoId: event.data.videoId };
    render();
  });

  function item(text, className) {
    var li = document.createElement('li');
    if (className) li.className = className;
    li.textContent = text;
    return li;
  }

  function standInRequests() {
    return performance.getEntriesByType('resource').filter(function (entry) {
      try { return new URL(entry.name).pathname.indexOf('/stand-ins/') === 0; } catch (error) { return false; }
    }).length;
  }

  function consentText() {
    var state = window.samtykke && window.samtykke.getConsent();
    if (!state) return texts.noConsent;
    var categories = ['statistical', 'marketing', 'personalised'].map(function (category) {
      return category + (state.categories[category] ? ' ✓' : ' ✗');
    });
    return state.action + ' · ' + categories.join(' · ');
  }

  function render() {
    var list = find('ran');
    list.replaceChildren.apply(list, TRACKERS.map(function (name) {
      var done = Boolean(ran[name]);
      return item((done ? '✓ ' : '– ') + texts.names[name] + ': ' + (done ? texts.ran : texts.blocked), done ? 'ran' : 'blocked');
    }));
    find('requests').textContent = texts.requests.replace('{count}', String(standInRequests()));
    find('consent').textContent = texts.consent.replace('{state}', consentText());
    var cookies = document.cookie ? document.cookie.split('; ') : [];
    var cookieList = find('cookies');
    cookieList.replaceChildren.apply(cookieList, cookies.length === 0 ? [item(texts.noCookies)] : cookies.map(function (pair) {
      var name = pair.split('=')[0];
      var value = decodeURIComponent(pair.slice(name.length + 1));
      var isTechnical = technical.indexOf(name) >= 0;
      return item(name + (isTechnical ? ' (' + texts.technical + ')' : '') + ' = ' + (value.length > 28 ? value.slice(0, 27) + '…' : value), isTechnical ? 'technical' : 'tracking');
    }));
  }

  // Forgets everything the page can forget (the HttpOnly session cookie stays), then starts over.
  find('reset').addEventListener('click', function () {
    document.cookie.split('; ').forEach(function (pair) {
      var name = pair.split('=')[0];
      if (name) document.cookie = name + '=; path=/; max-age=0';
    });
    location.reload();
  });

  document.addEventListener('samtykke:consent', render);
  document.addEventListener('demo:ran', render);
  setInterval(render, 1000);
  render();
})();
