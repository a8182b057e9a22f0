import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/section/SectionView";
import { sectionListing } from "@/lib/content/listing";
import { findSection, getContent } from "@/lib/content/store";
import { collectionGraph } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/site";
import { JsonLd } from "@/components/seo/JsonLd";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/[section]">["params"]>;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContent().sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">): Promise<Metadata> {
  const section = findSection((await params).section);
  if (!section) return {};
  return listingMetadata({
    title: section.name,
    description: section.description,
    path: `/${section.slug}`,
    feedPath: `/${section.slug}/feed.xml`,
  });
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const listing = sectionListing((await params).section, 1, now());
  if (!listing) notFound();
  const { site } = getContent();
  return (
    <>
      <JsonLd
        graph={collectionGraph(
          { origin: siteUrl(), site },
          listing.section,
          listing.page.items,
          `/${listing.section.slug}`,
        )}
      />
      <SectionView section={listing.section} page={listing.page} site={site} />
    </>
  );
}
