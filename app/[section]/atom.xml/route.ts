import { listingFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/atom.xml">) {
  return listingFeed("atom", "section", (await params).section);
}
