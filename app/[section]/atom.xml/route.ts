import { atomResponse, noSuchFeed, sectionScope } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/atom.xml">) {
  const { section } = await params;
  const scope = sectionScope(section);
  return scope ? atomResponse(scope, `/${section}/atom.xml`) : noSuchFeed();
}
