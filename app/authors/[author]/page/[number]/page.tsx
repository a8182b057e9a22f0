import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { laterPageParams } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { parsePageParam } from "@/lib/pagination";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/authors/[author]/page/[number]">["params"]>;

// Page 2 is built with the site; any later one renders on its first request and is cached alike, a number past the
// last is a 404 that is never stored. "Page 1" never reaches here (next.config.ts: it moves to the listing).
export const dynamicParams = true;

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
