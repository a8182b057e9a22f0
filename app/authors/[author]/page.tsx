import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorView } from "@/components/author/AuthorView";
import { authorListing, authorPageProps } from "@/lib/content/listing";
import { findAuthor, getContent } from "@/lib/content/store";
import { profileGraph } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/site";
import { JsonLd } from "@/components/seo/JsonLd";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/authors/[author]">["params"]>;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContent().authors.map((author) => ({ author: author.slug }));
}

export async function generateMetadata({ params }: PageProps<"/authors/[author]">): Promise<Metadata> {
  const author = findAuthor((await params).author);
  if (!author) return {};
  return listingMetadata({
    title: `${author.name}, ${author.role}`,
    description: `Articles by ${author.name}, ${author.role}.`,
    path: author.path,
    feedPath: `${author.path}/feed.xml`,
  });
}

export default async function AuthorPage({ params }: PageProps<"/authors/[author]">) {
  const listing = authorListing((await params).author, 1, now());
  if (!listing) notFound();
  const { site } = getContent();
  return (
    <>
      <JsonLd graph={profileGraph({ origin: siteUrl(), site }, listing.author)} />
      <AuthorView {...authorPageProps(listing)} />
    </>
  );
}
