import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/section/ListingView";
import { listingKeys } from "@/lib/content/listing";
import { listingPageMetadata, listingPageProps } from "@/lib/content/listing-page";
import { now } from "@/lib/clock";

type Params = Awaited<PageProps<"/topics/[topic]">["params"]>;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listingKeys("topic", now()).map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: PageProps<"/topics/[topic]">): Promise<Metadata> {
  return listingPageMetadata("topic", (await params).topic, 1, now());
}

export default async function TopicPage({ params }: PageProps<"/topics/[topic]">) {
  const props = listingPageProps("topic", (await params).topic, 1, now());
  if (!props) notFound();
  return <ListingView {...props} />;
}
