// Who may see an article at a given instant. Pure, and free of heavy imports: next.config.ts uses it too.
import type { Article } from "./load";

/** Published, due and not withdrawn: the only articles a reader may ever see. */
export function isPublic(article: Article, now: Date): boolean {
  return article.status === "published" && article.publishedAt.getTime() <= now.getTime() && !isWithdrawn(article, now);
}

/** Withdrawn after publication: its address answers 410 Gone with the notice. */
export function isWithdrawn(article: Article, now: Date): boolean {
  return article.status === "published" && !!article.retracted && article.retracted.at.getTime() <= now.getTime();
}

export function isScheduled(article: Article, now: Date): boolean {
  return article.status === "published" && article.publishedAt.getTime() > now.getTime();
}
