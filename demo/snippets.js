// The tags the demo site loads: each vendor's own snippet, as a site developer pastes it, converted to
// Samtykke's blocking markup, with `https://` replaced by `/stand-ins/` so that it loads the local
// stand-in of the same host and path (demo/stand-ins.js). The README's recipes are these same
// snippets with the real hosts and placeholder ids.

export const IDS = {
  ga4: 'G-DEMO',
  gtm: 'GTM-DEMO',
  metaPixel: '1234567890123456',
  linkedInPartner: '1234567',
  linkedInConversion: '7654321',
  hotjar: 1,
};

/** Google tag (gtag.js) for GA4, statistics: the library and the config both wait for consent. */
export const GA4 = `<!-- Google tag (gtag.js) -->
<script type="text/plain" data-samtykke="statistical" data-src="/stand-ins/www.googletagmanager.com/gtag/js?id=${IDS.ga4}" async></script>
<script type="text/plain" data-samtykke="statistical">
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${IDS.ga4}');
</script>`;

/** Google Tag Manager, the container gated as statistics; its <noscript> iframe is left out. */
export const GTM = `<!-- Google Tag Manager -->
<script type="text/plain" data-samtykke="statistical">(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'/stand-ins/www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','${IDS.gtm}');</script>
<!-- End Google Tag Manager -->`;

/**
 * Meta Pixel, marketing. Meta's snippet ends with a <noscript><img> pixel: it is left out, because a
 * visitor without JavaScript cannot give consent (see the README's recipe).
 */
export const META_PIXEL = `<!-- Meta Pixel Code -->
<script type="text/plain" data-samtykke="marketing">
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'/stand-ins/connect.facebook.net/en_US/fbevents.js');
fbq('init', '${IDS.metaPixel}');
fbq('track', 'PageView');
</script>
<!-- End Meta Pixel Code -->`;

/** LinkedIn Insight Tag, marketing: both of its scripts; its <noscript> pixel is left out. */
export const LINKEDIN = `<!-- LinkedIn Insight Tag -->
<script type="text/plain" data-samtykke="marketing">
_linkedin_partner_id = "${IDS.linkedInPartner}";
window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];
window._linkedin_data_partner_ids.push(_linkedin_partner_id);
</script><script type="text/plain" data-samtykke="marketing">
(function(l) {
if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};
window.lintrk.q=[]}
var s = document.getElementsByTagName("script")[0];
var b = document.createElement("script");
b.type = "text/javascript";b.async = true;
b.src = "/stand-ins/snap.licdn.com/li.lms-analytics/insight.min.js";
s.parentNode.insertBefore(b, s);})(window.lintrk);
</script>`;

/**
 * Hotjar, statistics, still in the Cookiebot markup the site used before it moved to Samtykke:
 * `data-cookieconsent="statistics"` is understood as `data-samtykke="statistical"`.
 */
export const HOTJAR_COOKIEBOT = `<!-- Hotjar Tracking Code (Cookiebot markup, unchanged since the move to Samtykke) -->
<script type="text/plain" data-cookieconsent="statistics">
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:${IDS.hotjar},hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'/stand-ins/static.hotjar.com/c/hotjar-','.js?sv=');
</script>`;

/** The site's own personalisation (remembers the last booked house): personalised. */
export const PERSONALISE = `<script type="text/plain" data-samtykke="personalised" data-src="/assets/personalise.js"></script>`;

/** YouTube's embed code, marketing: Samtykke shows a placeholder in its place until allowed. */
export function youtube(videoId, title) {
  return `<iframe width="560" height="315" data-samtykke="marketing" data-src="/stand-ins/www.youtube-nocookie.com/embed/${videoId}" data-samtykke-provider="YouTube" title="${title}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`;
}

/** Conversions on the booking confirmation: Meta's Lead event and LinkedIn's image conversion pixel. */
export const CONVERSIONS = `<script type="text/plain" data-samtykke="marketing">
  fbq('track', 'Lead');
</script>
<img data-samtykke="marketing" data-src="/stand-ins/px.ads.linkedin.com/collect/?pid=${IDS.linkedInPartner}&amp;conversionId=${IDS.linkedInConversion}&amp;fmt=gif" alt="" width="1" height="1" class="pixel">`;

/** Every tag of the <head>, in the order the demo loads them. */
export const HEAD_TAGS = [GA4, GTM, META_PIXEL, LINKEDIN, HOTJAR_COOKIEBOT, PERSONALISE];
