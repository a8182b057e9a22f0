import { now } from "@/lib/clock";
import { articlesByAuthor, findAuthor, getContent } from "@/lib/content/store";
import { rssResponse } from "@/lib/seo/feed-routes";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ author: string }> }) {
  const author = findAuthor((await params).author);
  if (!author) return new Response("No such author.\n", { status: 404 });
  const { site } = getContent();
  return rssResponse(
    { title: `${author.name} | ${site.name}`, description: `Articles by ${author.name}, ${author.role}.`, pagePath: author.path, articles: articlesByAuthor(author.slug, now()) },
    `${author.path}/feed.xml`,
  );
}
