// The one loader for a listing page (section, author or topic, first or later) and its metadata: routes call these
// and hand the result to a pure view (components/section/ListingView).
import type { Metadata } from "next";
import type { Page } from "../pagination";
import { collectionGraph, profileGraph, type Graph } from "../seo/json-ld";
import { listingMetadata } from "../seo/metadata";
import { siteUrl } from "../site";
import { findListing, listingPage, listingPagePath, listingPageTitle, type Listing, type ListingKind } from "./listing";
import { markdownToHtml } from "./markdown";
import type { SiteSettings } from "./schema";
import { getContent, type Article } from "./store";

export type ListingPageProps = {
  listing: Listing;
  page: Page<Article>;
  site: SiteSettings;
  /** For the cards of listings that cross sections (authors, topics). */
  sectionNames: Record<string, string>;
  /** An author's bio as HTML; empty for other kinds. */
  bioHtml: string;
  graph: Graph | null;
};

function listingGraph(listing: Listing, page: Page<Article>, site: SiteSettings): Graph | null {
  const context = { origin: siteUrl(), site };
  if (listing.kind === "author") return page.page === 1 ? profileGraph(context, listing.author) : null;
  const imagePath = listing.kind === "topic" ? listing.topic.settings?.image?.src : undefined;
  return collectionGraph(
    context,
    { name: listing.name, description: listing.description, path: listing.path, imagePath },
    page.items,
    listingPagePath(listing, page.page),
  );
}

/** Everything page `number` of a listing shows, or null when there is no such listing or page (404). */
export function listingPageProps(kind: ListingKind, key: string, number: number, now: Date): ListingPageProps | null {
  const listing = findListing(kind, key, now);
  const page = listing && listingPage(listing, number);
  if (!listing || !page) return null;
  const { site, sections } = getContent();
  return {
    listing,
    page,
    site,
    sectionNames: Object.fromEntries(sections.map((section) => [section.slug, section.name])),
    bioHtml: listing.kind === "author" ? markdownToHtml(listing.author.bioMarkdown) : "",
    graph: listingGraph(listing, page, site),
  };
}

/** Title, description, canonical, feeds and robots of page `number`; nothing at all for a 404 (no name leaks). */
export function listingPageMetadata(kind: ListingKind, key: string, number: number, now: Date): Metadata {
  const listing = findListing(kind, key, now);
  const page = listing && listingPage(listing, number);
  if (!listing || !page) return {};
  return listingMetadata({
    title: listingPageTitle(listing, page.page),
    description: listing.description,
    path: listingPagePath(listing, page.page),
    feedPath: listing.feeds.rss,
    atomPath: listing.feeds.atom,
    feedTitle: listing.title,
    noindex: !listing.indexable,
  });
}
