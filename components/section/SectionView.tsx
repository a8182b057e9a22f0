import type { Article } from "@/lib/content/store";
import type { Section, SiteSettings } from "@/lib/content/schema";
import type { Page } from "@/lib/pagination";
import { Pagination } from "@/components/ui/Pagination";
import { ArticleCard } from "./ArticleCard";
import { ArticleList } from "./ArticleList";

type Props = { section: Section; page: Page<Article>; site: SiteSettings };

/** A section front: name and description, the lead story on the first page, then the rest newest first. */
export function SectionView({ section, page, site }: Props) {
  const lead = page.page === 1 ? page.items[0] : undefined;
  const rest = lead ? page.items.slice(1) : page.items;
  return (
    <div className="section-page container">
      <header className="page-header">
        <h1 className="page-title">
          {section.name}
          {page.page > 1 && <span className="page-number">, page {page.page}</span>}
        </h1>
        <p className="page-description">{section.description}</p>
      </header>
      {lead && (
        <section aria-labelledby="lead-heading" className="lead-story">
          <h2 id="lead-heading" className="visually-hidden">
            Lead story
          </h2>
          <ArticleCard article={lead} timeZone={site.timeZone} locale={site.language} variant="lead" />
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="block-heading">
            {page.page === 1 ? `Latest in ${section.name}` : `More from ${section.name}`}
          </h2>
          <ArticleList articles={rest} timeZone={site.timeZone} locale={site.language} />
        </section>
      )}
      {page.items.length === 0 && <p>No articles in this section yet.</p>}
      <Pagination
        basePath={`/${section.slug}`}
        page={page.page}
        pageCount={page.pageCount}
        label={`${section.name} pages`}
      />
    </div>
  );
}
