// Structured data as one schema.org @graph per page. Pure: every URL is made absolute from the origin passed in.
import type { Article, Author } from "../content/store";
import type { Section, SiteSettings } from "../content/schema";
import { isoInZone } from "../dates";
import { correctionsAt, modifiedAt } from "../content/corrections";
import { MEDIA_RATIOS, mediaPath } from "../content/media";

export type Graph = { "@context": "https://schema.org"; "@graph": Record<string, unknown>[] };

type Origin = { origin: string; site: SiteSettings };

const abs = ({ origin }: Origin, path: string) => new URL(path, `${origin}/`).toString();

/** Safe inside <script type="application/ld+json">: nothing in the data can close the tag or start a comment. */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export const LOGO = { path: "/images/logo.png", width: 512, height: 512 };

export function organizationNode(context: Origin): Record<string, unknown> {
  return {
    "@type": "NewsMediaOrganization",
    "@id": abs(context, "/#organization"),
    name: context.site.name,
    url: abs(context, "/"),
    logo: { "@type": "ImageObject", url: abs(context, LOGO.path), width: LOGO.width, height: LOGO.height },
  };
}

export function personNode(context: Origin, author: Author): Record<string, unknown> {
  return {
    "@type": "Person",
    "@id": abs(context, `${author.path}#person`),
    name: author.name,
    url: abs(context, author.path),
    jobTitle: author.role,
    image: abs(context, author.photo.src),
    sameAs: Object.values(author.links).filter(Boolean),
  };
}

export function breadcrumbNode(context: Origin, trail: { name: string; path: string }[]): Record<string, unknown> {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: abs(context, crumb.path),
    })),
  };
}

const ARTICLE_TYPE = { news: "NewsArticle", opinion: "OpinionNewsArticle", analysis: "AnalysisNewsArticle" } as const;

/** The crops of the hero image that Google's Article guidelines ask for. */
export function heroCrops(article: Article): string[] {
  return MEDIA_RATIOS.map((ratio) => mediaPath(ratio, article.hero.src));
}

export function articleGraph(
  context: Origin,
  input: { article: Article; authors: Author[]; section: Section; commentCount?: number; now: Date },
): Graph {
  const { article, authors, section, commentCount, now } = input;
  const corrections = correctionsAt(article, now);
  const url = abs(context, article.path);
  const tz = context.site.timeZone;
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": ARTICLE_TYPE[article.type],
        "@id": `${url}#article`,
        headline: article.title,
        description: article.standfirst,
        image: heroCrops(article).map((path) => abs(context, path)),
        datePublished: isoInZone(article.publishedAt, tz),
        dateModified: isoInZone(modifiedAt(article, now), tz),
        author: authors.map((author) => ({ "@type": "Person", name: author.name, url: abs(context, author.path) })),
        publisher: { "@id": abs(context, "/#organization") },
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        articleSection: section.name,
        keywords: article.tags,
        inLanguage: context.site.language,
        isAccessibleForFree: true,
        ...(commentCount ? { commentCount } : {}),
        ...(corrections.length
          ? {
              correction: corrections.map((correction) => ({
                "@type": "CorrectionComment",
                datePublished: isoInZone(correction.at, tz),
                text: correction.text,
              })),
            }
          : {}),
      },
      organizationNode(context),
      breadcrumbNode(context, [
        { name: "Home", path: "/" },
        { name: section.name, path: `/${section.slug}` },
        { name: article.title, path: article.path },
      ]),
    ],
  };
}

export function profileGraph(context: Origin, author: Author): Graph {
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "ProfilePage",
        "@id": abs(context, author.path),
        url: abs(context, author.path),
        mainEntity: { "@id": abs(context, `${author.path}#person`) },
      },
      personNode(context, author),
    ],
  };
}

/** A listing page (a section's, a topic's): the page, the articles it lists, and the way home. */
export function collectionGraph(
  context: Origin,
  listing: { name: string; description: string; path: string; imagePath?: string },
  articles: Article[],
  pagePath: string,
): Graph {
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "CollectionPage",
        "@id": abs(context, pagePath),
        url: abs(context, pagePath),
        name: listing.name,
        description: listing.description,
        ...(listing.imagePath ? { image: abs(context, listing.imagePath) } : {}),
        mainEntity: {
          "@type": "ItemList",
          itemListElement: articles.map((article, i) => ({
            "@type": "ListItem",
            position: i + 1,
            url: abs(context, article.path),
            name: article.title,
          })),
        },
      },
      breadcrumbNode(context, [
        { name: "Home", path: "/" },
        { name: listing.name, path: listing.path },
      ]),
    ],
  };
}

export function websiteGraph(context: Origin): Graph {
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": abs(context, "/#website"),
        url: abs(context, "/"),
        name: context.site.name,
        description: context.site.description,
        inLanguage: context.site.language,
        publisher: { "@id": abs(context, "/#organization") },
        // The site's own search (app/search), for search engines that offer it from their results.
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${abs(context, "/search")}?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      },
      organizationNode(context),
    ],
  };
}
