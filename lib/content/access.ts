// Who may see an article on this request: the one decision that every route's page and metadata both ask, before
// they touch any of the article's fields (title, standfirst, image).
import { draftMode } from "next/headers";
import { currentEditor } from "../auth/guards";
import { now } from "../clock";
import { movedPath } from "./canonical-path";
import { findArticle, isPublic, type Article } from "./store";

export type ArticleAccess = { article: Article; preview: boolean };

/** What an article address ("/{section}/{slug}") answers: the article, a permanent move, or nothing (404). */
export type ArticleAnswer = ({ kind: "article" } & ArticleAccess) | { kind: "moved"; path: string } | { kind: "none" };

/**
 * The article route's one decision, the same for a page built with the site and one rendered on its first request:
 * the article at its own address; a 308 for its slug under another section or one of its old addresses (or any other
 * moved address of two segments); else 404. Withdrawals never reach here (next.config.ts rewrites them to the 410).
 */
export async function articleAtAddress(section: string, slug: string, at: Date = now()): Promise<ArticleAnswer> {
  const access = await articleForRequest(slug, at);
  if (access && access.article.section === section) return { kind: "article", ...access };
  // Only a previewing editor can be given an unpublished article's address.
  if (access?.preview) return { kind: "moved", path: access.article.path };
  const moved = movedPath(`/${section}/${slug}`, at);
  return moved ? { kind: "moved", path: moved } : { kind: "none" };
}

/**
 * The article if it is public at `at`; an unpublished one only to a signed-in editor in draft mode (the session is
 * checked, not just the draft-mode cookie). Null for everyone else.
 */
export async function articleForRequest(slug: string, at: Date = now()): Promise<ArticleAccess | null> {
  const article = findArticle(slug);
  if (!article) return null;
  if (isPublic(article, at)) return { article, preview: false };
  if ((await draftMode()).isEnabled && (await currentEditor()) !== null) return { article, preview: true };
  return null;
}

/** The article if it is public at `at`, whoever asks: for what only readers' articles take (comments, reports). */
export function publicArticle(slug: string, at: Date): Article | null {
  const article = findArticle(slug);
  return article && isPublic(article, at) ? article : null;
}

/** The public article at exactly this section and slug, for the pages below an article (comments, status). */
export function publicArticleAt(section: string, slug: string, at: Date): Article | null {
  const article = publicArticle(slug, at);
  return article?.section === section ? article : null;
}
