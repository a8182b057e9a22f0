import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorView } from "@/components/author/AuthorView";
import { authorListing, authorPageProps, authorPageParams } from "@/lib/content/listing";
import { pagePath, parsePageParam } from "@/lib/pagination";
import { listingMetadata } from "@/lib/seo/metadata";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/authors/[author]/page/[number]">["params"]>;

// Only the pages listed below exist: any other number falls through to the 404 without being rendered or stored.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return authorPageParams(now());
}

export async function generateMetadata({ params }: PageProps<"/authors/[author]/page/[number]">): Promise<Metadata> {
  const { author, number } = await params;
  const listing = authorListing(author, parsePageParam(number), now());
  if (!listing) return {};
  return listingMetadata({
    title: `${listing.author.name}, page ${listing.page.page}`,
    description: `Articles by ${listing.author.name}, ${listing.author.role}.`,
    path: pagePath(listing.author.path, listing.page.page),
    feedPath: `${listing.author.path}/feed.xml`,
  });
}

export default async function AuthorLaterPage({ params }: PageProps<"/authors/[author]/page/[number]">) {
  const { author, number } = await params;
  const listing = authorListing(author, parsePageParam(number), now());
  if (!listing) notFound();
  return <AuthorView {...authorPageProps(listing)} />;
}
