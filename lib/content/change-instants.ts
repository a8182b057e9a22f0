// The instants at which an article changes what readers see without anyone touching it: it comes due, it is
// withdrawn, a correction's time comes. Drafts have none. The public index, the sitemaps kept between changes and the
// page cache's expiry (lib/cache/content-schedule.ts) all ask here, so they agree on when content changes.
import type { Article } from "./load";

export type ChangeInstant = {
  /** Milliseconds since the epoch, in content time (the site clock's). */
  at: number;
  /** A correction changes only its article and the corrections page; the others change which articles are public. */
  correction: boolean;
};

export function changeInstants(article: Article): ChangeInstant[] {
  if (article.status !== "published") return [];
  const instants: ChangeInstant[] = [{ at: article.publishedAt.getTime(), correction: false }];
  if (article.retracted) instants.push({ at: article.retracted.at.getTime(), correction: false });
  for (const { at } of article.corrections) instants.push({ at: at.getTime(), correction: true });
  return instants;
}
