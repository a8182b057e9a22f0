// Who may see an article on this request: the one decision that every route's page and metadata both ask, before
// they touch any of the article's fields (title, standfirst, image).
import { draftMode } from "next/headers";
import { currentEditor } from "../auth/guards";
import { findArticle, isPublic, type Article } from "./store";

export type ArticleAccess = { article: Article; preview: boolean };

/**
 * The article if it is public at `now`; an unpublished one only with `previews` and only to a signed-in editor in
 * draft mode (the session is checked, not just the draft-mode cookie). Null for everyone else.
 */
export async function visibleArticle(slug: string, now: Date, { previews = false } = {}): Promise<ArticleAccess | null> {
  const article = findArticle(slug);
  if (!article) return null;
  if (isPublic(article, now)) return { article, preview: false };
  if (previews && (await draftMode()).isEnabled && (await currentEditor()) !== null) return { article, preview: true };
  return null;
}

/** The public article at exactly this section and slug, for the pages below an article (comments, status). */
export function publicArticleAt(section: string, slug: string, now: Date): Article | null {
  const article = findArticle(slug);
  return article && isPublic(article, now) && article.section === section ? article : null;
}
