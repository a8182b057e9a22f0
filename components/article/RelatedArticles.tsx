import type { Article } from "@/lib/content/store";
import { ArticleList } from "@/components/section/ArticleList";

type Props = { articles: Article[]; sectionName: string; timeZone: string; locale: string };

export function RelatedArticles({ articles, sectionName, timeZone, locale }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="block-heading">
        More from {sectionName}
      </h2>
      <ArticleList articles={articles} timeZone={timeZone} locale={locale} />
    </section>
  );
}
