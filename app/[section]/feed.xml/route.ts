import { rssResponse, noSuchFeed, sectionScope } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/feed.xml">) {
  const { section } = await params;
  const scope = sectionScope(section);
  return scope ? rssResponse(scope, `/${section}/feed.xml`) : noSuchFeed();
}
