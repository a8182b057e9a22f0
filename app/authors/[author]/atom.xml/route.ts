import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/authors/[author]/atom.xml">) {
  return listingFeed("atom", "author", (await params).author);
}
