import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/feed.xml">) {
  return listingFeed("rss", "section", (await params).section);
}
