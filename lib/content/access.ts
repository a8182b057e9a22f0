// Who may see an article on this request: the one decision that every route's page and metadata both ask, before
// they touch any of the article's fields (title, standfirst, image).
import { draftMode } from "next/headers";
import { currentEditor } from "../auth/guards";
import { now } from "../clock";
import { findArticle, isPublic, type Article } from "./store";

export type ArticleAccess = { article: Article; preview: boolean };

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
