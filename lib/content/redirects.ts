// Old article addresses (front matter `redirectFrom`) answered with a permanent redirect, once the article is public.
import { getContent, isPublic, type Article } from "./store";

let byOldPath: Map<string, Article> | undefined;

export function redirectTarget(pathname: string, now: Date): string | null {
  byOldPath ??= new Map(getContent().articles.flatMap((article) => article.redirectFrom.map((from) => [from, article])));
  const article = byOldPath.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
  return article && isPublic(article, now) ? article.path : null;
}
