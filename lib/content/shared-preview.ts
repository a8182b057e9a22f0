// What a shared preview link opens at a moment: the unpublished article its token names, until the token expires.
// Asked twice, by proxy.ts (a dead link gets a readable 404 page there: Next leaves a per-request page's own
// not-found unrendered until JavaScript runs) and by the preview page itself.
import { verifyPreviewToken } from "../auth/preview-links";
import { authSecret } from "../auth/secret";
import { findArticle, type Article } from "./store";

/** What a reader of a link that opens nothing is told, by proxy.ts and by the page's not-found alike. */
export const DEAD_PREVIEW_LINK = {
  heading: "This preview link no longer works",
  message: "Preview links expire after a while, and only the editor who shared it can make a new one.",
};

export type SharedPreview = { article: Article; expiresAt: Date };

/** The article behind `token` at `at` with the link's expiry, or null for a link that is forged, expired or names
 * no article. (A published article's link still resolves: the page sends the reader to the article.) */
export function sharedPreview(token: string, at: Date): SharedPreview | null {
  const verified = verifyPreviewToken(token, at, authSecret());
  const article = verified.ok ? findArticle(verified.value.slug) : undefined;
  return verified.ok && article ? { article, expiresAt: new Date(verified.value.expiresAt) } : null;
}
