import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { sectionPathInOtherCase } from "@/lib/content/canonical-path";
import { listingKeys } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/[section]">["params"]>;

// Names other than the sections' are sent elsewhere first (lib/content/routing.ts); one in another case ("/Asia")
// is sent to the section's own address from here. (With `false`, Next 16 answers the client router's request for a
// name it did not build with a 500.)
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return listingKeys("section", now()).map((section) => ({ section }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">): Promise<Metadata> {
  return listingPageMetadata("section", (await params).section, 1, now());
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  const props = listingPageProps("section", section, 1, now());
  if (!props) {
    const canonical = sectionPathInOtherCase(section, 1, now());
    if (canonical) permanentRedirect(canonical);
    notFound();
  }
  return <ListingView {...props} />;
}
