import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SearchView } from "@/components/search/SearchView";
import { now } from "@/lib/clock";
import { resultSummary, searchPageData } from "@/lib/search/page-data";
import { readSearchParams } from "@/lib/search/params";

// Rendered per request (it reads the query), so Next sends it `private, no-store`: never cached publicly.
const ROBOTS: Metadata["robots"] = { index: false, follow: true };

// One search per request: the title and the page ask the same question (React's cache compares the plain fields).
const search = cache((q: string, section: string, from: string, to: string, page: number) =>
  searchPageData({ q, section, from, to, page }, now()),
);

async function load(searchParams: PageProps<"/search">["searchParams"]) {
  // proxy.ts has already answered 400 to what cannot be read; this is the same check.
  const { form } = readSearchParams(await searchParams);
  return form && search(form.q, form.section, form.from, form.to, form.page);
}

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const data = await load(searchParams);
  return { title: data ? resultSummary(data) : "Search", robots: ROBOTS };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const data = await load(searchParams);
  if (!data) notFound();
  return <SearchView data={data} />;
}
