import Link from "next/link";
import type { Article } from "@/lib/content/store";
import type { Section, SiteSettings } from "@/lib/content/schema";
import { ArticleCard } from "./ArticleCard";
import { ArticleList } from "./ArticleList";

type Props = {
  site: SiteSettings;
  top: Article | undefined;
  latest: Article[];
  blocks: { section: Section; articles: Article[] }[];
};

/** The front page: the top story, the latest from everywhere, then a block per section. */
export function FrontPage({ site, top, latest, blocks }: Props) {
  const { timeZone, language: locale } = site;
  return (
    <div className="front-page container">
      <h1 className="visually-hidden">{site.name}: front page</h1>
      <div className="front-top">
        {top && (
          <section aria-labelledby="top-story-heading" className="lead-story">
            <h2 id="top-story-heading" className="visually-hidden">
              Top story
            </h2>
            <ArticleCard article={top} timeZone={timeZone} locale={locale} variant="lead" />
          </section>
        )}
        <section aria-labelledby="latest-heading" className="latest">
          <h2 id="latest-heading" className="block-heading">
            Latest
          </h2>
          <ul className="compact-list">
            {latest.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} timeZone={timeZone} locale={locale} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
      </div>
      {blocks
        .filter((block) => block.articles.length > 0)
        .map(({ section, articles }) => (
          <section key={section.slug} aria-labelledby={`block-${section.slug}`} className="section-block">
            <h2 id={`block-${section.slug}`} className="block-heading">
              <Link href={`/${section.slug}`}>{section.name}</Link>
            </h2>
            <ArticleList articles={articles} timeZone={timeZone} locale={locale} />
          </section>
        ))}
    </div>
  );
}
