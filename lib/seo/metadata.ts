// Next.js Metadata for each page type: canonical, Open Graph, Twitter cards. URLs resolve against metadataBase (SITE_URL).
import type { Metadata } from "next";
import type { Article, Author } from "../content/store";
import type { Section, SiteSettings } from "../content/schema";
import { isoInZone } from "../dates";
import { modifiedAt } from "../content/corrections";

/** For readers' pages only: the layout leaves robots unset, so error pages carry just Next's own noindex. */
export const PUBLIC_ROBOTS: Metadata["robots"] = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  googleBot: { index: true, follow: true, "max-image-preview": "large" },
};

/** The whole site's feeds, for autodiscovery on pages that have no feed of their own. */
export const SITE_FEEDS = { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" };

export function siteMetadata(site: SiteSettings, origin: string): Metadata {
  return {
    metadataBase: new URL(origin),
    title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: {
      types: {
        "application/rss+xml": [{ url: "/feed.xml", title: `${site.name} (RSS)` }],
        "application/atom+xml": [{ url: "/atom.xml", title: `${site.name} (Atom)` }],
      },
    },
    openGraph: { siteName: site.name, locale: site.language.replace("-", "_"), type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export function articleMetadata(
  article: Article,
  authors: Author[],
  section: Section,
  site: SiteSettings,
  now: Date,
): Metadata {
  const image = { url: `/og/${article.slug}`, width: 1200, height: 630, alt: article.title };
  return {
    title: article.title,
    description: article.standfirst,
    robots: PUBLIC_ROBOTS,
    alternates: {
      canonical: article.path,
      types: {
        "application/rss+xml": [{ url: `/${section.slug}/feed.xml`, title: `${section.name} | ${site.name} (RSS)` }],
      },
    },
    openGraph: {
      type: "article",
      url: article.path,
      title: article.title,
      description: article.standfirst,
      siteName: site.name,
      publishedTime: isoInZone(article.publishedAt, site.timeZone),
      modifiedTime: isoInZone(modifiedAt(article, now), site.timeZone),
      authors: authors.map((author) => author.path),
      section: section.name,
      tags: article.tags,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.standfirst, images: [image] },
  };
}

/** Open Graph and Twitter for a listing page: its own title, description and address. */
export function listingMetadata(input: {
  title: string;
  description: string;
  path: string;
  feedPath?: string;
  atomPath?: string;
  feedTitle?: string;
  /** A page worth reading but not worth indexing (a topic of one article). */
  noindex?: boolean;
}): Metadata {
  const feedTitle = input.feedTitle ?? input.title;
  return {
    title: input.title,
    description: input.description,
    robots: input.noindex ? { index: false, follow: true } : PUBLIC_ROBOTS,
    alternates: {
      canonical: input.path,
      types: input.feedPath
        ? {
            "application/rss+xml": [{ url: input.feedPath, title: feedTitle }],
            ...(input.atomPath
              ? { "application/atom+xml": [{ url: input.atomPath, title: `${feedTitle} (Atom)` }] }
              : {}),
          }
        : SITE_FEEDS,
    },
    openGraph: { title: input.title, description: input.description, url: input.path },
    twitter: { card: "summary_large_image", title: input.title, description: input.description },
  };
}
