import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/authors/[author]/feed.xml">) {
  return listingFeed("rss", "author", (await params).author);
}
