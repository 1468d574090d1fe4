// The demo site's own personalisation (category "personalised"): remembers the house a visitor last
// booked in a first-party cookie and shows it first. Samtykke runs this file only with consent, and
// deletes bc_location when the consent is withdrawn (config: categories.personalised.clear).
(function () {
  var all = (window.__demoRan = window.__demoRan || {});
  all.personalise = { at: new Date().toISOString() };
  document.dispatchEvent(new CustomEvent('demo:ran', { detail: 'personalise' }));

  var NAME = 'bc_location';
  var remember = function (id) {
    document.cookie = NAME + '=' + encodeURIComponent(id) + '; path=/; max-age=' + 90 * 86400 + '; SameSite=Lax';
  };
  var match = document.cookie.match(/(?:^|; )bc_location=([\w-]+)/);
  var last = match ? match[1] : null;

  // Front page: the visitor's house first, and marked as theirs.
  var card = last ? document.querySelector('[data-location="' + last + '"]') : null;
  if (card) {
    card.classList.add('is-yours');
    card.querySelector('.your-location').hidden = false;
    card.parentElement.prepend(card);
  }

  // Booking page: preselected, and remembered when the visitor picks another.
  var select = document.getElementById('location');
  if (select) {
    if (last) select.value = last;
    select.addEventListener('change', function () { remember(select.value); });
    if (select.form) select.form.addEventListener('submit', function () { remember(select.value); });
  }
})();
