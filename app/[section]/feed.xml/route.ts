import { now } from "@/lib/clock";
import { articlesInSection, findSection, getContent } from "@/lib/content/store";
import { rssResponse } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = findSection((await params).section);
  if (!section) return new Response("No such section.\n", { status: 404 });
  const { site } = getContent();
  return rssResponse(
    { title: `${section.name} | ${site.name}`, description: section.description, pagePath: `/${section.slug}`, articles: articlesInSection(section.slug, now()) },
    `/${section.slug}/feed.xml`,
  );
}
