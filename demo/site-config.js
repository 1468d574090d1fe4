// The demo site's Samtykke config: one object, with the policy page of the page's language and the
// collector's origin filled in per request.
import { COMPANY, LANGUAGES, TEXTS } from './texts.js';

/** `{ da, nb, sv, en }` from four strings, in that order. */
const inEach = (da, nb, sv, en) => ({ da, nb, sv, en });

const months6 = inEach('6 måneder', '6 måneder', '6 månader', '6 months');
const years2 = inEach('2 år', '2 år', '2 år', '2 years');

/** What the demo declares, per category; the stand-ins set exactly these first-party cookies. */
const CATEGORIES = {
  technical: {
    cookies: [
      { name: 'samtykke', provider: COMPANY.brand, purpose: inEach('Husker dit cookievalg', 'Husker cookievalget ditt', 'Kommer ihåg ditt cookieval', 'Remembers your cookie choice'), expiry: months6 },
      {
        name: 'bc_session',
        provider: COMPANY.brand,
        purpose: inEach(
          'Holder sammen på bookingformularen og beskytter den mod misbrug',
          'Holder bestillingsskjemaet sammen og beskytter det mot misbruk',
          'Håller ihop bokningsformuläret och skyddar det mot missbruk',
          'Keeps the booking form together and protects it from abuse',
        ),
        expiry: inEach('Når du lukker browseren', 'Når du lukker nettleseren', 'När du stänger webbläsaren', 'When you close the browser'),
      },
    ],
  },
  statistical: {
    description: inEach(
      'Google Analytics og Hotjar viser os, hvilke sider der bliver brugt, og hvor besøgende går i stå, så vi kan gøre siden og bookingen nemmere. Vi ser på tallene samlet, ikke på dig som person.',
      'Google Analytics og Hotjar viser oss hvilke sider som brukes, og hvor besøkende står fast, slik at vi kan gjøre nettstedet og bestillingen enklere. Vi ser på tallene samlet, ikke på deg som person.',
      'Google Analytics och Hotjar visar oss vilka sidor som används och var besökare fastnar, så att vi kan göra webbplatsen och bokningen enklare. Vi tittar på siffrorna samlat, inte på dig som person.',
      'Google Analytics and Hotjar show us which pages are used and where visitors get stuck, so we can make the site and the booking easier. We look at the figures in aggregate, not at you as a person.',
    ),
    cookies: [
      { name: '_ga', provider: 'Google', purpose: inEach('Skelner mellem besøgende i statistikken', 'Skiller besøkende fra hverandre i statistikken', 'Skiljer besökare åt i statistiken', 'Tells visitors apart in the statistics'), expiry: years2 },
      { name: '_ga_DEMO', provider: 'Google', purpose: inEach('Holder styr på dit besøg i statistikken', 'Holder orden på besøket ditt i statistikken', 'Håller reda på ditt besök i statistiken', 'Keeps track of your visit in the statistics'), expiry: years2 },
      { name: '_hjSessionUser_1', provider: 'Hotjar', purpose: inEach('Genkender dig ved et senere besøg', 'Kjenner deg igjen ved et senere besøk', 'Känner igen dig vid ett senare besök', 'Recognises you on a later visit'), expiry: inEach('1 år', '1 år', '1 år', '1 year') },
      { name: '_hjSession_1', provider: 'Hotjar', purpose: inEach('Holder data fra samme besøg sammen', 'Holder data fra samme besøk samlet', 'Håller ihop data från samma besök', 'Keeps the data of one visit together'), expiry: inEach('30 minutter', '30 minutter', '30 minuter', '30 minutes') },
    ],
  },
  marketing: {
    description: inEach(
      'Meta og LinkedIn måler, om vores annoncer virker, og viser dig annoncer for vores huse på andre sider. YouTube sætter cookies, når du ser vores video.',
      'Meta og LinkedIn måler om annonsene våre virker, og viser deg annonser for husene våre på andre nettsteder. YouTube setter cookies når du ser videoen vår.',
      'Meta och LinkedIn mäter om våra annonser fungerar och visar dig annonser för våra hus på andra webbplatser. YouTube sätter cookies när du tittar på vår video.',
      'Meta and LinkedIn measure whether our ads work and show you ads for our houses on other sites. YouTube sets cookies when you watch our video.',
    ),
    cookies: [
      { name: '_fbp', provider: 'Meta', purpose: inEach('Måler, om vores annoncer på Facebook og Instagram virker', 'Måler om annonsene våre på Facebook og Instagram virker', 'Mäter om våra annonser på Facebook och Instagram fungerar', 'Measures whether our ads on Facebook and Instagram work'), expiry: inEach('3 måneder', '3 måneder', '3 månader', '3 months') },
      { name: 'li_fat_id', provider: 'LinkedIn', purpose: inEach('Kobler et klik på en LinkedIn-annonce til en booking', 'Kobler et klikk på en LinkedIn-annonse til en bestilling', 'Kopplar ett klick på en LinkedIn-annons till en bokning', 'Links a click on a LinkedIn ad to a booking'), expiry: inEach('30 dage', '30 dager', '30 dagar', '30 days') },
      { name: 'VISITOR_INFO1_LIVE', provider: 'YouTube (Google)', purpose: inEach('Sættes på youtube.com, når du afspiller vores video', 'Settes på youtube.com når du spiller av videoen vår', 'Sätts på youtube.com när du spelar upp vår video', 'Set on youtube.com when you play our video'), expiry: months6 },
    ],
  },
  personalised: {
    description: inEach(
      'Vi husker, hvilket af vores huse du sidst bookede i, og viser det først, næste gang du kommer.',
      'Vi husker hvilket av husene våre du sist bestilte i, og viser det først neste gang du kommer.',
      'Vi kommer ihåg vilket av våra hus du senast bokade i och visar det först nästa gång du kommer.',
      'We remember which of our houses you last booked and show it first the next time you come.',
    ),
    cookies: [
      { name: 'bc_location', provider: COMPANY.brand, purpose: inEach('Husker det hus, du sidst bookede i', 'Husker huset du sist bestilte i', 'Kommer ihåg huset du senast bokade i', 'Remembers the house you last booked'), expiry: inEach('90 dage', '90 dager', '90 dagar', '90 days') },
    ],
    // Our own cookie: Samtykke's built-in list does not know it, so it is named for deletion on revoke.
    clear: ['bc_location'],
  },
};

