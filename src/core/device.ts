export type DeviceClass = 'mobile' | 'tablet' | 'desktop';

/**
 * The coarse device class sent with records and impressions instead of the user agent. Tablets are
 * told apart by their UA tokens, and iPads that claim to be Macs by their touch points.
 */
export function deviceClass(userAgent: string, maxTouchPoints: number): DeviceClass {
  if (/iPad|Tablet|Kindle|Silk|PlayBook/i.test(userAgent)) return 'tablet';
  if (/Android/i.test(userAgent) && !/Mobile/i.test(userAgent)) return 'tablet';
  if (/Macintosh/i.test(userAgent) && maxTouchPoints > 1) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone/i.test(userAgent)) return 'mobile';
  return 'desktop';
}
