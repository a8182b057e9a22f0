// The security headers every response carries, and the Content-Security-Policy in its two forms: with a per-request
// nonce for pages rendered per request (the desk and sign-in), and with 'unsafe-inline' scripts for prerendered pages,
// whose inline RSC payload scripts are the same for every reader and so cannot carry a fresh nonce. Pure: next.config.ts
// and proxy.ts both use it.

export type Header = { key: string; value: string };

/** Who may run scripts: inline ones by nonce (per-request pages) or any inline one (prerendered pages). */
export type ScriptPolicy = { nonce: string } | "inline";

/** The policy, one directive per purpose. Nothing outside the site's own origin, no eval, no plugins, no framing. */
export function contentSecurityPolicy(scripts: ScriptPolicy, options: { https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Prerendered pages inline Next's RSC payload as <script> elements, identical for every reader.
    `script-src 'self' ${scripts === "inline" ? "'unsafe-inline'" : `'nonce-${scripts.nonce}'`}`,
    // Style sheets from the site, and no <style> element but the build's own stylesheets, which pages carry inline:
    // scripts/start.mjs adds their hashes here once the build has made them (scripts/inline-style-hashes.mjs).
    "style-src 'self'",
    // next/image writes a style attribute on every picture (color:transparent, so alt text stays hidden while
    // loading); an attribute can only restyle its element, and anything it loads is still held to img-src/font-src.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For next/image's resized pictures (images.contentSecurityPolicy): nothing in them may run, load or be framed. */
export const IMAGE_POLICY =
  "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** Powerful features the site never uses, refused for it and anything it might embed (names Chromium recognises). */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Every header but the Content-Security-Policy, for every response. HSTS only when the public origin is https. */
export function securityHeaders(options: { https: boolean }): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "DENY" },
    ...(options.https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
  ];
}

/** Whether the site's public origin (SITE_URL) is served over https. */
export function isHttpsOrigin(siteUrl: string | undefined): boolean {
  return /^https:\/\//i.test(siteUrl?.trim() ?? "");
}

/** A fresh, unguessable nonce: 16 random bytes, base64 (the characters Next accepts in 'nonce-…'). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
