import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { laterPageParams } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { parsePageParam } from "@/lib/pagination";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/authors/[author]/page/[number]">["params"]>;

// Only the pages listed below exist: any other number falls through to the 404 without being rendered or stored.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return laterPageParams("author", now()).map(({ key, number }) => ({ author: key, number }));
}

export async function generateMetadata({ params }: PageProps<"/authors/[author]/page/[number]">): Promise<Metadata> {
  const { author, number } = await params;
  return listingPageMetadata("author", author, parsePageParam(number), now());
}

export default async function AuthorLaterPage({ params }: PageProps<"/authors/[author]/page/[number]">) {
  const { author, number } = await params;
  const props = listingPageProps("author", author, parsePageParam(number), now());
  if (!props) notFound();
  return <ListingView {...props} />;
}
