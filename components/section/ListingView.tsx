import type { ListingPageProps } from "@/lib/content/listing-page";
import { AuthorView } from "@/components/author/AuthorView";
import { JsonLd } from "@/components/seo/JsonLd";
import { SectionView } from "./SectionView";
import { TopicView } from "./TopicView";

/** Any page of any listing: its structured data and the view of its kind. */
export function ListingView({ listing, page, site, sectionNames, bioHtml, graph }: ListingPageProps) {
  return (
    <>
      {graph && <JsonLd graph={graph} />}
      {listing.kind === "section" && <SectionView section={listing.section} page={page} site={site} />}
      {listing.kind === "author" && (
        <AuthorView author={listing.author} bioHtml={bioHtml} page={page} site={site} sectionNames={sectionNames} />
      )}
      {listing.kind === "topic" && <TopicView listing={listing} page={page} site={site} sectionNames={sectionNames} />}
    </>
  );
}
