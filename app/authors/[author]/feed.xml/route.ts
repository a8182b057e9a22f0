import { rssResponse, authorScope, noSuchFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/authors/[author]/feed.xml">) {
  const { author } = await params;
  const scope = authorScope(author);
  return scope ? rssResponse(scope, `/authors/${author}/feed.xml`) : noSuchFeed();
}
