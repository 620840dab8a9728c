/**
 * The address worth sharing for this page: the configured site's (the canonical link), else the
 * address it is read at on a hosted copy. From file:// without a configured site there is none ('').
 */
export function pageAddress(): { url: string; configured: boolean } {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
  if (canonical) return { url: canonical.href, configured: true };
  const hosted = /^https?:$/.test(location.protocol);
  return { url: hosted ? location.href.split('#')[0]! : '', configured: false };
}
