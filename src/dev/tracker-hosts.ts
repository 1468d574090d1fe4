/**
 * Hosts of well-known trackers, ad pixels, tracking embeds and font services, with the vendor's name.
 * An entry covers the host itself and its subdomains (`googletagmanager.com` covers
 * `www.googletagmanager.com`). Dev mode warns about resource hints to them: a hint alone makes the
 * browser contact the host, and so hand it the visitor's IP address, before any consent.
 * Add a vendor here, not in the code that reads the list.
 */
export const TRACKER_HOSTS: Readonly<Record<string, string>> = {
  'googletagmanager.com': 'Google Tag Manager',
  'google-analytics.com': 'Google Analytics',
  'analytics.google.com': 'Google Analytics',
  'googleadservices.com': 'Google Ads',
  'googlesyndication.com': 'Google Ads',
  'doubleclick.net': 'Google Ads (DoubleClick)',
  'fonts.googleapis.com': 'Google Fonts',
  'fonts.gstatic.com': 'Google Fonts',
  'connect.facebook.net': 'Meta Pixel',
  'facebook.com': 'Meta',
  'snap.licdn.com': 'LinkedIn Insight Tag',
  'ads.linkedin.com': 'LinkedIn Ads',
  'hotjar.com': 'Hotjar',
  'hotjar.io': 'Hotjar',
  'clarity.ms': 'Microsoft Clarity',
  'bat.bing.com': 'Microsoft Advertising (UET)',
  'analytics.tiktok.com': 'TikTok Pixel',
  'ads-twitter.com': 'X (Twitter) Ads',
  'ct.pinterest.com': 'Pinterest Tag',
  'sc-static.net': 'Snap Pixel',
  'matomo.cloud': 'Matomo Cloud',
  'youtube.com': 'YouTube',
  'youtube-nocookie.com': 'YouTube',
  'ytimg.com': 'YouTube',
  'vimeo.com': 'Vimeo',
  'vimeocdn.com': 'Vimeo',
};
