// Old and guessed tag addresses: /tags/{tag}[/…] answers 308 to the topic, its slug made from the tag as written.
import { tagSlug } from "@/lib/content/tags";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/tags/[...path]">) {
  const [tag = "", ...rest] = (await params).path;
  const { search } = new URL(request.url);
  // A relative address, so the redirect stays on whatever host the reader used.
  const location = ["/topics", ...[tagSlug(tag) || tag, ...rest].map(encodeURIComponent)].join("/") + search;
  return new Response(null, { status: 308, headers: { Location: location } });
}
