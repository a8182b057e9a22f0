import { SiteImage } from "@/components/ui/SiteImage";
import type { Listing } from "@/lib/content/listing";
import type { SiteSettings } from "@/lib/content/schema";
import { imageDimensions } from "@/lib/content/images";
import type { Article } from "@/lib/content/store";
import type { Page } from "@/lib/pagination";
import { Pagination } from "@/components/ui/Pagination";
import { ArticleList } from "./ArticleList";

type Props = { listing: Listing; page: Page<Article>; site: SiteSettings; sectionNames: Record<string, string> };

/** A topic: its name, a description and picture when content/topics.yaml gives them, then its articles newest first. */
export function TopicView({ listing, page, site, sectionNames }: Props) {
  const image = listing.kind === "topic" ? listing.topic.settings?.image : undefined;
  const size = image && (imageDimensions(image.src) ?? { width: 1600, height: 900 });
  return (
    <div className="topic-page container">
      <header className="page-header">
        <p className="page-kicker">Topic</p>
        <h1 className="page-title">
          {listing.name}
          {page.page > 1 && <span className="page-number">, page {page.page}</span>}
        </h1>
        <p className="page-description">{listing.description}</p>
        {image && size && (
          <SiteImage
            src={image.src}
            alt={image.alt}
            width={size.width}
            height={size.height}
            sizes="(min-width: 900px) 40rem, 100vw"
            className="topic-image"
            preload={page.page === 1}
          />
        )}
      </header>
      <section aria-labelledby="topic-articles-heading">
        <h2 id="topic-articles-heading" className="block-heading">
          {page.page === 1 ? `Latest on ${listing.name}` : `More on ${listing.name}`}
        </h2>
        <ArticleList
          articles={page.items}
          timeZone={site.timeZone}
          locale={site.language}
          showSection={(article) => sectionNames[article.section]}
        />
      </section>
      <Pagination basePath={listing.path} page={page.page} pageCount={page.pageCount} label={`${listing.name} pages`} />
    </div>
  );
}
