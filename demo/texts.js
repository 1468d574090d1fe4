// Every word of the demo site, per language. Brygge Coworking is fictional; the texts are written
// for this demo (the seed policies were read for tone and facts only). Strings are trusted HTML.

export const LANGUAGES = ['da', 'nb', 'sv', 'en'];

export const COMPANY = {
  brand: 'Brygge Coworking',
  legalName: 'Brygge Coworking ApS',
  registration: 'CVR 00000000',
  street: 'Kajgade 12',
  city: '8000 Aarhus C',
  email: 'hej@brygge-coworking.example',
  privacyEmail: 'privatliv@brygge-coworking.example',
  phone: '+45 00 00 00 00',
};

/** The tour video on the front page (a stand-in plays it). */
export const VIDEO_ID = 'bryggeTour01';

export const TEXTS = {
  da: {
    languageName: 'Dansk',
    dateLocale: 'da-DK',
    slugs: { home: '', booking: 'book', policy: 'privatliv' },
    demoNotice: 'Demo: Brygge Coworking findes ikke. Siden viser Samtykke i brug, og alle "trackere" kører lokalt.',
    nav: { label: 'Hovedmenu', home: 'Forside', booking: 'Book', policy: 'Privatliv og cookies', language: 'Sprog', skip: 'Gå til indhold' },
    footer: {
      about: 'Kontorfællesskaber ved vandet i Aarhus, København, Bergen og Göteborg.',
      contact: 'Kontakt',
      links: 'Om dine data',
      policy: 'Privatlivs- og cookiepolitik',
      cookieSettings: 'Cookieindstillinger',
    },
    home: {
      title: 'Brygge Coworking: skriveborde og mødelokaler ved vandet',
      heading: 'Et skrivebord ved vandet, når du har brug for det',
      lead: 'Fire huse ved havnen i Aarhus, København, Bergen og Göteborg. Book en dag, en fast plads eller et mødelokale, og del kaffemaskine, køkken og netværk med omkring 400 selvstændige og små teams.',
      cta: 'Book en prøvedag',
      locationsHeading: 'Vores huse',
      yourLocation: 'Din faste lokation',
      locations: {
        aarhus: { name: 'Aarhus Ø', text: '120 pladser på tre etager, taghave og udsigt over bugten.' },
        kobenhavn: { name: 'København, Nordhavn', text: 'Lyse kontorer i et gammelt pakhus, fem minutter fra metroen.' },
        bergen: { name: 'Bergen, Sandviken', text: 'Et træhus fra 1880 ved fjorden, med podcaststudie og sauna.' },
        goteborg: { name: 'Göteborg, Lindholmen', text: 'Tæt på færgen og universitetet; store mødelokaler til workshops.' },
      },
      plansHeading: 'Priser',
      plans: [
        { name: 'Dagskort', price: '295 kr.', unit: 'pr. dag', text: 'En plads i det åbne kontor, kaffe og wifi.' },
        { name: 'Flexplads', price: '2.195 kr.', unit: 'pr. måned', text: 'Kom og gå, som du vil, i alle fire huse.' },
        { name: 'Fast plads', price: '3.295 kr.', unit: 'pr. måned', text: 'Dit eget skrivebord, skab og adgang døgnet rundt.' },
        { name: 'Mødelokale', price: '350 kr.', unit: 'pr. time', text: 'Plads til 4–14 personer, skærm og whiteboard.' },
      ],
      videoHeading: 'Se huset i Aarhus',
      videoText: 'En rundtur på to minutter. Videoen ligger hos YouTube og vises først, når du har sagt ja til marketingcookies.',
      videoTitle: 'Rundtur i Brygge Coworking, Aarhus Ø',
    },
    booking: {
      title: 'Book en plads eller et mødelokale · Brygge Coworking',
      heading: 'Book en plads eller et mødelokale',
      lead: 'Send os en forespørgsel, så bekræfter vi inden for én arbejdsdag. Prøvedagen er gratis første gang.',
      location: 'Lokation',
      date: 'Dato',
      product: 'Hvad vil du booke?',
      products: { trial: 'Gratis prøvedag', day: 'Dagskort', meeting: 'Mødelokale', flex: 'Flexplads (månedligt)' },
      name: 'Navn',
      email: 'E-mail',
      company: 'Virksomhed (valgfrit)',
      submit: 'Send forespørgsel',
      privacy: 'Vi bruger dine oplysninger til at behandle bookingen. Læs mere i vores <a href="{policy}">privatlivspolitik</a>.',
      thanksHeading: 'Tak for din forespørgsel',
      thanks: 'Tak, {name}. Vi har modtaget din forespørgsel og skriver til dig inden for én arbejdsdag. (Demo: intet er sendt.)',
    },
    policy: {
      title: 'Privatlivs- og cookiepolitik · Brygge Coworking',
      heading: 'Privatlivs- og cookiepolitik',
      updated: 'Senest opdateret 1. november 2026',
      sections: [
        {
          heading: 'Hvem er ansvarlig?',
          body: [
            'Brygge Coworking ApS, CVR 00000000, Kajgade 12, 8000 Aarhus C, er dataansvarlig for de personoplysninger, vi behandler om dig via hjemmesiden og i vores huse. Har du spørgsmål, så skriv til <a href="mailto:privatliv@brygge-coworking.example">privatliv@brygge-coworking.example</a>.',
          ],
        },
        {
          heading: 'Hvad vi behandler, og hvorfor',
          body: [
            'Når du booker, bruger vi dit navn, din e-mail og eventuelt din virksomhed til at bekræfte og gennemføre bookingen og til at sende en faktura. Grundlaget er aftalen med dig (databeskyttelsesforordningens artikel 6, stk. 1, litra b). Bogføringsloven kræver, at vi gemmer fakturaer i fem år; øvrige bookingoplysninger sletter vi et år efter dit sidste besøg.',
            'Skriver du til os, bruger vi oplysningerne til at svare dig, og vi sletter korrespondancen, når sagen er afsluttet, medmindre den hører til en aftale.',
          ],
        },
        {
          heading: 'Cookies',
          body: [
            'Cookies er små tekstfiler, som hjemmesiden gemmer i din browser. Vi bruger tekniske cookies, som siden ikke kan fungere uden, og kun med dit samtykke cookies til statistik, marketing og personlig tilpasning. Dit valg gemmes i seks måneder, og du kan til enhver tid ændre eller trække det tilbage med knappen nedenfor eller linket "Cookieindstillinger" nederst på hver side. Trækker du et samtykke tilbage, sletter vi de cookies, vi selv kan slette, og genindlæser siden.',
          ],
          declaration: true,
        },
        {
          heading: 'Hvem vi deler oplysninger med',
          body: [
            'Vores hjemmeside og bookingsystem driftes af databehandlere i EU. Har du sagt ja til statistik eller marketing, modtager Google, Hotjar, Meta og LinkedIn oplysninger om dit besøg. Nogle af dem kan overføre oplysningerne til USA; de er certificeret under EU-U.S. Data Privacy Framework, og ellers bruger vi EU-Kommissionens standardkontraktbestemmelser.',
          ],
        },
        {
          heading: 'Dine rettigheder',
          body: [
            'Du har ret til at få indsigt i de oplysninger, vi har om dig, og til at få dem rettet eller slettet. Du kan også bede os begrænse behandlingen, gøre indsigelse mod den og få dine oplysninger udleveret i et almindeligt format. Et samtykke kan du altid trække tilbage; det påvirker ikke lovligheden af det, vi gjorde, før du trak det tilbage.',
            'Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, <a href="https://www.datatilsynet.dk">datatilsynet.dk</a>. Vi hører dog gerne fra dig først.',
          ],
        },
      ],
      declarationFallback: 'Listen over cookies kræver JavaScript. Skriv til privatliv@brygge-coworking.example, hvis du vil have den tilsendt.',
    },
    panel: {
      heading: 'Demo: hvad kørte?',
      intro: 'Her ser du, hvilke tracker-stand-ins siden har kørt, og hvilke cookies der findes lige nu.',
      ran: 'kørte',
      blocked: 'blokeret',
      trackers: 'Trackere',
      cookies: 'Cookies for denne side',
      noCookies: 'Ingen cookies.',
      technical: 'teknisk',
      requests: 'Forespørgsler til tracker-stand-ins: {count}',
      consent: 'Samtykke: {state}',
      noConsent: 'intet valg endnu',
      reset: 'Nulstil demoen',
      names: { ga4: 'Google Analytics 4 (gtag.js)', gtm: 'Google Tag Manager', meta: 'Meta Pixel', linkedin: 'LinkedIn Insight Tag', hotjar: 'Hotjar (Cookiebot-markup)', youtube: 'YouTube-video', personalise: 'Sidens egen tilpasning' },
    },
  },

  nb: {
    languageName: 'Norsk bokmål',
    dateLocale: 'nb-NO',
    slugs: { home: '', booking: 'bestill', policy: 'personvern' },
    demoNotice: 'Demo: Brygge Coworking finnes ikke. Siden viser Samtykke i bruk, og alle «sporerne» kjører lokalt.',
    nav: { label: 'Hovedmeny', home: 'Forside', booking: 'Bestill', policy: 'Personvern og cookies', language: 'Språk', skip: 'Gå til innholdet' },
    footer: {
      about: 'Kontorfellesskap ved vannet i Aarhus, København, Bergen og Göteborg.',
      contact: 'Kontakt',
      links: 'Om dine data',
      policy: 'Personvernerklæring og cookies',
      cookieSettings: 'Cookie-innstillinger',
    },
    home: {
      title: 'Brygge Coworking: arbeidsplasser og møterom ved sjøen',
      heading: 'En pult ved sjøen når du trenger den',
      lead: 'Fire hus ved havnen i Aarhus, København, Bergen og Göteborg. Bestill en dag, en fast plass eller et møterom, og del kaffemaskin, kjøkken og nettverk med rundt 400 selvstendige og små team.',
      cta: 'Bestill en prøvedag',
      locationsHeading: 'Husene våre',
      yourLocation: 'Ditt faste sted',
      locations: {
        aarhus: { name: 'Aarhus Ø', text: '120 plasser over tre etasjer, takterrasse og utsikt over bukta.' },
        kobenhavn: { name: 'København, Nordhavn', text: 'Lyse kontorer i et gammelt pakkhus, fem minutter fra metroen.' },
        bergen: { name: 'Bergen, Sandviken', text: 'Et trehus fra 1880 ved fjorden, med podkaststudio og badstue.' },
        goteborg: { name: 'Göteborg, Lindholmen', text: 'Nær ferja og universitetet; store møterom for workshops.' },
      },
      plansHeading: 'Priser',
      plans: [
        { name: 'Dagspass', price: 'kr 390', unit: 'per dag', text: 'En plass i det åpne kontoret, kaffe og wifi.' },
        { name: 'Flexplass', price: 'kr 2 950', unit: 'per måned', text: 'Kom og gå som du vil, i alle fire husene.' },
        { name: 'Fast plass', price: 'kr 4 400', unit: 'per måned', text: 'Din egen pult, skap og tilgang hele døgnet.' },
        { name: 'Møterom', price: 'kr 450', unit: 'per time', text: 'Plass til 4–14 personer, skjerm og tavle.' },
      ],
      videoHeading: 'Se huset i Aarhus',
      videoText: 'En omvisning på to minutter. Videoen ligger hos YouTube og vises først når du har sagt ja til markedsføringscookies.',
      videoTitle: 'Omvisning i Brygge Coworking, Aarhus Ø',
    },
    booking: {
      title: 'Bestill en plass eller et møterom · Brygge Coworking',
      heading: 'Bestill en plass eller et møterom',
      lead: 'Send oss en forespørsel, så bekrefter vi innen én arbeidsdag. Første prøvedag er gratis.',
      location: 'Sted',
      date: 'Dato',
      product: 'Hva vil du bestille?',
      products: { trial: 'Gratis prøvedag', day: 'Dagspass', meeting: 'Møterom', flex: 'Flexplass (månedlig)' },
      name: 'Navn',
      email: 'E-post',
      company: 'Firma (valgfritt)',
      submit: 'Send forespørsel',
      privacy: 'Vi bruker opplysningene dine til å behandle bestillingen. Les mer i <a href="{policy}">personvernerklæringen</a>.',
      thanksHeading: 'Takk for forespørselen',
      thanks: 'Takk, {name}. Vi har mottatt forespørselen din og svarer innen én arbeidsdag. (Demo: ingenting er sendt.)',
    },
    policy: {
      title: 'Personvernerklæring og cookies · Brygge Coworking',
      heading: 'Personvernerklæring og cookies',
      updated: 'Sist oppdatert 1. november 2026',
      sections: [
        {
          heading: 'Hvem er ansvarlig?',
          body: [
            'Brygge Coworking ApS, CVR 00000000, Kajgade 12, 8000 Aarhus C, Danmark, er behandlingsansvarlig for personopplysningene vi behandler om deg på nettstedet og i husene våre, også i Bergen. Spørsmål kan du sende til <a href="mailto:privatliv@brygge-coworking.example">privatliv@brygge-coworking.example</a>.',
          ],
        },
        {
          heading: 'Hva vi behandler, og hvorfor',
          body: [
            'Når du bestiller, bruker vi navn, e-postadresse og eventuelt firma til å bekrefte og gjennomføre bestillingen og sende faktura. Grunnlaget er avtalen med deg (personvernforordningen artikkel 6 nr. 1 bokstav b). Fakturaer må vi oppbevare i fem år etter regnskapsreglene; andre bestillingsopplysninger sletter vi ett år etter ditt siste besøk.',
            'Skriver du til oss, bruker vi opplysningene til å svare deg, og vi sletter korrespondansen når saken er avsluttet, med mindre den hører til en avtale.',
          ],
        },
        {
          heading: 'Cookies',
          body: [
            'Cookies er små tekstfiler som nettstedet lagrer i nettleseren din. Vi bruker tekniske cookies som nettstedet ikke virker uten, og bare med ditt samtykke cookies til statistikk, markedsføring og tilpasning. Valget ditt lagres i seks måneder, og du kan når som helst endre eller trekke det tilbake med knappen nedenfor eller lenken «Cookie-innstillinger» nederst på hver side. Trekker du tilbake et samtykke, sletter vi de cookiene vi selv kan slette, og laster siden på nytt.',
          ],
          declaration: true,
        },
        {
          heading: 'Hvem vi deler opplysninger med',
          body: [
            'Nettstedet og bestillingssystemet driftes av databehandlere i EU/EØS. Har du sagt ja til statistikk eller markedsføring, mottar Google, Hotjar, Meta og LinkedIn opplysninger om besøket ditt. Noen av dem kan overføre opplysningene til USA; de er sertifisert under EU-U.S. Data Privacy Framework, ellers bruker vi EU-kommisjonens standardavtaler.',
          ],
        },
        {
          heading: 'Rettighetene dine',
          body: [
            'Du har rett til innsyn i opplysningene vi har om deg, og til å få dem rettet eller slettet. Du kan også be oss begrense behandlingen, protestere mot den og få opplysningene utlevert i et vanlig format. Et samtykke kan du alltid trekke tilbake; det endrer ikke lovligheten av det vi gjorde før du trakk det.',
            'Mener du at vi behandler opplysningene dine i strid med reglene, kan du klage til Datatilsynet, <a href="https://www.datatilsynet.no">datatilsynet.no</a>, eller til det danske Datatilsynet, som er vår ledende tilsynsmyndighet. Vi hører gjerne fra deg først.',
          ],
        },
      ],
      declarationFallback: 'Listen over cookies krever JavaScript. Skriv til privatliv@brygge-coworking.example hvis du vil få den tilsendt.',
    },
    panel: {
      heading: 'Demo: hva kjørte?',
      intro: 'Her ser du hvilke sporer-stand-ins siden har kjørt, og hvilke cookies som finnes akkurat nå.',
      ran: 'kjørte',
      blocked: 'blokkert',
      trackers: 'Sporere',
      cookies: 'Cookies for dette nettstedet',
      noCookies: 'Ingen cookies.',
      technical: 'teknisk',
      requests: 'Forespørsler til sporer-stand-ins: {count}',
      consent: 'Samtykke: {state}',
      noConsent: 'ikke valgt ennå',
      reset: 'Tilbakestill demoen',
      names: { ga4: 'Google Analytics 4 (gtag.js)', gtm: 'Google Tag Manager', meta: 'Meta Pixel', linkedin: 'LinkedIn Insight Tag', hotjar: 'Hotjar (Cookiebot-markering)', youtube: 'YouTube-video', personalise: 'Nettstedets egen tilpasning' },
    },
  },

  sv: {
    languageName: 'Svenska',
    dateLocale: 'sv-SE',
    slugs: { home: '', booking: 'boka', policy: 'integritet' },
    demoNotice: 'Demo: Brygge Coworking finns inte. Sidan visar Samtykke i bruk, och alla ”spårare” körs lokalt.',
    nav: { label: 'Huvudmeny', home: 'Start', booking: 'Boka', policy: 'Integritet och cookies', language: 'Språk', skip: 'Till innehållet' },
    footer: {
      about: 'Kontorsgemenskaper vid vattnet i Aarhus, Köpenhamn, Bergen och Göteborg.',
      contact: 'Kontakt',
      links: 'Om dina uppgifter',
      policy: 'Integritets- och cookiepolicy',
      cookieSettings: 'Cookieinställningar',
    },
    home: {
      title: 'Brygge Coworking: skrivbord och mötesrum vid vattnet',
      heading: 'Ett skrivbord vid vattnet när du behöver det',
      lead: 'Fyra hus vid hamnen i Aarhus, Köpenhamn, Bergen och Göteborg. Boka en dag, en fast plats eller ett mötesrum, och dela kaffemaskin, kök och nätverk med ett fyrahundratal egenföretagare och små team.',
      cta: 'Boka en provdag',
      locationsHeading: 'Våra hus',
      yourLocation: 'Din fasta plats',
      locations: {
        aarhus: { name: 'Aarhus Ø', text: '120 platser på tre våningar, takterrass och utsikt över viken.' },
        kobenhavn: { name: 'Köpenhamn, Nordhavn', text: 'Ljusa kontor i ett gammalt packhus, fem minuter från tunnelbanan.' },
        bergen: { name: 'Bergen, Sandviken', text: 'Ett trähus från 1880 vid fjorden, med poddstudio och bastu.' },
        goteborg: { name: 'Göteborg, Lindholmen', text: 'Nära färjan och universitetet; stora mötesrum för workshoppar.' },
      },
      plansHeading: 'Priser',
      plans: [
        { name: 'Dagskort', price: '395 kr', unit: 'per dag', text: 'En plats i det öppna kontoret, kaffe och wifi.' },
        { name: 'Flexplats', price: '2 995 kr', unit: 'per månad', text: 'Kom och gå som du vill, i alla fyra husen.' },
        { name: 'Fast plats', price: '4 495 kr', unit: 'per månad', text: 'Ditt eget skrivbord, skåp och tillgång dygnet runt.' },
        { name: 'Mötesrum', price: '450 kr', unit: 'per timme', text: 'Plats för 4–14 personer, skärm och whiteboard.' },
      ],
      videoHeading: 'Se huset i Aarhus',
      videoText: 'En rundtur på två minuter. Videon ligger hos YouTube och visas först när du har sagt ja till marknadsföringscookies.',
      videoTitle: 'Rundtur i Brygge Coworking, Aarhus Ø',
    },
    booking: {
      title: 'Boka en plats eller ett mötesrum · Brygge Coworking',
      heading: 'Boka en plats eller ett mötesrum',
      lead: 'Skicka en förfrågan så bekräftar vi inom en arbetsdag. Den första provdagen är gratis.',
      location: 'Plats',
      date: 'Datum',
      product: 'Vad vill du boka?',
      products: { trial: 'Gratis provdag', day: 'Dagskort', meeting: 'Mötesrum', flex: 'Flexplats (månadsvis)' },
      name: 'Namn',
      email: 'E-post',
      company: 'Företag (valfritt)',
      submit: 'Skicka förfrågan',
      privacy: 'Vi använder dina uppgifter för att hantera bokningen. Läs mer i vår <a href="{policy}">integritetspolicy</a>.',
      thanksHeading: 'Tack för din förfrågan',
      thanks: 'Tack, {name}. Vi har tagit emot din förfrågan och hör av oss inom en arbetsdag. (Demo: inget har skickats.)',
    },
    policy: {
      title: 'Integritets- och cookiepolicy · Brygge Coworking',
      heading: 'Integritets- och cookiepolicy',
      updated: 'Senast uppdaterad 1 november 2026',
      sections: [
        {
          heading: 'Vem är ansvarig?',
          body: [
            'Brygge Coworking ApS, CVR 00000000, Kajgade 12, 8000 Aarhus C, Danmark, är personuppgiftsansvarig för de uppgifter vi behandlar om dig på webbplatsen och i våra hus, även i Göteborg. Frågor kan du skicka till <a href="mailto:privatliv@brygge-coworking.example">privatliv@brygge-coworking.example</a>.',
          ],
        },
        {
          heading: 'Vad vi behandlar och varför',
          body: [
            'När du bokar använder vi ditt namn, din e-postadress och eventuellt ditt företag för att bekräfta och genomföra bokningen och skicka en faktura. Den rättsliga grunden är avtalet med dig (dataskyddsförordningen artikel 6.1 b). Fakturor sparar vi i fem år enligt bokföringsreglerna; övriga bokningsuppgifter raderar vi ett år efter ditt senaste besök.',
            'Om du skriver till oss använder vi uppgifterna för att svara dig och raderar korrespondensen när ärendet är avslutat, om den inte hör till ett avtal.',
          ],
        },
        {
          heading: 'Cookies',
          body: [
            'Cookies är små textfiler som webbplatsen sparar i din webbläsare. Vi använder tekniska cookies som webbplatsen inte fungerar utan, och bara med ditt samtycke cookies för statistik, marknadsföring och anpassning. Ditt val sparas i sex månader, och du kan när som helst ändra eller återkalla det med knappen nedan eller länken ”Cookieinställningar” längst ned på varje sida. Om du återkallar ett samtycke raderar vi de cookies vi själva kan radera och laddar om sidan.',
          ],
          declaration: true,
        },
        {
          heading: 'Vilka vi delar uppgifter med',
          body: [
            'Webbplatsen och bokningssystemet drivs av personuppgiftsbiträden inom EU. Om du har sagt ja till statistik eller marknadsföring får Google, Hotjar, Meta och LinkedIn uppgifter om ditt besök. Några av dem kan föra över uppgifterna till USA; de är certifierade enligt EU-U.S. Data Privacy Framework, annars använder vi EU-kommissionens standardavtalsklausuler.',
          ],
        },
        {
          heading: 'Dina rättigheter',
          body: [
            'Du har rätt att få veta vilka uppgifter vi har om dig och att få dem rättade eller raderade. Du kan också begära att vi begränsar behandlingen, invända mot den och få ut dina uppgifter i ett vanligt format. Ett samtycke kan du alltid återkalla; det påverkar inte det vi gjorde innan du återkallade det.',
            'Om du anser att vi behandlar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY), <a href="https://www.imy.se">imy.se</a>, eller hos danska Datatilsynet, som är vår ledande tillsynsmyndighet. Vi hör gärna från dig först.',
          ],
        },
      ],
      declarationFallback: 'Listan över cookies kräver JavaScript. Skriv till privatliv@brygge-coworking.example om du vill få den skickad till dig.',
    },
    panel: {
      heading: 'Demo: vad kördes?',
      intro: 'Här ser du vilka spårar-stand-ins sidan har kört och vilka cookies som finns just nu.',
      ran: 'kördes',
      blocked: 'blockerad',
      trackers: 'Spårare',
      cookies: 'Cookies för den här webbplatsen',
      noCookies: 'Inga cookies.',
      technical: 'teknisk',
      requests: 'Förfrågningar till spårar-stand-ins: {count}',
      consent: 'Samtycke: {state}',
      noConsent: 'inget val ännu',
      reset: 'Återställ demon',
      names: { ga4: 'Google Analytics 4 (gtag.js)', gtm: 'Google Tag Manager', meta: 'Meta Pixel', linkedin: 'LinkedIn Insight Tag', hotjar: 'Hotjar (Cookiebot-märkning)', youtube: 'YouTube-video', personalise: 'Webbplatsens egen anpassning' },
    },
  },

  en: {
    languageName: 'English',
    dateLocale: 'en-GB',
    slugs: { home: '', booking: 'book', policy: 'privacy' },
    demoNotice: 'Demo: Brygge Coworking does not exist. This site shows Samtykke at work, and every "tracker" runs locally.',
    nav: { label: 'Main menu', home: 'Home', booking: 'Book', policy: 'Privacy and cookies', language: 'Language', skip: 'Skip to content' },
    footer: {
      about: 'Shared offices by the water in Aarhus, Copenhagen, Bergen and Gothenburg.',
      contact: 'Contact',
      links: 'About your data',
      policy: 'Privacy and cookie policy',
      cookieSettings: 'Cookie settings',
    },
    home: {
      title: 'Brygge Coworking: desks and meeting rooms by the water',
      heading: 'A desk by the water, whenever you need one',
      lead: 'Four harbour-side houses in Aarhus, Copenhagen, Bergen and Gothenburg. Book a day, a fixed desk or a meeting room, and share the coffee machine, the kitchen and a network of some 400 freelancers and small teams.',
      cta: 'Book a trial day',
      locationsHeading: 'Our houses',
      yourLocation: 'Your usual place',
      locations: {
        aarhus: { name: 'Aarhus Ø', text: '120 desks on three floors, a roof terrace and a view of the bay.' },
        kobenhavn: { name: 'Copenhagen, Nordhavn', text: 'Bright offices in an old warehouse, five minutes from the metro.' },
        bergen: { name: 'Bergen, Sandviken', text: 'An 1880 wooden house on the fjord, with a podcast studio and a sauna.' },
        goteborg: { name: 'Gothenburg, Lindholmen', text: 'Next to the ferry and the university; large rooms for workshops.' },
      },
      plansHeading: 'Prices',
      plans: [
        { name: 'Day pass', price: '€40', unit: 'per day', text: 'A seat in the open office, coffee and wifi.' },
        { name: 'Flex desk', price: '€295', unit: 'per month', text: 'Come and go as you like, in all four houses.' },
        { name: 'Fixed desk', price: '€445', unit: 'per month', text: 'Your own desk, a locker and access around the clock.' },
        { name: 'Meeting room', price: '€48', unit: 'per hour', text: 'Room for 4–14 people, a screen and a whiteboard.' },
      ],
      videoHeading: 'See the Aarhus house',
      videoText: 'A two-minute tour. The video is hosted by YouTube and only shows once you have said yes to marketing cookies.',
      videoTitle: 'A tour of Brygge Coworking, Aarhus Ø',
    },
    booking: {
      title: 'Book a desk or a meeting room · Brygge Coworking',
      heading: 'Book a desk or a meeting room',
      lead: 'Send us a request and we confirm within one working day. Your first trial day is free.',
      location: 'Location',
      date: 'Date',
      product: 'What would you like to book?',
      products: { trial: 'Free trial day', day: 'Day pass', meeting: 'Meeting room', flex: 'Flex desk (monthly)' },
      name: 'Name',
      email: 'Email',
      company: 'Company (optional)',
      submit: 'Send request',
      privacy: 'We use your details to handle the booking. Read more in our <a href="{policy}">privacy policy</a>.',
      thanksHeading: 'Thank you for your request',
      thanks: 'Thank you, {name}. We have your request and will write to you within one working day. (Demo: nothing was sent.)',
    },
    policy: {
      title: 'Privacy and cookie policy · Brygge Coworking',
      heading: 'Privacy and cookie policy',
      updated: 'Last updated 1 November 2026',
      sections: [
        {
          heading: 'Who is responsible?',
          body: [
            'Brygge Coworking ApS, CVR 00000000, Kajgade 12, 8000 Aarhus C, Denmark, is the controller of the personal data we process about you on this website and in our houses. Questions go to <a href="mailto:privatliv@brygge-coworking.example">privatliv@brygge-coworking.example</a>.',
          ],
        },
        {
          heading: 'What we process, and why',
          body: [
            'When you book, we use your name, your email address and, if you give it, your company to confirm and deliver the booking and to invoice you. The legal basis is our contract with you (GDPR Article 6(1)(b)). Invoices are kept for five years as bookkeeping law requires; other booking details are deleted one year after your last visit.',
            'If you write to us, we use your message to answer you and delete it once the matter is closed, unless it belongs to a contract.',
          ],
        },
        {
          heading: 'Cookies',
          body: [
            'Cookies are small text files a website stores in your browser. We use technical cookies the site cannot work without, and, only with your consent, cookies for statistics, marketing and personalisation. Your choice is kept for six months, and you can change or withdraw it at any time with the button below or the "Cookie settings" link at the bottom of every page. When you withdraw a consent, we delete the cookies we are able to delete and reload the page.',
          ],
          declaration: true,
        },
        {
          heading: 'Who we share data with',
          body: [
            'Our website and booking system are run by processors in the EU. If you said yes to statistics or marketing, Google, Hotjar, Meta and LinkedIn receive data about your visit. Some of them may transfer it to the United States; they are certified under the EU-U.S. Data Privacy Framework, and otherwise we rely on the European Commission\'s standard contractual clauses.',
          ],
        },
        {
          heading: 'Your rights',
          body: [
            'You have the right to see the data we hold about you and to have it corrected or deleted. You can also ask us to restrict processing, object to it, and receive your data in a common format. You can withdraw a consent at any time; that does not make what we did before unlawful.',
            'If you think we handle your data wrongly, you can complain to the Danish Data Protection Agency (Datatilsynet), our lead supervisory authority, at <a href="https://www.datatilsynet.dk">datatilsynet.dk</a>, or to the authority where you live. We would like to hear from you first.',
          ],
        },
      ],
      declarationFallback: 'The list of cookies needs JavaScript. Write to privatliv@brygge-coworking.example if you would like us to send it to you.',
    },
    panel: {
      heading: 'Demo: what ran?',
      intro: 'Which tracker stand-ins this page has run, and which cookies exist right now.',
      ran: 'ran',
      blocked: 'blocked',
      trackers: 'Trackers',
      cookies: 'Cookies for this site',
      noCookies: 'No cookies.',
      technical: 'technical',
      requests: 'Requests to tracker stand-ins: {count}',
      consent: 'Consent: {state}',
      noConsent: 'no choice yet',
      reset: 'Reset the demo',
      names: { ga4: 'Google Analytics 4 (gtag.js)', gtm: 'Google Tag Manager', meta: 'Meta Pixel', linkedin: 'LinkedIn Insight Tag', hotjar: 'Hotjar (Cookiebot markup)', youtube: 'YouTube video', personalise: "The site's own personalisation" },
    },
  },
};
