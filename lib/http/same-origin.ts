// Refuses cross-origin requests that change state. Browsers say where a request comes from (`Origin` on every
// POST, `Sec-Fetch-Site` on all requests in current browsers); both must point at this site, SITE_URL's origin.
// A request with neither header comes from a non-browser client: fine for a public API, never for the desk,
// whose requests carry an editor's cookie.
import { siteUrl } from "../site";

export type OriginPolicy = { allowNonBrowser: boolean };

/** Why this request is not from this site's own pages, or null when it is. */
export function crossOriginProblem(
  headers: Headers,
  { allowNonBrowser }: OriginPolicy,
  site = siteUrl(),
): string | null {
  const fetchSite = headers.get("sec-fetch-site");
  const origin = headers.get("origin");
  // "none": the user typed the address or used a bookmark, which no other site can make them do.
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return `a request from a ${fetchSite} page`;
  if (origin !== null) {
    let from: string;
    try {
      from = new URL(origin).origin;
    } catch {
      return "a request with an unreadable Origin";
    }
    if (from !== new URL(site).origin) return `a request from ${from === "null" ? "an opaque origin" : from}`;
    return null;
  }
  if (fetchSite) return null;
  return allowNonBrowser ? null : "a request that does not say where it comes from";
}

export function crossOriginRefusal(problem: string): Response {
  return new Response(`Refused: ${problem}. Changes can only be made from this site's own pages.\n`, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

export class CrossOriginError extends Error {}

/** For Server Actions, behind Next's own Origin check: throws rather than act for another site. */
export function assertSameOrigin(headers: Headers): void {
  const problem = crossOriginProblem(headers, { allowNonBrowser: false });
  if (problem) throw new CrossOriginError(`Refused: ${problem}.`);
}
