// Corrections to published articles: which a reader sees at an instant, and when an article last changed because of
// them. The one place that decides an article's modified time (page, JSON-LD, Open Graph, feeds, sitemaps). Pure.
import type { Article } from "./load";

export type Correction = { at: Date; text: string };

/** A correction with the article it corrects, for the corrections page and its feed. */
export type CorrectedArticle = { article: Article; correction: Correction };

/** The corrections in effect at `now`, oldest first: one dated later does not show before its time. */
export function correctionsAt(article: Pick<Article, "corrections">, now: Date): Correction[] {
  return article.corrections.filter((correction) => correction.at.getTime() <= now.getTime());
}

/** When the article last changed for readers at `now`: its update or publication, or a later correction. */
export function modifiedAt(article: Pick<Article, "publishedAt" | "updatedAt" | "corrections">, now: Date): Date {
  let latest = article.updatedAt ?? article.publishedAt;
  for (const correction of correctionsAt(article, now)) if (correction.at > latest) latest = correction.at;
  return latest;
}

/** Every correction in effect at `now` on `articles` (pass public ones only), newest first. */
export function latestCorrections(articles: Article[], now: Date, count = Infinity): CorrectedArticle[] {
  return articles
    .flatMap((article) => correctionsAt(article, now).map((correction) => ({ article, correction })))
    .sort((a, b) => b.correction.at.getTime() - a.correction.at.getTime() || a.article.slug.localeCompare(b.article.slug))
    .slice(0, count);
}

/** Why a correction's date is unacceptable, or null. `now` is given by the content check: none may be in the future. */
export function correctionDateProblem(at: Date, publishedAt: Date, now?: Date): string | null {
  if (at.getTime() < publishedAt.getTime()) return "is earlier than publishedAt";
  if (now && at.getTime() > now.getTime()) return "is in the future";
  return null;
}
