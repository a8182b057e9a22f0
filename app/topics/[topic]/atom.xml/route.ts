import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/topics/[topic]/atom.xml">) {
  return listingFeed("atom", "topic", (await params).topic);
}
