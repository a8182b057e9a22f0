import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionView } from "@/components/section/SectionView";
import { sectionListing } from "@/lib/content/listing";
import { findSection, getContent } from "@/lib/content/store";
import { now } from "@/lib/clock";

type Params = { section: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getContent().sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = findSection((await params).section);
  if (!section) return {};
  return { title: section.name, description: section.description, alternates: { canonical: `/${section.slug}` } };
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const listing = sectionListing((await params).section, 1, now());
  if (!listing) notFound();
  return <SectionView section={listing.section} page={listing.page} site={getContent().site} />;
}
