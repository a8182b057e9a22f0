import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { sectionPathInOtherCase } from "@/lib/content/canonical-path";
import { laterPageParams } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { parsePageParam } from "@/lib/pagination";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/[section]/page/[number]">["params"]>;

// Page 2 is built with the site; any later one renders on its first request and is cached alike, a number past the
// last is a 404 that is never stored. "Page 1" never reaches here (next.config.ts: it moves to the listing).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return laterPageParams("section", now()).map(({ key, number }) => ({ section: key, number }));
}

export async function generateMetadata({ params }: PageProps<"/[section]/page/[number]">): Promise<Metadata> {
  const { section, number } = await params;
  return listingPageMetadata("section", section, parsePageParam(number), now());
}

export default async function SectionLaterPage({ params }: PageProps<"/[section]/page/[number]">) {
  const { section, number } = await params;
  const props = listingPageProps("section", section, parsePageParam(number), now());
  if (!props) {
    const canonical = sectionPathInOtherCase(section, parsePageParam(number), now());
    if (canonical) permanentRedirect(canonical);
    notFound();
  }
  return <ListingView {...props} />;
}
