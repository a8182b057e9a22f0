// What an article page shows of its comments, loaded in one place for the routes that render it.
import { authSecret } from "../auth/secret";
import { getContent, type Article } from "../content/store";
import { getDb } from "../db/connection";
import type { Flash } from "./flash";
import { signRenderToken } from "./rules";
import { articleTakesComments } from "./settings";
import { findComment, visibleCount, visibleThreads } from "./store";
import { viewComment, viewThread, type CommentView, type ThreadView } from "./view";

export type ArticleComments = {
  count: number;
  threads: ThreadView[];
  page: number;
  pageCount: number;
  open: boolean;
  renderToken: string;
  flash: Flash | null;
  /** The reader's own comment awaiting moderation, after a post without JavaScript. */
  ownPending?: CommentView;
};

export async function loadArticleComments(
  article: Article,
  now: Date,
  page = 1,
  flash: Flash | null = null,
): Promise<ArticleComments> {
  const db = await getDb();
  const { timeZone, language } = getContent().site;
  const [count, listing, flashed] = await Promise.all([
    visibleCount(db, article.slug),
    visibleThreads(db, article.slug, page),
    flash?.commentId ? findComment(db, flash.commentId) : undefined,
  ]);
  const ownPending =
    flash?.kind === "pending" && flashed?.status === "pending" && flashed.articleSlug === article.slug
      ? flashed
      : undefined;
  return {
    count,
    threads: listing.threads.map((thread) => viewThread(thread, timeZone, language)),
    page,
    pageCount: listing.pageCount,
    open: articleTakesComments(article, now),
    renderToken: signRenderToken(now, authSecret()),
    flash,
    ownPending: ownPending && viewComment(ownPending, timeZone, language),
  };
}
