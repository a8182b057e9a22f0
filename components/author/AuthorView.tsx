import { SiteImage } from "@/components/ui/SiteImage";
import type { Article, Author } from "@/lib/content/store";
import type { SiteSettings } from "@/lib/content/schema";
import type { Page } from "@/lib/pagination";
import { ArticleList } from "@/components/section/ArticleList";
import { Pagination } from "@/components/ui/Pagination";
import { AuthorLinks } from "./AuthorLinks";

type Props = {
  author: Author;
  bioHtml: string;
  page: Page<Article>;
  site: SiteSettings;
  sectionNames: Record<string, string>;
};

/** An author's profile: photo, name, role, bio and links, then their articles newest first. */
export function AuthorView({ author, bioHtml, page, site, sectionNames }: Props) {
  return (
    <div className="author-page container">
      <header className="author-header">
        <SiteImage
          src={author.photo.src}
          alt={author.photo.alt}
          width={160}
          height={160}
          className="author-photo"
          preload
        />
        <div>
          <h1 className="page-title">
            {author.name}
            {page.page > 1 && <span className="page-number">, page {page.page}</span>}
          </h1>
          <p className="author-role">{author.role}</p>
          <div className="author-bio" dangerouslySetInnerHTML={{ __html: bioHtml }} />
          <AuthorLinks author={author} />
        </div>
      </header>
      <section aria-labelledby="author-articles-heading">
        <h2 id="author-articles-heading" className="block-heading">
          Articles by {author.name}
        </h2>
        {page.items.length > 0 ? (
          <ArticleList
            articles={page.items}
            timeZone={site.timeZone}
            locale={site.language}
            showSection={(article) => sectionNames[article.section]}
          />
        ) : (
          <p>No published articles yet.</p>
        )}
      </section>
      <Pagination
        basePath={author.path}
        page={page.page}
        pageCount={page.pageCount}
        label={`Pages of articles by ${author.name}`}
      />
    </div>
  );
}
