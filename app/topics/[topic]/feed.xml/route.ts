import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/topics/[topic]/feed.xml">) {
  return listingFeed("rss", "topic", (await params).topic);
}
