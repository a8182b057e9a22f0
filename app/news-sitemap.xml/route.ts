// Google News sitemap: articles of the last 48 hours.
import { now } from "@/lib/clock";
import { getContent, publicArticles } from "@/lib/content/store";
import { XML_HEADERS } from "@/lib/seo/sitemap-routes";
import { newsArticles, newsSitemap } from "@/lib/seo/sitemaps";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export function GET() {
  const at = now();
  const { site } = getContent();
  return new Response(
    newsSitemap({
      articles: newsArticles(publicArticles(at), at),
      origin: siteUrl(),
      publication: site.name,
      language: site.language,
    }),
    {
      headers: { ...XML_HEADERS, "Cache-Control": "public, s-maxage=60, stale-while-revalidate=300" },
    },
  );
}
