// The sitemap index: article sitemaps (50,000 URLs each), sections, authors and topics.
import { now } from "@/lib/clock";
import { publicArticles } from "@/lib/content/store";
import { articleSitemapCount, XML_HEADERS } from "@/lib/seo/sitemap-routes";
import { sitemapIndex } from "@/lib/seo/sitemaps";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export function GET() {
  const articles = publicArticles(now());
  const newest = articles[0]?.publishedAt;
  const parts = Array.from({ length: articleSitemapCount(articles) }, (_, i) => ({
    loc: absoluteUrl(`/sitemaps/articles-${i + 1}.xml`),
    lastmod: newest,
  }));
  return new Response(
    sitemapIndex([
      ...parts,
      { loc: absoluteUrl("/sitemaps/sections.xml"), lastmod: newest },
      { loc: absoluteUrl("/sitemaps/authors.xml"), lastmod: newest },
      { loc: absoluteUrl("/sitemaps/topics.xml"), lastmod: newest },
    ]),
    { headers: XML_HEADERS },
  );
}
