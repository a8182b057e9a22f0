import type { Article } from "@/lib/content/store";
import { ArticleCard } from "./ArticleCard";

type Props = {
  articles: Article[];
  timeZone: string;
  locale: string;
  headingLevel?: 2 | 3;
  showSection?: (article: Article) => string | undefined;
};

export function ArticleList({ articles, timeZone, locale, headingLevel = 3, showSection }: Props) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard
            article={article}
            timeZone={timeZone}
            locale={locale}
            headingLevel={headingLevel}
            sectionName={showSection?.(article)}
          />
        </li>
      ))}
    </ul>
  );
}
