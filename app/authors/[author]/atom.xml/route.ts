import { atomResponse, authorScope, noSuchFeed } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/authors/[author]/atom.xml">) {
  const { author } = await params;
  const scope = authorScope(author);
  return scope ? atomResponse(scope, `/authors/${author}/atom.xml`) : noSuchFeed();
}
