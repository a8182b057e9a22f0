import type { Article } from "@/lib/content/store";
import { ArticleList } from "@/components/section/ArticleList";

type Props = { articles: Article[]; timeZone: string; locale: string };

/** Articles sharing the rarest of its tags, from any section (lib/content/store.ts relatedArticles). */
export function RelatedArticles({ articles, timeZone, locale }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="block-heading">
        Related articles
      </h2>
      <ArticleList articles={articles} timeZone={timeZone} locale={locale} />
    </section>
  );
}
