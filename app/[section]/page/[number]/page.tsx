import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/section/SectionView";
import { sectionListing, sectionPageParams } from "@/lib/content/listing";
import { getContent } from "@/lib/content/store";
import { pagePath, parsePageParam } from "@/lib/pagination";
import { listingMetadata } from "@/lib/seo/metadata";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/[section]/page/[number]">["params"]>;

// Only the pages listed below exist: any other number falls through to the 404 without being rendered or stored.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return sectionPageParams(now());
}

export async function generateMetadata({ params }: PageProps<"/[section]/page/[number]">): Promise<Metadata> {
  const { section, number } = await params;
  const listing = sectionListing(section, parsePageParam(number), now());
  if (!listing) return {};
  const path = pagePath(`/${section}`, listing.page.page);
  return listingMetadata({
    title: `${listing.section.name}, page ${listing.page.page}`,
    description: listing.section.description,
    path,
    feedPath: `/${section}/feed.xml`,
  });
}

export default async function SectionLaterPage({ params }: PageProps<"/[section]/page/[number]">) {
  const { section, number } = await params;
  const listing = sectionListing(section, parsePageParam(number), now());
  if (!listing) notFound();
  return <SectionView section={listing.section} page={listing.page} site={getContent().site} />;
}
