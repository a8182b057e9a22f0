// One sitemap: articles-N.xml, sections.xml, authors.xml or topics.xml.
import { now } from "@/lib/clock";
import { publicArticles } from "@/lib/content/store";
import { articleSitemap, authorUrls, sectionUrls, topicUrls, XML_HEADERS } from "@/lib/seo/sitemap-routes";
import { urlSet } from "@/lib/seo/sitemaps";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[name]">) {
  const { name } = await params;
  const at = now();
  const articles = publicArticles(at);
  if (name === "sections.xml") return new Response(urlSet(sectionUrls(articles)), { headers: XML_HEADERS });
  if (name === "authors.xml") return new Response(urlSet(authorUrls(articles)), { headers: XML_HEADERS });
  if (name === "topics.xml") return new Response(urlSet(topicUrls(at)), { headers: XML_HEADERS });
  const part = Number(/^articles-([1-9]\d{0,5})\.xml$/.exec(name)?.[1]);
  const bytes = part ? articleSitemap(part, at) : null;
  if (bytes === null) return new Response("No such sitemap.\n", { status: 404 });
  return new Response(bytes, { headers: XML_HEADERS });
}
