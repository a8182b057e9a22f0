import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { listingKeys } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/authors/[author]">["params"]>;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listingKeys("author", now()).map((author) => ({ author }));
}

export async function generateMetadata({ params }: PageProps<"/authors/[author]">): Promise<Metadata> {
  return listingPageMetadata("author", (await params).author, 1, now());
}

export default async function AuthorPage({ params }: PageProps<"/authors/[author]">) {
  const props = listingPageProps("author", (await params).author, 1, now());
  if (!props) notFound();
  return <ListingView {...props} />;
}