/** The A/B test: variant b shows the banner as a bar with a question for a title. */
const VARIANTS = [
  { id: 'a' },
  {
    id: 'b',
    layout: 'bar',
    texts: {
      da: { 'banner.title': 'Må vi bruge cookies?' },
      nb: { 'banner.title': 'Får vi bruke cookies?' },
      sv: { 'banner.title': 'Får vi använda cookies?' },
      en: { 'banner.title': 'May we use cookies?' },
    },
  },
];

/** The path of a page in a language: `/da/`, `/nb/bestill`, … */
export function pagePath(language, page) {
  const slug = TEXTS[language].slugs[page];
  return `/${language}/${slug}`;
}

/** The config block of one page. `collector` is the collector's origin ('' leaves records off). */
export function siteConfig(language, { collector = '' } = {}) {
  if (!LANGUAGES.includes(language)) throw new Error(`no demo texts for ${language}`);
  return {
    controller: COMPANY.legalName,
    policyUrl: pagePath(language, 'policy'),
    revision: 2,
    ...(collector ? { endpoint: collector } : {}),
    categories: CATEGORIES,
    variants: VARIANTS,
  };
}

/** Names of the cookies declared as technical: the only ones allowed before and after a refusal. */
export const TECHNICAL_COOKIES = CATEGORIES.technical.cookies.map((cookie) => cookie.name);
